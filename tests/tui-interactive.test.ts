import { expect, test } from 'vitest';
import { canRunInteractive } from '../src/tui/interactive.js';
import { canRunInteractive as reexported } from '../src/tui/run-browse.js';
import { colorsEnabled } from '../src/tui/theme.js';

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

test('NO_COLOR turns colours off when set and non-empty', () => {
  expect(colorsEnabled({})).toBe(true);
  expect(colorsEnabled({ NO_COLOR: '' })).toBe(true);
  expect(colorsEnabled({ NO_COLOR: '1' })).toBe(false);
});
