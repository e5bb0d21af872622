// The browser's items, held compactly: what every key press needs (category, verdict, date,
// findings) in typed arrays, one entry per item; the texts and everything else deflated in
// small blocks of consecutive items (deflated-blocks.ts) and decoded on demand: the rows on
// screen, an item's detail, a search, an export. A report's Item objects take several times
// the export's size in memory; the store takes a fraction of it, and leaves the garbage
// collector almost no objects to visit.
//
// A block's first part is the titles and texts (one after the other; their UTF-16 lengths are
// per-item columns), which rows and searches read; its second part is the rest of each item, a
// JSON line each, which only the detail view and exports read. The JSON keeps the item's keys in
// their order, with 0 standing for a title or text held in the first part and a number for the
// verdict's reasons, which the classifier shares between many items and are kept once here.

import type { CategoryId, Item, Reason, SourceRef } from '../model/report.js';
import { withRoom, type Column } from '../model/typed-arrays.js';
import { defined } from '../model/defined.js';
import { DeflatedBlocks } from './deflated-blocks.js';

/** Month index from an ISO date string, -1 when it does not start with YYYY-MM. */
export function monthIndexOf(date: string | null | undefined): number {
  if (!date || date.length < 7 || date[4] !== '-') return -1;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return -1;
  return y * 12 + (m - 1);
}

/** days[]: the date is null. */
export const DAY_NULL = -2;
/** days[]: a date that does not start with YYYY-MM-DD. */
export const DAY_OTHER = -1;

/** Title length column: the title is null. */
const NULL_TITLE = -1;
/** Title and text length columns: the value is kept in the JSON line (not a well-formed string). */
const IN_JSON = -2;

/** A block is closed when its texts or its JSON lines reach these many UTF-16 units. */
const TEXT_BLOCK = 12 * 1024;
const JSON_BLOCK = 24 * 1024;
/** Decoded blocks kept: more text blocks than rows on a screen, a few JSON blocks for details. */
const TEXT_CACHE = 160;
const JSON_CACHE = 8;

// String.prototype.isWellFormed (ES2024, in every Node from 20 on; not yet in TypeScript's ES2023 lib).
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A string that survives UTF-8 unchanged (a lone surrogate would not). */
function storable(value: unknown): value is string {
  return typeof value === 'string' && wellFormed(value);
}

function dayCode(date: string | null | undefined): number {
  if (date === null) return DAY_NULL;
  const m = date ? DAY.exec(date) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : DAY_OTHER;
}

/** "2024-03-05" back from a day code (the digits as the date had them). */
export function dayText(code: number): string {
  const y = Math.floor(code / 10000);
  const m = Math.floor(code / 100) % 100;
  const d = code % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}


/** The column's entries in the order of `order` (new position -> old position). */
function permuted<T extends Column>(column: T, order: Int32Array): T {
  const out = new (column.constructor as new (n: number) => T)(order.length);
  for (let k = 0; k < order.length; k++) out[k] = defined(column[defined(order[k])]);
  return out;
}

/** Least recently used first (a Map keeps insertion order). */
function cached<V>(cache: Map<number, V>, key: number, capacity: number, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > capacity) cache.delete(defined(cache.keys().next().value));
  return value;
}

interface TextBlock {
  text: string;
  /** Per item of the block: where its title starts in `text` (its text follows the title). */
  starts: Int32Array;
}

type FileOrder = (a: Pick<SourceRef, 'archive' | 'file'>, b: Pick<SourceRef, 'archive' | 'file'>) => number;

export interface ItemStoreOptions {
  /**
   * Items arrive in reading order, but are numbered in this order of their files (report order,
   * model/report-order.ts); the items of one file keep the order they came in.
   */
  fileOrder?: FileOrder;
}

export class ItemStore {
  private n = 0;
  private finished = false;
  private readonly blocks: DeflatedBlocks;
  private readonly fileOrder: FileOrder | null;

