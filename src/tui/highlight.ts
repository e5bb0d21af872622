// The detail view's text with the detectors' findings marked: the text is sanitised piece by
// piece (found spans and what lies between them), wrapped as a whole, and each wrapped line is
// cut back into plain and found pieces.

import type { ItemFinding } from '../model/report.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { wrapText } from './text.js';

export interface TextPiece {
  text: string;
  found: boolean;
}

/** The wrapped lines of `text`, each as pieces; found spans are those of `findings` (offsets into `text`). */
export function highlightedLines(text: string, findings: readonly ItemFinding[], width: number): TextPiece[][] {
  // Sanitised text and the spans of the findings in it.
  let safe = '';
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end <= f.start || f.end > text.length) continue;
    safe += sanitizeForTerminal(text.slice(at, f.start), { keepNewlines: true });
    const start = safe.length;
    safe += sanitizeForTerminal(text.slice(f.start, f.end), { keepNewlines: true });
    spans.push([start, safe.length]);
    at = f.end;
  }
  safe += sanitizeForTerminal(text.slice(at), { keepNewlines: true });

  // Wrapped lines are substrings of the text, in order (wrapText only drops spaces at breaks).
  const out: TextPiece[][] = [];
  let cursor = 0;
  for (const line of wrapText(safe, width)) {
    const from = line === '' ? cursor : safe.indexOf(line, cursor);
    if (from < 0) {
      out.push([{ text: line, found: false }]);
      continue;
    }
    const to = from + line.length;
    cursor = to;
    const pieces: TextPiece[] = [];
    let p = from;
    for (const [a, b] of spans) {
      if (b <= p || a >= to) continue;
      if (a > p) pieces.push({ text: safe.slice(p, a), found: false });
      pieces.push({ text: safe.slice(Math.max(a, p), Math.min(b, to)), found: true });
      p = Math.min(b, to);
    }
    if (p < to || pieces.length === 0) pieces.push({ text: safe.slice(p, to), found: false });
    out.push(pieces);
  }
  return out;
}
