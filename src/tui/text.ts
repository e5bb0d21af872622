// Terminal-width helpers: display width, truncation, padding and word wrapping.
// Widths follow the usual terminal rules closely enough for layout: combining marks and other
// default-ignorable code points take no column, East Asian wide/fullwidth characters and most
// emoji take two. Every row the TUI renders is also clipped by ink, so a rare disagreement with
// the terminal's own idea of a width can shift a separator but never overflow a line.

import { defined } from '../model/defined.js';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;

// Sorted [start, end] pairs of code points that occupy two columns.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18aff], [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c],
  [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc],
  [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a],
  [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5],
  [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7], [0x1f6dc, 0x1f6df],
  [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = defined(WIDE_RANGES[mid]);
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one code point occupies (0, 1 or 2). Control characters count as 0; sanitise first. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return cp === 0xad ? 0 : 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(cp) ? 2 : 1;
}

export function stringWidth(text: string): number {
  if (ASCII_PRINTABLE.test(text)) return text.length;
  let width = 0;
  let prev = 0;
  for (const ch of text) {
    // VS16 turns a narrow symbol into a two-column emoji ("❤️").
    const w = ch === '\ufe0f' && prev === 1 ? 1 : charWidth(ch);
    width += w;
    prev = ch === '\ufe0f' ? 0 : w;
  }
  return width;
}

/** Cuts `text` to at most `width` columns, ending with `ellipsis` when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (ASCII_PRINTABLE.test(text)) {
    if (text.length <= width) return text;
    return ellipsis.length > 0 && width > ellipsis.length
      ? text.slice(0, width - ellipsis.length) + ellipsis
      : text.slice(0, width);
  }
  if (stringWidth(text) <= width) return text;
  const ellipsisWidth = stringWidth(ellipsis);
  const room = width > ellipsisWidth ? width - ellipsisWidth : width;
  let out = '';
  let used = 0;
  let prev = 0;
  for (const ch of text) {
    const w = ch === '\ufe0f' && prev === 1 ? 1 : charWidth(ch);
    if (used + w > room) break;
    out += ch;
    used += w;
    prev = ch === '\ufe0f' ? 0 : w;
  }
  return room < width ? out + ellipsis : out;
}

/** Truncates, then pads with spaces to exactly `width` columns. */
export function padToWidth(text: string, width: number, ellipsis = '…'): string {
  const cut = truncate(text, width, ellipsis);
  const w = stringWidth(cut);
  return w < width ? cut + ' '.repeat(width - w) : cut;
}

export function padStart(text: string, width: number): string {
  const cut = truncate(text, width);
  const w = stringWidth(cut);
  return w < width ? ' '.repeat(width - w) + cut : cut;
}

/**
 * Word-wraps text (already sanitised, "\n" separating paragraphs) to `width` columns.
 * Words longer than a line are broken; blank lines are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') {
      out.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const token of paragraph.match(/\s+|\S+/g) ?? []) {
      const isSpace = /^\s/.test(token);
      const tw = stringWidth(token);
      if (lineWidth + tw <= w) {
        line += token;
        lineWidth += tw;
        continue;
      }
      if (isSpace) {
        // A break point: the space is dropped.
        out.push(line.trimEnd());
        line = '';
        lineWidth = 0;
        continue;
      }
      if (lineWidth > 0) {
        out.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      if (tw <= w) {
        line = token;
        lineWidth = tw;
        continue;
      }
      // Hard-break a word wider than the line.
      for (const ch of token) {
        const cw = charWidth(ch);
        if (lineWidth + cw > w && lineWidth > 0) {
          out.push(line);
          line = '';
          lineWidth = 0;
        }
        line += ch;
        lineWidth += cw;
      }
    }
    if (line !== '' || lineWidth > 0) out.push(line.trimEnd());
  }
  return out;
}

/** 1234567 -> "1,234,567": the one number format of every output. */
export { formatCount } from '../render/number.js';

/** Short count for narrow columns: 999, 1.2k, 12k, 123k, 1.2M. */
export function formatCompact(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  if (n < 1_000_000) return `${Math.floor(n / 1000)}k`;
  if (n < 10_000_000) return `${(Math.floor(n / 100_000) / 10).toFixed(1).replace(/\.0$/, '')}M`;
  return `${Math.floor(n / 1_000_000)}M`;
}