  // Per item, by item number (report order once finished).
  private cat = new Uint16Array(0);
  private level = new Uint8Array(0);
  private time = new Float64Array(0);
  private month = new Int32Array(0);
  private day = new Int32Array(0);
  private findings = new Uint32Array(0);
  // Per item, in the order items came in (their place in the blocks).
  private titleLen = new Int32Array(0);
  private textLen = new Int32Array(0);
  private fileOf = new Int32Array(0);
  /** Item number -> place in the blocks, and back; null while they are the same. */
  private place: Int32Array | null = null;
  private number: Int32Array | null = null;

  private readonly categoryIds: CategoryId[] = [];
  private readonly categoryCode = new Map<CategoryId, number>();
  private readonly reasonSets: Reason[][] = [];
  private readonly reasonByKey = new Map<string, number>();
  private readonly reasonBySet = new WeakMap<object, number>();
  private readonly files: Array<Pick<SourceRef, 'archive' | 'file'>> = [];
  private readonly fileByKey = new Map<string, number>();

  /** The place of the first item of each block. */
  private readonly blockStart: number[] = [];
  private openTexts: string[] = [];
  private openTextUnits = 0;
  private openJson: string[] = [];
  private openJsonUnits = 0;

  private readonly textCache = new Map<number, TextBlock>();
  private readonly jsonCache = new Map<number, string[]>();

  constructor(options: ItemStoreOptions = {}) {
    this.blocks = new DeflatedBlocks();
    this.fileOrder = options.fileOrder ?? null;
  }

  /** A finished store of these items, numbered in the order given. */
  static of(items: readonly Item[]): ItemStore {
    const store = new ItemStore();
    store.add(items);
    return store.finish();
  }

  get length(): number {
    return this.n;
  }

  /** Appends items (a sink's items(): they are deflated a block at a time as they come). */
  add(items: readonly Item[]): void {
    if (this.finished) throw new Error('internal error: items added to a finished store');
    for (const item of items) this.push(item);
  }

  /** Numbers the items (in their files' order); the store is then read-only. */
  finish(): this {
    if (!this.finished) {
      this.seal();
      this.close();
    }
    return this;
  }

  private push(item: Item): void {
    const i = this.n;
    this.n = i + 1;
    this.cat = withRoom(this.cat, i);
    this.level = withRoom(this.level, i);
    this.time = withRoom(this.time, i);
    this.month = withRoom(this.month, i);
    this.day = withRoom(this.day, i);
    this.findings = withRoom(this.findings, i);
    this.titleLen = withRoom(this.titleLen, i);
    this.textLen = withRoom(this.textLen, i);

    let code = this.categoryCode.get(item.category);
    if (code === undefined) {
      code = this.categoryIds.length;
      if (code > 0xffff) throw new Error('internal error: too many categories');
      this.categoryIds.push(item.category);
      this.categoryCode.set(item.category, code);
    }
    this.cat[i] = code;
    const exposure = item.exposure;
    this.level[i] = exposure === 'likely' ? 1 : exposure === 'possible' ? 2 : exposure === 'unlikely' ? 3 : 0;
    const date = item.date;
    const time = date ? Date.parse(date) : Number.NaN;
    this.time[i] = time;
    this.month[i] = Number.isNaN(time) ? -1 : monthIndexOf(date);
    this.day[i] = dayCode(date);
    this.findings[i] = item.findings?.length ?? 0;
    if (this.fileOrder) {
      this.fileOf = withRoom(this.fileOf, i);
      this.fileOf[i] = this.fileNumber(item.source);
    }

    if (this.openJson.length === 0) this.blockStart.push(i);
    const rest: Record<string, unknown> = { ...item };
    const title = item.title as unknown;
    if (title === null) this.titleLen[i] = NULL_TITLE;
    else if (storable(title)) {
      this.titleLen[i] = title.length;
      this.openTexts.push(title);
      this.openTextUnits += title.length;
      rest['title'] = 0;
    } else this.titleLen[i] = IN_JSON;
    const text = item.text as unknown;
    if (storable(text)) {
      this.textLen[i] = text.length;
      this.openTexts.push(text);
      this.openTextUnits += text.length;
      rest['text'] = 0;
    } else this.textLen[i] = IN_JSON;
    if (Array.isArray(item.reasons)) rest['reasons'] = this.reasonNumber(item.reasons);
    const json = JSON.stringify(rest);
    this.openJson.push(json);
    this.openJsonUnits += json.length;
    if (this.openTextUnits >= TEXT_BLOCK || this.openJsonUnits >= JSON_BLOCK) this.seal();
  }

