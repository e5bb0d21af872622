// Word-wrapping of terminal text to a width, with a hanging indent, by display width (wide and
// combining characters, ANSI colour codes) through wrap-ansi. A word longer than the line (a
// long path) is cut. Addresses are never cut: urlLine() gives a URL a line of its own.
import wrapAnsi from 'wrap-ansi';
import stringWidth from 'string-width';

export { stringWidth };

const wrapTo = (text: string, room: number): string[] => wrapAnsi(text, Math.max(10, room), { hard: true, trim: true }).split('\n');

/** `text` wrapped to `width`: the first line starts with `first`, the others with `hang`. */
export function wrapHanging(text: string, width: number, first: string, hang: string): string[] {
  const [head = '', ...rest] = wrapTo(text, width - stringWidth(first));
  const lines = [first + head];
  if (rest.length) for (const l of wrapTo(rest.join(' '), width - stringWidth(hang))) lines.push(hang + l);
  return lines;
}

/** A URL (or a command) on its own line: indented when it fits, from column 0 when it does not (never cut). */
export function urlLine(url: string, width: number, indent: string): string {
  return stringWidth(indent) + stringWidth(url) <= width ? indent + url : url;
}

/** True for a line that is only an address or a command (the lines allowed past the width). */
export function isUncutLine(line: string): boolean {
  const t = line.trim();
  return /^https?:\/\/\S+$/.test(t) || t.startsWith('$ li-exposure ');
}
