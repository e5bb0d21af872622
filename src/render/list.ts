import type { CategoryId, ExposureLevel, Item, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { oneLine } from './sanitize.js';

export interface ListFilter {
  categories?: CategoryId[];
  exposure?: ExposureLevel[];
}

/** Whether the list shows this item (a classified one). */
function listFilter(filter: ListFilter): (item: Item) => boolean {
  const categories = filter.categories?.length ? new Set(filter.categories) : null;
  const levels = filter.exposure?.length ? new Set(filter.exposure) : null;
  return (item) => (!categories || categories.has(item.category)) && (!levels || (item.exposure !== undefined && levels.has(item.exposure)));
}

/** The list's order: category order, newest first, undated last; 0 keeps the items' own order. */
function byCategoryThenNewest(orderA: number, dateA: string | null, orderB: number, dateB: string | null): number {
  const byCategory = orderA - orderB;
  if (byCategory !== 0) return byCategory;
  if (dateA === dateB) return 0;
  if (dateA === null) return 1;
  if (dateB === null) return -1;
  return dateA < dateB ? 1 : -1;
}

/** One tab-separated line per item: date, category, verdict, short text (sanitised). */
export function renderListLine(item: Item, textWidth = 120): string {
  const date = item.date ? item.date.slice(0, 10) : '-';
  const text = item.title && item.category !== 'posts' && item.category !== 'comments' ? `${item.title}: ${item.text}` : item.text;
  return [date, item.category, item.exposure ?? '-', oneLine(text, textWidth)].join('\t');
}

/**
 * The list of a streamed scan: each item is kept only as its line and sort key, never its text,
 * so that memory does not follow the size of the items. The lines come out filtered, in category
 * order, newest first, undated last; items of equal key stay in report order (archive, file in name order, then as read),
 * which report.files gives once the scan has ended.
 */
export class ListLines {
  private readonly keep: (item: Item) => boolean;
  private readonly entries: ListEntry[] = [];

  constructor(filter: ListFilter) {
    this.keep = listFilter(filter);
  }

  /** A batch of classified items (ReportSink.items). */
  add(items: Item[]): void {
    for (const item of items) {
      if (!this.keep(item)) continue;
      const file = fileOf(item.source.archive, item.source.file);
      this.entries.push({ line: renderListLine(item), order: category(item.category).order, date: item.date, file, fileRank: 0, seq: this.entries.length });
    }
  }

  /** The lines in list order (report: the streamed scan's report, for the files' order). */
  sorted(report: Pick<Report, 'files'>): string[] {
    const rank = new Map<string, number>();
    report.files.forEach((f, i) => {
      const key = fileOf(f.archive, f.path);
      if (!rank.has(key)) rank.set(key, i);
    });
    for (const entry of this.entries) entry.fileRank = rank.get(entry.file) ?? Number.MAX_SAFE_INTEGER;
    this.entries.sort((a, b) => byCategoryThenNewest(a.order, a.date, b.order, b.date) || a.fileRank - b.fileRank || a.seq - b.seq);
    return this.entries.map((e) => e.line);
  }
}

interface ListEntry {
  line: string;
  order: number;
  date: string | null;
  file: string;
  fileRank: number;
  /** Position in the stream: the order inside one file. */
  seq: number;
}

function fileOf(archive: number, path: string): string {
  return `${archive}\u0000${path}`;
}
