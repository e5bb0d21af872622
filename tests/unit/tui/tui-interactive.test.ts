import { expect, test } from 'vitest';
import { canRunInteractive } from '../../../src/tui/interactive.js';
import { canRunInteractive as reexported } from '../../../src/tui/run-browse.js';
import { colorEnabled } from '../../../src/render/style.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

test('needs a TTY on both ends and no CI', () => {
  expect(canRunInteractive(tty, tty, {})).toBe(true);
  expect(canRunInteractive(pipe, tty, {})).toBe(false);
  expect(canRunInteractive(tty, pipe, {})).toBe(false);
  expect(canRunInteractive(tty, {}, {})).toBe(false);
  expect(canRunInteractive(tty, tty, { CI: 'true' })).toBe(false);
  expect(canRunInteractive(tty, tty, { CI: '1' })).toBe(false);
  expect(canRunInteractive(tty, tty, { CI: 'false' })).toBe(true);
  expect(canRunInteractive(tty, tty, { CI: '0' })).toBe(true);
  expect(canRunInteractive(tty, tty, { TERM: 'dumb' })).toBe(false);
  expect(reexported).toBe(canRunInteractive);
});

test('one colour decision: --no-color, NO_COLOR (set and non-empty), FORCE_COLOR, then the terminal', () => {
  const tty = { isTTY: true };
  expect(colorEnabled(tty, {})).toBe(true);
  expect(colorEnabled(tty, {}, false)).toBe(false);
  expect(colorEnabled(tty, { NO_COLOR: '' })).toBe(true);
  expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
  expect(colorEnabled(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
  expect(colorEnabled({ isTTY: false }, {})).toBe(false);
  expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
});
