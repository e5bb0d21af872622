import { findingKindsOf } from './finding-labels.js';
import type { CategoryId, ExposureLevel, FindingKind, Item, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { oneLine } from './sanitize.js';
import { inWords, itemCodesInWords, REACTION_WORDS } from './codes.js';
import { DateKeys } from './date-keys.js';
import { PackedTexts } from '../io/packed-texts.js';
import { withRoom } from '../model/typed-arrays.js';
import { defined } from '../model/defined.js';

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

/** The item's text as a person reads it: a reaction's code in words ("Celebrate on ..."). */
function readableText(item: Item): string {
  const code = item.category === 'reactions' ? item.details?.['Type'] : undefined;
  const text = code && item.text.startsWith(`${code} `) ? `${inWords(REACTION_WORDS, code)}${item.text.slice(code.length)}` : item.text;
  return item.title && item.category !== 'posts' && item.category !== 'comments' ? `${item.title}: ${text}` : text;
}

/**
 * One tab-separated line per item (sanitised): date, category, verdict, short text, the item's
 * link (posts, comments, reactions...), its codes in words (reaction, visibility) and the kinds of
 * its findings ("phone,health"), "-" when none.
 */
export function renderListLine(item: Item, textWidth = 120): string {
  const date = item.date ? item.date.slice(0, 10) : '-';
  const url = item.url ? oneLine(item.url, 500) : '-';
  return [date, item.category, item.exposure ?? '-', oneLine(readableText(item), textWidth), url, oneLine(itemCodesInWords(item.details, item.category), 80) || '-', findingKindsOf(item) || '-'].join('\t');
}

/**
 * The list of a streamed scan: each item is kept only as its line (UTF-8 bytes, in a store that
 * deflates them in memory once it is large: io/packed-texts.ts) and its sort key (in
 * typed arrays), never its text, so that memory does not follow the size of the items. The
 * lines come out filtered, in category order, newest first, undated last; items of equal key
 * stay in report order (archive, file in name order, then as read), which report.files gives
 * once the scan has ended.
 */
export class ListLines {
  private readonly keep: (item: Item) => boolean;
  /** The item's output line, its end of line included (see render/registry.ts). */
  private readonly line: (item: Item) => string;
  private readonly dates = new DateKeys();
  /** Per entry: the category's order and the file's id. */
  private orders = new Uint16Array(1024);
  private fileOf = new Uint32Array(1024);
  /** File ids by archive and path (the same string for every item of a file). */
  private readonly fileIds = new Map<number, Map<string, number>>();
  private files = 0;

  constructor(
    filter: ListFilter,
    line: (item: Item) => string = (item) => renderListLine(item) + '\n',
    private readonly lines: PackedTexts = new PackedTexts(),
  ) {
    this.keep = listFilter(filter);
    this.line = line;
  }

  /** A batch of classified items (ReportSink.items). */
  add(items: Item[]): void {
    for (const item of items) {
      if (!this.keep(item)) continue;
      const n = this.lines.count;
      this.orders = withRoom(this.orders, n);
      this.fileOf = withRoom(this.fileOf, n);
      this.lines.add(this.line(item));
      this.dates.add(item.date);
      this.orders[n] = category(item.category).order;
      this.fileOf[n] = this.fileId(item.source.archive, item.source.file);
    }
  }

  /**
   * The lines in list order, each ending with its end of line (report: the streamed scan's, for
   * the files' order), concatenated into buffers of a few MB.
   */
  sorted(report: Pick<Report, 'files'>): Iterable<Buffer> {
    const rank = new Uint32Array(this.files).fill(0xffffffff);
    report.files.forEach((f, i) => {
      const id = this.fileIds.get(f.archive)?.get(f.path);
      if (id !== undefined && rank[id] === 0xffffffff) rank[id] = i;
    });
    const n = this.lines.count;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const { orders, fileOf, dates } = this;
    order.sort(
      (a, b) =>
        defined(orders[a]) - defined(orders[b]) ||
        dates.newestFirst(a, b) ||
        defined(rank[defined(fileOf[a])]) - defined(rank[defined(fileOf[b])]) ||
        a - b,
    );
    return this.lines.ordered(order);
  }

  /** Frees the lines' store. */
  close(): void {
    this.lines.close();
  }

  private fileId(archive: number, path: string): number {
    let paths = this.fileIds.get(archive);
    if (!paths) this.fileIds.set(archive, (paths = new Map()));
    let id = paths.get(path);
    if (id === undefined) paths.set(path, (id = this.files++));
    return id;
  }
}
