// Helpers for driving the ink app in tests.
import { stringWidth } from '../../src/tui/text.js';

export const KEY = {
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  backspace: '\u007F',
} as const;

export const tick = (ms = 15): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface KeyTarget {
  write: (data: string) => void;
  /** Frames written so far (attached by `track`), to wait for the frame a key produces. */
  frames?: unknown[];
}

/** Lets `press` wait for the frame each key produces instead of guessing a delay. */
export function track<T extends { stdin: { write: (data: string) => void }; frames: unknown[] }>(r: T): T {
  Object.assign(r.stdin, { frames: r.frames });
  return r;
}

/**
 * Writes keys one by one and waits for ink to render each: until a new frame arrives (or
 * 500 ms pass for keys that change nothing), then one more turn for follow-up renders.
 */
export async function press(stdin: KeyTarget, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    const before = stdin.frames?.length ?? 0;
    stdin.write(key);
    if (stdin.frames) {
      const start = Date.now();
      while (stdin.frames.length === before && Date.now() - start < 500) await tick(2);
      await tick(2);
    } else {
      await tick(key === KEY.escape ? 20 : 5);
    }
  }
}

export async function type(stdin: KeyTarget, text: string): Promise<void> {
  for (const ch of text) await press(stdin, ch);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function frameLines(frame: string | undefined): string[] {
  return stripAnsi(frame ?? '').split('\n');
}

export function maxWidth(frame: string | undefined): number {
  return Math.max(0, ...frameLines(frame).map((l) => stringWidth(l)));
}

export async function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await tick(10);
  }
}