  private reasonNumber(reasons: Reason[]): number {
    const known = this.reasonBySet.get(reasons);
    if (known !== undefined) return known;
    const key = JSON.stringify(reasons);
    let number = this.reasonByKey.get(key);
    if (number === undefined) {
      number = this.reasonSets.length;
      this.reasonSets.push(reasons);
      this.reasonByKey.set(key, number);
    }
    this.reasonBySet.set(reasons, number);
    return number;
  }

  private fileNumber(source: SourceRef | undefined): number {
    const ref = { archive: source?.archive ?? 0, file: source?.file ?? '' };
    const key = `${ref.archive}\u0000${ref.file}`;
    let number = this.fileByKey.get(key);
    if (number === undefined) {
      number = this.files.length;
      this.files.push(ref);
      this.fileByKey.set(key, number);
    }
    return number;
  }

  /** Closes the block being filled. */
  private seal(): void {
    if (this.openJson.length === 0) return;
    this.blocks.append(this.openTexts.join(''), this.openJson.join('\n'));
    this.openTexts = [];
    this.openJson = [];
    this.openTextUnits = 0;
    this.openJsonUnits = 0;
  }

  /** Trims the columns and puts the items in their files' order. */
  private close(): void {
    this.finished = true;
    const n = this.n;
    const trim = <T extends Column>(c: T): T => (c.length === n ? c : (c.slice(0, n) as T));
    this.titleLen = trim(this.titleLen);
    this.textLen = trim(this.textLen);
    const order = this.fileOrder && this.files.length > 1 ? this.numbering() : null;
    const numbered = <T extends Column>(c: T): T => (order ? permuted(c, order) : trim(c));
    this.cat = numbered(this.cat);
    this.level = numbered(this.level);
    this.time = numbered(this.time);
    this.month = numbered(this.month);
    this.day = numbered(this.day);
    this.findings = numbered(this.findings);
    this.fileOf = new Int32Array(0);
    if (order) {
      this.place = order;
      this.number = new Int32Array(n);
      for (let k = 0; k < n; k++) this.number[defined(order[k])] = k;
    }
  }

