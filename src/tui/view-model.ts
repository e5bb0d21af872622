// The browser's view model: indexes a Report's items once (held in an ItemStore), then answers
// "which items, in which order" for a category + exposure filter + sort + search, memoised so
// that key presses only ever touch the rows on screen. Nothing here renders or does I/O.

import { CATEGORY_IDS } from '../model/categories.js';
import type { CategoryId, CategorySummary, ExposureLevel, Item, Report } from '../model/report.js';
import { defined } from '../model/defined.js';
import { DAY_NULL, DAY_OTHER, dayText, ItemStore } from './item-store.js';

export { monthIndexOf } from './item-store.js';

/** What `f` cycles through: every item, one verdict, or the items the detectors found something in. */
export type ExposureFilter = 'all' | ExposureLevel | 'findings';
export type SortOrder = 'newest' | 'oldest';

export const EXPOSURE_FILTERS: readonly ExposureFilter[] = ['all', 'likely', 'possible', 'unlikely', 'findings'];

/** How the filter is named in status lines: "likely only", "with findings only". */
export function filterLabel(filter: ExposureFilter): string {
  return filter === 'findings' ? 'with findings' : filter;
}

/** Level codes stored per item: 0 = not assessed. */
export const LEVEL_CODE: Record<ExposureLevel, number> = { likely: 1, possible: 2, unlikely: 3 };
const CODE_LEVEL: ReadonlyArray<ExposureLevel | null> = [null, 'likely', 'possible', 'unlikely'];

export function nextFilter(filter: ExposureFilter, step: 1 | -1 = 1): ExposureFilter {
  const i = EXPOSURE_FILTERS.indexOf(filter);
  const n = EXPOSURE_FILTERS.length;
  return defined(EXPOSURE_FILTERS[(i + step + n) % n]);
}

/** A category as the TUI shows it: the report's summary (counts include counted-only records). */
export interface CategoryEntry extends Omit<CategorySummary, 'fileGroups'> {
  /** Items of this category actually listed (in the store). */
  items: number;
}

export interface MatchSummary {
  /** Matching rows per category position (under the given filter). */
  counts: number[];
  /** Global number of the first match of each category position (0-based). */
  offsets: number[];
  total: number;
}

export interface TimelineData {
  /** Month index (year * 12 + month - 1) of the first bucket; -1 when nothing is dated. */
  start: number;
  likely: number[];
  possible: number[];
  undatedLikely: number;
  undatedPossible: number;
}

/** Search queries are matched case-insensitively; blank means "no search". */
export function normalizeQuery(query: string | null | undefined): string {
  return (query ?? '').trim().toLowerCase();
}

export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

const byNewest = (times: Float64Array) => (a: number, b: number): number => defined(times[b]) - defined(times[a]) || a - b;

/**
 * Sorts item indices newest first (equal dates keep report order), in place. Packs
 * (seconds, index) into one float and uses the native numeric sort, which is several times
 * faster than a comparator on large arrays; falls back to the comparator when the key would
 * not fit in 53 bits, and fixes the order inside a second with it.
 */
export function sortNewestFirst(indices: Int32Array, times: Float64Array, itemCount: number): void {
  const n = indices.length;
  if (n < 2) return;
  const cmp = byNewest(times);
  if (n < 2048) {
    indices.sort(cmp);
    return;
  }
  let minS = Infinity;
  let maxS = -Infinity;
  for (let k = 0; k < n; k++) {
    const s = Math.floor(defined(times[defined(indices[k])]) / 1000);
    if (s < minS) minS = s;
    if (s > maxS) maxS = s;
  }
  const radix = 2 ** Math.ceil(Math.log2(itemCount + 1));
  if ((maxS - minS + 1) * radix >= 2 ** 53) {
    indices.sort(cmp);
    return;
  }
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = defined(indices[k]);
    keys[k] = (maxS - Math.floor(defined(times[i]) / 1000)) * radix + i;
  }
  keys.sort();
  for (let k = 0; k < n; k++) indices[k] = defined(keys[k]) % radix;
  // Within one second the packed order is by index; restore millisecond order there.
  let runStart = 0;
  for (let k = 1; k <= n; k++) {
    if (k === n || Math.floor(defined(keys[k]) / radix) !== Math.floor(defined(keys[runStart]) / radix)) {
      if (k - runStart > 1) indices.subarray(runStart, k).sort(cmp);
      runStart = k;
    }
  }
}

