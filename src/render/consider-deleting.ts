// The reports' "Consider deleting" list: the items in which the detectors found sensitive
// details, the most exposed first, then those with the most findings. Each is shown as an
// excerpt of its own text around its first finding, cut into plain and found pieces so that each
// format can escape the text and mark what was found.

import type { ExposureLevel, FindingKind, Item } from '../model/report.js';
import { FINDING_LABELS } from './finding-labels.js';
import { neutralise } from './text-safety.js';

const RANK: Record<ExposureLevel, number> = { likely: 0, possible: 1, unlikely: 2 };

/** Items listed in the section at most; the rest are counted and `list --finding` lists them. */
export const CONSIDER_DELETING_MAX = 200;

/** What the section shows of an item. */
export type ConsiderItem = Pick<Item, 'category' | 'date' | 'text' | 'url' | 'exposure' | 'findings'>;

/** By verdict, then number of findings, then newest first; 0 keeps the items' own order. */
export function considerOrder(a: ConsiderItem, b: ConsiderItem): number {
  const byLevel = RANK[a.exposure ?? 'unlikely'] - RANK[b.exposure ?? 'unlikely'];
  if (byLevel) return byLevel;
  const byCount = (b.findings?.length ?? 0) - (a.findings?.length ?? 0);
  if (byCount) return byCount;
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}

/** "phone number ×2, health". */
export function findingKindsText(item: Pick<Item, 'findings'>): string {
  const counts = new Map<FindingKind, number>();
  for (const f of item.findings ?? []) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${FINDING_LABELS[kind]}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

export interface ExcerptPiece {
  text: string;
  found: boolean;
}

/**
 * About `max` characters of the item's text around its first finding, whitespace collapsed and
 * control characters neutralised, as pieces: the found spans and the text between them. "…"
 * marks what was cut.
 */
export function excerptPieces(item: Pick<Item, 'text' | 'findings'>, max: number): ExcerptPiece[] {
  const text = item.text;
  const first = item.findings?.[0];
  const before = Math.floor(max / 3);
  let from = first ? Math.max(0, first.start - before) : 0;
  let to = Math.min(text.length, Math.max(from + max, first ? first.end : 0));
  // Cut between words where one is near: after a space at the start, before one at the end.
  if (from > 0) {
    const space = text.slice(from, first ? first.start : from + 20).search(/\s/);
    if (space >= 0 && space < 20) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(Math.max(from, first ? first.end : 0, to - 20), to).search(/\s\S*$/);
    if (space >= 0) to = Math.max(from, first ? first.end : 0, to - 20) + space;
  }
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  const pieces: ExcerptPiece[] = [];
  const push = (a: number, b: number, found: boolean) => {
    if (b <= a) return;
    const piece = neutralise(text.slice(a, b)).replace(/\s+/g, ' ');
    if (piece) pieces.push({ text: piece, found });
  };
  let at = from;
  for (const f of item.findings ?? []) {
    if (f.end <= at || f.start >= to) continue;
    push(at, Math.max(at, f.start), false);
    push(Math.max(at, f.start), Math.min(f.end, to), true);
    at = Math.min(f.end, to);
  }
  push(at, to, false);
  const head = pieces[0];
  if (head) pieces[0] = { ...head, text: (from > 0 ? '…' : '') + head.text.trimStart() };
  const last = pieces.at(-1);
  if (last) pieces[pieces.length - 1] = { ...last, text: last.text.trimEnd() + (to < text.length ? '…' : '') };
  return pieces;
}
