// Minimal ANSI styling for text output; a no-op when colour is off (NO_COLOR, pipes, --no-color).

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOR_STYLE: Style = { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39) };
const identity = (text: string) => text;
export const PLAIN_STYLE: Style = { bold: identity, dim: identity, red: identity, yellow: identity, green: identity };

/**
 * The one colour decision, for text output and the TUI alike: off with --no-color (flag false) or
 * NO_COLOR set and non-empty (https://no-color.org); on with FORCE_COLOR (not "0"); else on for a
 * terminal whose TERM is not "dumb".
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** Display width ignoring ANSI codes (for table alignment). */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleLength(text))) + text;
}