/** Size-bounded LRU; `cost` lets large arrays count for more than small ones. */
class Lru<V> {
  private readonly map = new Map<string, { value: V; cost: number }>();
  private used = 0;
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, cost = 1): V {
    const old = this.map.get(key);
    if (old) {
      this.used -= old.cost;
      this.map.delete(key);
    }
    this.map.set(key, { value, cost });
    this.used += cost;
    for (const [k, entry] of this.map) {
      if (this.used <= this.capacity || this.map.size <= 1) break;
      this.map.delete(k);
      this.used -= entry.cost;
    }
    return value;
  }
}

function buildCategories(report: Report, counts: Map<CategoryId, number>): CategoryEntry[] {
  const out: CategoryEntry[] = [];
  const seen = new Set<CategoryId>();
  const fromSummary = (c: CategorySummary): CategoryEntry => ({
    id: c.id,
    label: c.label || c.id,
    private: c.private,
    total: c.total,
    listed: c.listed,
    likely: c.likely,
    possible: c.possible,
    unlikely: c.unlikely,
    items: counts.get(c.id) ?? 0,
  });
  for (const c of report.summary?.categories ?? []) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const entry = fromSummary(c);
    if (entry.total > 0 || entry.items > 0) out.push(entry);
  }
  // Items of a category the summary does not mention (should not happen; be lenient).
  for (const id of CATEGORY_IDS) {
    const n = counts.get(id);
    if (seen.has(id) || n === undefined) continue;
    seen.add(id);
    out.push({ id, label: id, private: false, total: n, listed: n, likely: 0, possible: 0, unlikely: 0, items: n });
  }
  for (const [id, n] of counts) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, label: String(id), private: false, total: n, listed: n, likely: 0, possible: 0, unlikely: 0, items: n });
  }
  return out;
}

export class ReportView {
  readonly report: Report;
  /** The listed items: report.items, or those streamed into a store while the archives were read. */
  readonly store: ItemStore;
  readonly categories: readonly CategoryEntry[];
  /** Per item: 1 likely, 2 possible, 3 unlikely, 0 not assessed. */
  readonly levels: Uint8Array;
  /** Per item: epoch ms, NaN when undated. */
  readonly times: Float64Array;
  /** Per item: year * 12 + month - 1, -1 when undated. */
  readonly months: Int32Array;
  /** Per item: how many findings the detectors made in it (0 when none, or detection was off). */
  readonly findingCounts: Uint32Array;

  private readonly members: Int32Array[];
  private readonly newest: Array<{ order: Int32Array; dated: number } | undefined>;
  private readonly oldest: Array<Int32Array | undefined>;
  private readonly lists = new Lru<Int32Array>(8_000_000);
  private readonly masks: Lru<Uint8Array>;
  private readonly misc = new Lru<unknown>(256);