  /** Item number -> place: by file order, then arrival (a counting sort, stable); null when unchanged. */
  private numbering(): Int32Array | null {
    const order = defined(this.fileOrder ?? undefined);
    const byFile = this.files.map((_, f) => f).sort((a, b) => order(defined(this.files[a]), defined(this.files[b])) || a - b);
    const rank = new Int32Array(this.files.length);
    byFile.forEach((f, r) => (rank[f] = r));
    const starts = new Int32Array(this.files.length + 1);
    for (let i = 0; i < this.n; i++) {
      const r = defined(rank[defined(this.fileOf[i])]) + 1;
      starts[r] = defined(starts[r]) + 1;
    }
    for (let r = 0; r < this.files.length; r++) starts[r + 1] = defined(starts[r + 1]) + defined(starts[r]);
    const out = new Int32Array(this.n);
    let unchanged = true;
    for (let i = 0; i < this.n; i++) {
      const r = defined(rank[defined(this.fileOf[i])]);
      const k = defined(starts[r]);
      starts[r] = k + 1;
      out[k] = i;
      if (k !== i) unchanged = false;
    }
    return unchanged ? null : out;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading (once finished). Items are known by their number (0 .. length - 1).

  /** Reading needs a finished store (the columns trimmed, the items numbered). */
  private read<T>(value: T): T {
    if (!this.finished) throw new Error('internal error: a store read before finish()');
    return value;
  }

  /** Per item: 1 likely, 2 possible, 3 unlikely, 0 not assessed. */
  get levels(): Uint8Array {
    return this.read(this.level);
  }

  /** Per item: epoch ms, NaN when undated. */
  get times(): Float64Array {
    return this.read(this.time);
  }

  /** Per item: year * 12 + month - 1, -1 when undated. */
  get months(): Int32Array {
    return this.read(this.month);
  }

  /** Per item: how many findings the detectors made in it. */
  get findingCounts(): Uint32Array {
    return this.read(this.findings);
  }

  /** Per item: the date's YYYYMMDD as a number, DAY_NULL (no date) or DAY_OTHER. */
  get days(): Int32Array {
    return this.read(this.day);
  }

  /** The categories in order of first appearance; categoryCodes holds each item's position in it. */
  get categoryList(): readonly CategoryId[] {
    return this.categoryIds;
  }

  get categoryCodes(): Uint16Array {
    return this.read(this.cat);
  }

  category(index: number): CategoryId {
    return defined(this.categoryIds[defined(this.cat[index])]);
  }

  private placeOf(index: number): number {
    return this.place ? defined(this.place[index]) : index;
  }

  private blockOf(place: number): number {
    const starts = this.blockStart;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (defined(starts[mid]) <= place) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private blockEnd(block: number): number {
    return this.blockStart[block + 1] ?? this.n;
  }

  private textBlock(block: number, once = false): TextBlock {
    // A pass over every block (a search, an export) would only flush the cache.
    if (once) return this.textCache.get(block) ?? this.decodeText(block);
    return cached(this.textCache, block, TEXT_CACHE, () => this.decodeText(block));
  }

  private decodeText(block: number): TextBlock {
    const text = this.blocks.read(block, 0);
    const first = defined(this.blockStart[block]);
    const end = this.blockEnd(block);
    const starts = new Int32Array(end - first);
    let at = 0;
    for (let p = first; p < end; p++) {
      starts[p - first] = at;
      at += Math.max(0, defined(this.titleLen[p])) + Math.max(0, defined(this.textLen[p]));
    }
    return { text, starts };
  }

  private jsonLine(block: number, place: number): string {
    const lines = cached(this.jsonCache, block, JSON_CACHE, () => this.blocks.read(block, 1).split('\n'));
    return defined(lines[place - defined(this.blockStart[block])]);
  }

  private textsAt(b: TextBlock, block: number, place: number): { title: string | null; text: string } {
    const titleLen = defined(this.titleLen[place]);
    const textLen = defined(this.textLen[place]);
    const at = defined(b.starts[place - defined(this.blockStart[block])]);
    const kept = titleLen === IN_JSON || textLen === IN_JSON ? (JSON.parse(this.jsonLine(block, place)) as Partial<Item>) : null;
    const title = titleLen >= 0 ? b.text.slice(at, at + titleLen) : titleLen === NULL_TITLE ? null : (kept?.title as string | null);
    const from = at + Math.max(0, titleLen);
    const text = textLen >= 0 ? b.text.slice(from, from + textLen) : (kept?.text as string);
    return { title, text };
  }

  /** The title and the text of an item (the title null when it has none). */
  textsOf(index: number): { title: string | null; text: string } {
    const place = this.placeOf(index);
    const block = this.blockOf(place);
    return this.textsAt(this.textBlock(block), block, place);
  }

  /** Calls `visit` with every item's title and text, a block at a time (so not in number order). */
  forEachText(visit: (index: number, title: string | null, text: string) => void): void {
    const number = this.number;
    for (let block = 0; block < this.blocks.count; block++) {
      const b = this.textBlock(block, true);
      for (let p = defined(this.blockStart[block]), end = this.blockEnd(block); p < end; p++) {
        const { title, text } = this.textsAt(b, block, p);
        visit(number ? defined(number[p]) : p, title, text);
      }
    }
  }

  /**
   * The browser's search: per item (by number), 1 when its text or its title, lower-cased,
   * contains `q` (lower-case). A block is lower-cased as a whole and searched with indexOf; that
   * finds exactly what lower-casing each title and text on its own finds, unless lower-casing
   * changes the block's length (İ) or the query holds a sigma (Σ lower-cases by what follows it):
   * such a block is searched item by item.
   */
  search(q: string): Uint8Array {
    const mask = new Uint8Array(this.n);
    const number = this.number;
    const mark = (p: number): void => {
      mask[number ? defined(number[p]) : p] = 1;
    };
    const wholeBlocks = q !== '' && !/[σς]/.test(q);
    for (let block = 0; block < this.blocks.count; block++) {
      const b = this.textBlock(block, true);
      const first = defined(this.blockStart[block]);
      const end = this.blockEnd(block);
      const lower = wholeBlocks ? b.text.toLowerCase() : null;
      for (let p = first; p < end; p++) {
        // Item by item, or only those whose title or text is kept in its JSON line.
        if (lower !== null && lower.length === b.text.length && this.titleLen[p] !== IN_JSON && this.textLen[p] !== IN_JSON) continue;
        const { title, text } = this.textsAt(b, block, p);
        if ((text ?? '').toLowerCase().includes(q) || (title !== null && title !== undefined && title.toLowerCase().includes(q))) mark(p);
      }
      if (lower === null || lower.length !== b.text.length) continue;
      let p = first;
      for (let k = lower.indexOf(q); k >= 0; ) {
        // The item whose title or text holds position k (an empty item starts where the next does).
        while (p + 1 < end && defined(b.starts[p + 1 - first]) <= k) p++;
        const titleEnd = defined(b.starts[p - first]) + Math.max(0, defined(this.titleLen[p]));
        const textEnd = titleEnd + Math.max(0, defined(this.textLen[p]));
        if (k + q.length <= (k < titleEnd ? titleEnd : textEnd)) {
          mark(p);
          k = lower.indexOf(q, textEnd);
        } else k = lower.indexOf(q, k + 1);
      }
    }
    return mask;
  }

  /** The item as it was added. */
  item(index: number): Item {
    const place = this.placeOf(index);
    const block = this.blockOf(place);
    return this.rebuild(this.textBlock(block), block, place);
  }

  /** Several items, in the order asked; each block is decoded once. */
  items(indices: ArrayLike<number>): Item[] {
    const places = Int32Array.from({ length: indices.length }, (_, k) => this.placeOf(defined(indices[k])));
    const order = Int32Array.from({ length: places.length }, (_, k) => k).sort((a, b) => defined(places[a]) - defined(places[b]));
    const out = new Array<Item>(places.length);
    let block = -1;
    let b: TextBlock | null = null;
    for (const k of order) {
      const place = defined(places[k]);
      if (b === null || place >= this.blockEnd(block)) {
        block = this.blockOf(place);
        b = this.textBlock(block, true);
      }
      out[k] = this.rebuild(b, block, place);
    }
    return out;
  }

  private rebuild(b: TextBlock, block: number, place: number): Item {
    const item = JSON.parse(this.jsonLine(block, place)) as Record<string, unknown>;
    const { title, text } = this.textsAt(b, block, place);
    if (defined(this.titleLen[place]) >= 0) item['title'] = title;
    if (defined(this.textLen[place]) >= 0) item['text'] = text;
    const reasons = item['reasons'];
    if (typeof reasons === 'number') item['reasons'] = defined(this.reasonSets[reasons]);
    return item as unknown as Item;
  }

  /** Bytes held by the columns and the deflated blocks (the benchmark prints it). */
  get bytes(): number {
    const columns = [this.cat, this.level, this.time, this.month, this.day, this.findings, this.titleLen, this.textLen, this.place, this.number];
    return columns.reduce((sum, c) => sum + (c?.byteLength ?? 0), 0) + this.blocks.bytes;
  }
}
