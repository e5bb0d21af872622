// What the HTML and Markdown reports need of the items, gathered as they stream by (or from a
// whole report's items), so that a report of a heavy export never holds every item: counts per
// month and verdict (the timeline), the years of exposed records per category (the letters), the
// first items to consider deleting, and the table's rows as short excerpts (in a store that
// deflates them in memory once it is large: io/packed-texts.ts) with typed-array sort keys.

import type { CategoryId, ExposureLevel, Item, Reason, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { defined } from '../model/defined.js';
import { PackedTexts } from '../io/packed-texts.js';
import { withRoom } from '../model/typed-arrays.js';
import { CONSIDER_DELETING_MAX, considerOrder, type ConsiderItem } from './consider-deleting.js';
import { DateKeys } from './date-keys.js';
import { excerptHead, linkedInUrl, titledExcerpt } from './text-safety.js';

export interface ReportItemsOptions {
  /** --all-items: private categories are listed too. */
  allItems?: boolean;
  /** Characters of an item's text shown in the table (140). */
  excerptLength?: number;
}

/** Listed items per month ("YYYY-MM" as year * 12 + month - 1) and verdict, and those without a date. */
export interface MonthTally {
  months: Map<number, Record<ExposureLevel, number>>;
  undated: Record<ExposureLevel, number>;
}

/** One row of the reports' item table. */
export interface ExposedRow {
  exposure: 'likely' | 'possible';
  date: string | null;
  category: CategoryId;
  /** The excerpt of the title and text (not yet escaped). */
  excerpt: string;
  /** The item's address when it is a LinkedIn page (linkedInUrl), else null. */
  href: string | null;
  file: string;
  line: number | null;
  archive: number;
  /** Numbers in the reasons register. */
  reasons: number[];
}

export interface ReasonEntry {
  text: string;
  sources: string[];
}

/** The month index of an ISO date: what the timeline counts by. */
export const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

const reasonKey = (r: Reason): string => `${r.text}\u0000${r.sources.join(',')}`;

/** A fresh copy of a string, so that a kept excerpt never keeps a large text it was cut from alive. */
const copy = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

export function newTally(): MonthTally {
  return { months: new Map(), undated: { likely: 0, possible: 0, unlikely: 0 } };
}

/** Counts a listed item in the timeline's tally. */
export function tallyItem(tally: MonthTally, item: Item): void {
  const level = item.exposure ?? 'unlikely';
  if (!item.date) {
    tally.undated[level]++;
    return;
  }
  const m = monthIndex(item.date);
  let counts = tally.months.get(m);
  if (!counts) tally.months.set(m, (counts = { likely: 0, possible: 0, unlikely: 0 }));
  counts[level]++;
}

/** Widens the span of years of the item's category when it is dated and likely or possibly exposed (the letters' facts). */
export function spanItem(years: Map<CategoryId, [number, number]>, item: Item): void {
  if (!item.date || (item.exposure !== 'likely' && item.exposure !== 'possible')) return;
  const y = Number(item.date.slice(0, 4));
  const span = years.get(item.category);
  if (!span) years.set(item.category, [y, y]);
  else years.set(item.category, [Math.min(span[0], y), Math.max(span[1], y)]);
}

export class ReportItems {
  readonly excerptLength: number;
  private readonly allItems: boolean;
  readonly tally: MonthTally = newTally();
  /** Years of the first and last dated likely or possibly exposed item, per category. */
  readonly years = new Map<CategoryId, [number, number]>();
  /** The first items to consider deleting (at most CONSIDER_DELETING_MAX once sorted), with their place in the stream. */
  private considered: Array<{ item: ConsiderItem; seq: number }> = [];
  private consideredTotal = 0;
  private seq = 0;
  /** The table's rows: two texts each in `texts` (the text's start or excerpt, the address), the rest in typed arrays. */
  private readonly texts: PackedTexts;
  private readonly dates = new DateKeys();
  private levels = new Uint16Array(1024);
  /** 1 when the row's first text is its excerpt, 0 when it is the start of its text, still to cut. */
  private cut = new Uint16Array(1024);
  private categoryOf = new Uint16Array(1024);
  private fileOf = new Uint32Array(1024);
  private lineOf = new Int32Array(1024);
  private archiveOf = new Uint32Array(1024);
  private reasonsOf = new Uint32Array(1024);
  private rows = 0;
  private readonly categories: CategoryId[] = [];
  private readonly categoryIds = new Map<CategoryId, number>();
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  /** Rows per category. */
  readonly perCategory = new Map<CategoryId, number>();
  /** Each distinct reasons array (by content) as the keys of its reasons. */
  private readonly reasonSets: string[][] = [];
  private readonly reasonSetIds = new Map<string, number>();
  private readonly reasonsByArray = new WeakMap<Reason[], number>();
  private readonly reasonByKey = new Map<string, ReasonEntry>();
  private order: Uint32Array | null = null;
  private register: { list: ReasonEntry[]; numbers: number[][] } | null = null;

  constructor(options: ReportItemsOptions = {}, texts = new PackedTexts()) {
    this.allItems = options.allItems === true;
    this.excerptLength = options.excerptLength ?? 140;
    this.texts = texts;
  }

  /** The digest of a whole report's items (a report made without a sink). */
  static of(report: Pick<Report, 'items'>, options: ReportItemsOptions = {}): ReportItems {
    const digest = new ReportItems(options);
    digest.add(report.items);
    return digest;
  }

  /** A batch of classified items, in report order. */
  add(items: Item[]): void {
    if (this.order) throw new Error('ReportItems: add() after the rows were read');
    for (const item of items) {
      const seq = this.seq++;
      const level = item.exposure ?? 'unlikely';
      tallyItem(this.tally, item);
      spanItem(this.years, item);
      const listed = this.allItems || !category(item.category).private;
      if (item.findings?.length && listed) this.consider(item, seq);
      if ((level === 'likely' || level === 'possible') && listed) this.addRow(item, level);
    }
  }

  /** The number of rows of the item table. */
  get rowCount(): number {
    return this.rows;
  }

  /** Items to consider deleting: the first CONSIDER_DELETING_MAX in order, and how many there are. */
  consideredItems(): { items: ConsiderItem[]; total: number } {
    this.pruneConsidered();
    return { items: this.considered.map((c) => c.item), total: this.consideredTotal };
  }

  /** The reasons the rows cite, numbered in order of first use in the table. */
  reasons(): ReasonEntry[] {
    return this.numbered().list;
  }

  /** The table's rows: newest first, undated last, items of the same date in report order. */
  *tableRows(): Generator<ExposedRow> {
    const order = this.sorted();
    const { numbers } = this.numbered();
    const pairs = new Uint32Array(order.length * 2);
    order.forEach((row, k) => {
      pairs[2 * k] = 2 * row;
      pairs[2 * k + 1] = 2 * row + 1;
    });
    let k = 0;
    let excerptText: string | null = null;
    for (const bytes of this.texts.orderedTexts(pairs)) {
      const row = defined(order[k]);
      if (excerptText === null) {
        const text = bytes.toString('utf8');
        excerptText = this.cut[row] ? text : titledExcerpt(null, text, this.excerptLength);
        continue;
      }
      k++;
      const href = bytes.length ? linkedInUrl(bytes.toString('utf8')) : null;
      const line = defined(this.lineOf[row]);
      yield {
        exposure: this.levels[row] === 0 ? 'likely' : 'possible',
        date: this.dates.get(row),
        category: defined(this.categories[defined(this.categoryOf[row])]),
        excerpt: excerptText,
        href,
        file: defined(this.files[defined(this.fileOf[row])]),
        line: line < 0 ? null : line,
        archive: defined(this.archiveOf[row]),
        reasons: defined(numbers[defined(this.reasonsOf[row])]),
      };
      excerptText = null;
    }
  }

  /** Frees the rows' store. */
  close(): void {
    this.texts.close();
  }

  private consider(item: Item, seq: number): void {
    this.consideredTotal++;
    const kept: ConsiderItem = {
      category: item.category,
      date: item.date === null ? null : copy(item.date),
      text: copy(item.text),
      url: item.url === null ? null : copy(item.url),
      ...(item.exposure ? { exposure: item.exposure } : {}),
      ...(item.findings ? { findings: item.findings } : {}),
    };
    this.considered.push({ item: kept, seq });
    if (this.considered.length >= 4 * CONSIDER_DELETING_MAX) this.pruneConsidered();
  }

  /** Keeps the first CONSIDER_DELETING_MAX (by considerOrder, ties in report order). */
  private pruneConsidered(): void {
    this.considered.sort((a, b) => considerOrder(a.item, b.item) || a.seq - b.seq);
    this.considered.length = Math.min(this.considered.length, CONSIDER_DELETING_MAX);
  }

  private addRow(item: Item, level: 'likely' | 'possible'): void {
    const n = this.rows++;
    this.levels = withRoom(this.levels, n);
    this.cut = withRoom(this.cut, n);
    this.categoryOf = withRoom(this.categoryOf, n);
    this.fileOf = withRoom(this.fileOf, n);
    this.lineOf = withRoom(this.lineOf, n);
    this.archiveOf = withRoom(this.archiveOf, n);
    this.reasonsOf = withRoom(this.reasonsOf, n);
    // The cutting, escaping and address checks are left for the rows' reading, after the scan:
    // kept are the start of the text (the excerpt itself when the whole text may be needed) and the raw address.
    const head = excerptHead(item.title, item.text, this.excerptLength);
    this.texts.add(head ?? titledExcerpt(item.title, item.text, this.excerptLength));
    this.texts.add(item.url ?? '');
    this.cut[n] = head === null ? 1 : 0;
    this.dates.add(item.date);
    this.levels[n] = level === 'likely' ? 0 : 1;
    this.categoryOf[n] = this.intern(this.categories, this.categoryIds, item.category);
    this.fileOf[n] = this.intern(this.files, this.fileIds, item.source.file);
    this.lineOf[n] = item.source.line ?? -1;
    this.archiveOf[n] = item.source.archive;
    this.reasonsOf[n] = this.reasonSet(item.reasons ?? []);
    this.perCategory.set(item.category, (this.perCategory.get(item.category) ?? 0) + 1);
  }

  private intern<T>(list: T[], ids: Map<T, number>, value: T): number {
    let id = ids.get(value);
    if (id === undefined) {
      id = list.length;
      list.push(value);
      ids.set(value, id);
    }
    return id;
  }

  /** The id of a reasons array's content (the classifier shares one array between many items). */
  private reasonSet(reasons: Reason[]): number {
    const known = this.reasonsByArray.get(reasons);
    if (known !== undefined) return known;
    const keys = reasons.map((r) => {
      const key = reasonKey(r);
      if (!this.reasonByKey.has(key)) this.reasonByKey.set(key, { text: r.text, sources: r.sources });
      return key;
    });
    const joined = keys.join('\u0001');
    let id = this.reasonSetIds.get(joined);
    if (id === undefined) {
      id = this.reasonSets.length;
      this.reasonSets.push(keys);
      this.reasonSetIds.set(joined, id);
    }
    this.reasonsByArray.set(reasons, id);
    return id;
  }

  private sorted(): Uint32Array {
    if (this.order) return this.order;
    const order = new Uint32Array(this.rows);
    for (let i = 0; i < this.rows; i++) order[i] = i;
    const dates = this.dates;
    order.sort((a, b) => dates.newestFirst(a, b) || a - b);
    this.order = order;
    return order;
  }

  /** Reasons numbered in order of first use by the sorted rows, and each reasons set's numbers. */
  private numbered(): { list: ReasonEntry[]; numbers: number[][] } {
    if (this.register) return this.register;
    const index = new Map<string, number>();
    const list: ReasonEntry[] = [];
    const numbers: Array<number[] | undefined> = new Array(this.reasonSets.length);
    for (const row of this.sorted()) {
      const set = defined(this.reasonsOf[row]);
      if (numbers[set]) continue;
      numbers[set] = defined(this.reasonSets[set]).map((key) => {
        let n = index.get(key);
        if (n === undefined) {
          n = list.length + 1;
          index.set(key, n);
          list.push(defined(this.reasonByKey.get(key)));
        }
        return n;
      });
    }
    this.register = { list, numbers: Array.from(numbers, (n) => n ?? []) };
    return this.register;
  }
}
