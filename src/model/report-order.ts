// The order of a report's items (report.items): archive by archive, each archive's files in name
// order, each file's items as they were read. A streamed scan sends them in reading order
// instead; a sink that keeps them (the browser's store) restores this order.
import type { SourceRef } from './report.js';

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** Name order, numeric-aware (Saved Jobs_2 before Saved Jobs_10): the order files are read and listed in. */
export function comparePaths(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

/** Where an item's file comes in report order (items of one file keep their reading order). */
export function compareSources(a: Pick<SourceRef, 'archive' | 'file'>, b: Pick<SourceRef, 'archive' | 'file'>): number {
  return a.archive - b.archive || comparePaths(a.file, b.file);
}
