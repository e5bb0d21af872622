import { describe, expect, it } from 'vitest';
import { KEY_TABLE, commandOf, helpRows, keysSummary, type Binding, type KeyInfo } from '../../../src/tui/keys.js';

/** The key press a binding describes, as ink would report it. */
function press(binding: Binding): [string, KeyInfo] {
  if ('key' in binding) return ['', { [binding.key]: true }];
  const input = typeof binding.input === 'string' ? binding.input : '5';
  return [input, binding.ctrl ? { ctrl: true } : {}];
}

describe('the key table', () => {
  it('dispatches every binding to its own command, and no binding to two commands', () => {
    const seen = new Map<string, string>();
    for (const row of KEY_TABLE) {
      for (const [command, bindings] of Object.entries(row.bind)) {
        for (const binding of bindings!) {
          const [input, key] = press(binding);
          expect(commandOf(input, key), `${row.keys}: ${JSON.stringify(binding)}`).toBe(command);
          const id = JSON.stringify([input, key]);
          expect(seen.get(id), id).toBeUndefined();
          seen.set(id, command);
        }
      }
    }
  });

  it('Ctrl-F pages (f alone filters); q with Ctrl or Alt is not quit; unbound keys are no command', () => {
    expect(commandOf('f', { ctrl: true })).toBe('pageDown');
    expect(commandOf('f', {})).toBe('filter');
    expect(commandOf('q', { ctrl: true })).toBeNull();
    expect(commandOf('q', { meta: true })).toBeNull();
    expect(commandOf('z', {})).toBeNull();
    expect(commandOf('0', {})).toBeNull();
  });

  it('the help screen and browse --help are the table', () => {
    expect(helpRows().map(([keys]) => keys)).toEqual(KEY_TABLE.map((r) => r.keys));
    expect(keysSummary()).toBe('Keys: arrows/j/k move, Enter details, / search, f/F filter, s sort, t timeline, e export, a actions, L letters, ? help, q quit.');
  });
});
