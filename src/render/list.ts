import type { CategoryId, ExposureLevel, FindingKind, Item, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { oneLine } from './sanitize.js';
import { inWords, itemCodesInWords, REACTION_WORDS } from './codes.js';

export interface ListFilter {
  categories?: CategoryId[];
  exposure?: ExposureLevel[];
  /** Only items with at least one finding of these kinds. */
  findings?: FindingKind[];
}

/** Whether the list shows this item (a classified one). */
function listFilter(filter: ListFilter): (item: Item) => boolean {
  const categories = filter.categories?.length ? new Set(filter.categories) : null;
  const levels = filter.exposure?.length ? new Set(filter.exposure) : null;
  const kinds = filter.findings?.length ? new Set<string>(filter.findings) : null;
  return (item) =>
    (!categories || categories.has(item.category)) &&
    (!levels || (item.exposure !== undefined && levels.has(item.exposure))) &&
    (!kinds || (item.findings?.some((f) => kinds.has(f.kind)) ?? false));
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

/** The item's text as a person reads it: a reaction's code in words ("Celebrate on ..."). */
function readableText(item: Item): string {
  const code = item.category === 'reactions' ? item.details?.['Type'] : undefined;
  const text = code && item.text.startsWith(`${code} `) ? `${inWords(REACTION_WORDS, code)}${item.text.slice(code.length)}` : item.text;
  return item.title && item.category !== 'posts' && item.category !== 'comments' ? `${item.title}: ${text}` : text;
}

/**
 * One tab-separated line per item (sanitised): date, category, verdict, short text, the item's
 * link (posts, comments, reactions...) and its codes in words (reaction, visibility), "-" when none.
 */
export function renderListLine(item: Item, textWidth = 120): string {
  const date = item.date ? item.date.slice(0, 10) : '-';
  const url = item.url ? oneLine(item.url, 500) : '-';
  return [date, item.category, item.exposure ?? '-', oneLine(readableText(item), textWidth), url, oneLine(itemCodesInWords(item.details, item.category), 80) || '-'].join('\t');
}

/**
 * The list of a streamed scan: each item is kept only as its line (UTF-8 bytes, in shared
 * pieces) and its sort key, never its text, so that memory does not follow the size of the
 * items. The lines come out filtered, in category order, newest first, undated last; items of
 * equal key stay in report order (archive, file in name order, then as read), which report.files
 * gives once the scan has ended.
 */
export class ListLines {
  private readonly keep: (item: Item) => boolean;
  /** The item's output line, its end of line included (see render/registry.ts). */
  private readonly line: (item: Item) => string;
  private readonly entries: ListEntry[] = [];
  /** File ids by archive and path (the same string for every item of a file). */
  private readonly fileIds = new Map<number, Map<string, number>>();
  private files = 0;
  private piece = Buffer.allocUnsafe(LINE_PIECE);
  private used = 0;

  constructor(filter: ListFilter, line: (item: Item) => string = (item) => renderListLine(item) + '\n') {
    this.keep = listFilter(filter);
    this.line = line;
  }

  /** A batch of classified items (ReportSink.items). */
  add(items: Item[]): void {
    for (const item of items) {
      if (!this.keep(item)) continue;
      const line = this.line(item);
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (this.used + line.length * 3 > this.piece.length) {
        this.piece = Buffer.allocUnsafe(Math.max(LINE_PIECE, line.length * 3));
        this.used = 0;
      }
      const start = this.used;
      this.used += this.piece.write(line, start);
      const bytes = this.piece.subarray(start, this.used);
      this.entries.push({ bytes, order: category(item.category).order, date: item.date, file: this.fileId(item.source.archive, item.source.file), seq: this.entries.length });
    }
  }

  /** The lines in list order, each ending with a newline (report: the streamed scan's, for the files' order). */
  sorted(report: Pick<Report, 'files'>): Buffer[] {
    const rank = new Map<number, number>();
    report.files.forEach((f, i) => {
      const id = this.fileIds.get(f.archive)?.get(f.path);
      if (id !== undefined && !rank.has(id)) rank.set(id, i);
    });
    const fileRank = (id: number) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
    this.entries.sort((a, b) => byCategoryThenNewest(a.order, a.date, b.order, b.date) || fileRank(a.file) - fileRank(b.file) || a.seq - b.seq);
    return this.entries.map((e) => e.bytes);
  }

  private fileId(archive: number, path: string): number {
    let paths = this.fileIds.get(archive);
    if (!paths) this.fileIds.set(archive, (paths = new Map()));
    let id = paths.get(path);
    if (id === undefined) paths.set(path, (id = this.files++));
    return id;
  }
}

/** Lines are copied into pieces of this many bytes. */
const LINE_PIECE = 1 << 20;

interface ListEntry {
  bytes: Buffer;
  order: number;
  date: string | null;
  file: number;
  /** Position in the stream: the order inside one file. */
  seq: number;
}