  /** `store` holds the items when they were streamed (report.items is then empty). */
  constructor(report: Report, store?: ItemStore) {
    this.report = report;
    this.store = store ?? ItemStore.of(report.items ?? []);
    const n = this.store.length;
    this.levels = this.store.levels;
    this.times = this.store.times;
    this.months = this.store.months;
    this.findingCounts = this.store.findingCounts;
    this.masks = new Lru<Uint8Array>(4 * Math.max(1, n));

    const codes = this.store.categoryCodes;
    const ids = this.store.categoryList;
    const perCode = new Uint32Array(ids.length);
    for (const code of codes) perCode[code] = defined(perCode[code]) + 1;
    const counts = new Map<CategoryId, number>();
    ids.forEach((id, code) => counts.set(id, defined(perCode[code])));
    this.categories = buildCategories(report, counts);

    const position = new Map<CategoryId, number>();
    this.categories.forEach((c, p) => position.set(c.id, p));
    const positionOf = ids.map((id) => defined(position.get(id)));
    this.members = this.categories.map((c) => new Int32Array(c.items));
    const fill = new Int32Array(this.categories.length);
    for (let i = 0; i < n; i++) {
      const p = defined(positionOf[defined(codes[i])]);
      const slot = defined(fill[p]);
      fill[p] = slot + 1;
      defined(this.members[p])[slot] = i;
    }
    this.newest = new Array(this.categories.length).fill(undefined);
    this.oldest = new Array(this.categories.length).fill(undefined);
  }

  get length(): number {
    return this.store.length;
  }

  item(index: number): Item {
    return this.store.item(index);
  }

  /** The title and text of an item, without decoding the rest of it. */
  texts(index: number): { title: string | null; text: string } {
    return this.store.textsOf(index);
  }

  /** "2024-03-05" of an item's date; null when it has none (the item's date is null), "" when it does not start so. */
  day(index: number): string | null {
    const code = this.store.days[index] ?? DAY_NULL;
    return code === DAY_NULL ? null : code === DAY_OTHER ? '' : dayText(code);
  }

  level(index: number): ExposureLevel | null {
    return CODE_LEVEL[this.levels[index] ?? 0] ?? null; // 0: not assessed
  }

  categoryPosition(id: CategoryId): number {
    return this.categories.findIndex((c) => c.id === id);
  }

  /** Items of a category in report order. */
  membersOf(cat: number): Int32Array {
    return this.members[cat] ?? new Int32Array(0);
  }

  private sortedNewest(cat: number): { order: Int32Array; dated: number } {
    const hit = this.newest[cat];
    if (hit) return hit;
    const members = this.membersOf(cat);
    const times = this.times;
    const order = new Int32Array(members.length);
    let dated = 0;
    for (const i of members) if (!Number.isNaN(defined(times[i]))) order[dated++] = i;
    let u = dated;
    for (const i of members) if (Number.isNaN(defined(times[i]))) order[u++] = i;
    sortNewestFirst(order.subarray(0, dated), times, this.length);
    const result = { order, dated };
    this.newest[cat] = result;
    return result;
  }

  /** All items of a category sorted by date (newest or oldest first), undated last. */
  sorted(cat: number, sort: SortOrder): Int32Array {
    const { order, dated } = this.sortedNewest(cat);
    if (sort === 'newest') return order;
    const hit = this.oldest[cat];
    if (hit) return hit;
    const times = this.times;
    const out = new Int32Array(order.length);
    for (let k = 0; k < dated; k++) out[k] = defined(order[dated - 1 - k]);
    // Reversal turned runs of equal dates around; restore report order within each run.
    let runStart = 0;
    for (let k = 1; k <= dated; k++) {
      if (k === dated || times[defined(out[k])] !== times[defined(out[runStart])]) {
        if (k - runStart > 1) out.subarray(runStart, k).reverse();
        runStart = k;
      }
    }
    out.set(order.subarray(dated), dated);
    this.oldest[cat] = out;
    return out;
  }

  private searchMask(q: string): Uint8Array {
    const hit = this.masks.get(q);
    if (hit) return hit;
    // The texts are lower-cased as they are searched, a block at a time: no lower-case copy is kept.
    const mask = this.store.search(q);
    return this.masks.set(q, mask, this.length);
  }

