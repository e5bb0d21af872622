// Building blocks for rendered rows: segments that are clipped and padded to exact widths.

import { stringWidth, truncate } from './text.js';
import type { Line, Segment } from './types.js';

export function seg(text: string, style?: Omit<Segment, 'text'>): Segment {
  return style ? { text, ...style } : { text };
}

export function lineWidth(line: Line): number {
  let w = 0;
  for (const s of line) w += stringWidth(s.text);
  return w;
}

/** Cuts a line to at most `width` columns; a cut ends with "…" in the style of the cut segment. */
export function clip(line: Line, width: number): Line {
  if (width <= 0) return [];
  const out: Line = [];
  let used = 0;
  for (const s of line) {
    const w = stringWidth(s.text);
    if (used + w <= width) {
      out.push(s);
      used += w;
      continue;
    }
    const room = width - used;
    if (room > 0) out.push({ ...s, text: truncate(s.text, room) });
    return out;
  }
  return out;
}

/** Clips, then pads with spaces (in `padStyle`) to exactly `width` columns. */
export function fit(line: Line, width: number, padStyle?: Omit<Segment, 'text'>): Line {
  const out = clip(line, width);
  const w = lineWidth(out);
  if (w < width) out.push(seg(' '.repeat(width - w), padStyle));
  return out;
}

/** Applies a style on top of every segment (e.g. inverse for a selected row). */
export function styled(line: Line, style: Omit<Segment, 'text'>): Line {
  return line.map((s) => ({ ...s, ...style }));
}

/** Left part, then right part flush to the right edge of `width` (the left part is cut first). */
export function spread(left: Line, right: Line, width: number): Line {
  const rw = lineWidth(right);
  if (rw + 1 > width) return fit(left, width);
  return [...fit(left, width - rw - 1), seg(' '), ...right];
}