  /** Item indices of a category under the filter, sort and search (memoised). */
  list(cat: number, filter: ExposureFilter, sort: SortOrder, query: string | null): Int32Array {
    if (cat < 0 || cat >= this.categories.length) return new Int32Array(0);
    const q = normalizeQuery(query);
    if (filter === 'all' && q === '') return this.sorted(cat, sort);
    const key = `${cat}\u0000${filter}\u0000${sort}\u0000${q}`;
    const hit = this.lists.get(key);
    if (hit) return hit;
    const base = this.sorted(cat, sort);
    const code = filter === 'all' || filter === 'findings' ? 0 : LEVEL_CODE[filter];
    const withFindings = filter === 'findings' ? this.findingCounts : null;
    const mask = q === '' ? null : this.searchMask(q);
    const levels = this.levels;
    const out = new Int32Array(base.length);
    let n = 0;
    for (let k = 0; k < base.length; k++) {
      const i = defined(base[k]);
      if (code !== 0 && levels[i] !== code) continue;
      if (withFindings !== null && withFindings[i] === 0) continue;
      if (mask !== null && mask[i] === 0) continue;
      out[n++] = i;
    }
    const result = n === out.length ? out : out.slice(0, n);
    return this.lists.set(key, result, Math.max(1, n));
  }

  /** Where the search matches are, category by category, in display order. */
  matches(filter: ExposureFilter, sort: SortOrder, query: string): MatchSummary {
    const q = normalizeQuery(query);
    const key = `matches\u0000${filter}\u0000${sort}\u0000${q}`;
    const hit = this.misc.get(key) as MatchSummary | undefined;
    if (hit) return hit;
    const counts: number[] = [];
    const offsets: number[] = [];
    let total = 0;
    for (let cat = 0; cat < this.categories.length; cat++) {
      const n = q === '' ? 0 : this.list(cat, filter, sort, q).length;
      offsets.push(total);
      counts.push(n);
      total += n;
    }
    return this.misc.set(key, { counts, offsets, total }) as MatchSummary;
  }

  /** Per-month counts of likely and possibly exposed items, over all categories. */
  timeline(): TimelineData {
    const hit = this.misc.get('timeline') as TimelineData | undefined;
    if (hit) return hit;
    const { levels, months } = this;
    let min = Infinity;
    let max = -Infinity;
    let anyMin = Infinity;
    let anyMax = -Infinity;
    let undatedLikely = 0;
    let undatedPossible = 0;
    for (let i = 0; i < months.length; i++) {
      const m = defined(months[i]);
      const lv = defined(levels[i]);
      if (m < 0) {
        if (lv === 1) undatedLikely++;
        else if (lv === 2) undatedPossible++;
        continue;
      }
      if (m < anyMin) anyMin = m;
      if (m > anyMax) anyMax = m;
      if (lv === 1 || lv === 2) {
        if (m < min) min = m;
        if (m > max) max = m;
      }
    }
    if (min === Infinity) {
      min = anyMin;
      max = anyMax;
    }
    let data: TimelineData;
    if (min === Infinity) {
      data = { start: -1, likely: [], possible: [], undatedLikely, undatedPossible };
    } else {
      const len = max - min + 1;
      const likely = new Array<number>(len).fill(0);
      const possible = new Array<number>(len).fill(0);
      for (let i = 0; i < months.length; i++) {
        const m = defined(months[i]);
        if (m < min || m > max) continue;
        const lv = defined(levels[i]);
        if (lv === 1) likely[m - min] = defined(likely[m - min]) + 1;
        else if (lv === 2) possible[m - min] = defined(possible[m - min]) + 1;
      }
      data = { start: min, likely, possible, undatedLikely, undatedPossible };
    }
    return this.misc.set('timeline', data) as TimelineData;
  }

  /** Memoises an arbitrary derived value (detail lines, row text) under a key. */
  memo<T>(key: string, compute: () => T): T {
    const hit = this.misc.get(key);
    if (hit !== undefined) return hit as T;
    return this.misc.set(key, compute()) as T;
  }
}

const views = new WeakMap<Report, ReportView>();

/** One view per report object: indexing 500k items happens once. */
export function getReportView(report: Report, store?: ItemStore): ReportView {
  let view = views.get(report);
  if (!view || (store && view.store !== store)) {
    view = new ReportView(report, store);
    views.set(report, view);
  }
  return view;
}
