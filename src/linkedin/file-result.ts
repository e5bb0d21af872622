import type { CategoryId, Item, Warning } from '../model/report.js';
import type { TextEncoding } from './text/decode.js';
import type { CsvFileSpec } from './catalogue.js';

/** What reading one entry produced; the report builder merges these. */
export interface FileResult {
  path: string;
  recognized: boolean;
  fileType: string | null;
  fileLabel: string | null;
  category: CategoryId | null;
  matchedBy: 'name' | 'header' | null;
  records: number;
  emptyRecords: number;
  skippedRecords: number;
  /** Records that are LinkedIn's notices, not member data (see ItemDraft.notice). */
  notices: number;
  encoding: TextEncoding | null;
  /** Items made (content categories, or private ones with --all-items) and not yet handed on. */
  items: Item[];
  /** Items already handed to ReadContext.onItems. */
  streamedItems: number;
  /** Dates of records counted without an item (private categories); same length as the count. */
  countedDates: Array<string | null>;
  /** Records counted on the cheap path, without a date (categories the policy never exposes). */
  countedUndated: number;
  warnings: Warning[];
}

export interface ReadContext {
  archive: number;
  /** Copy private records (messages, contacts...) into items. */
  allItems: boolean;
  /**
   * Categories whose records are only counted and never exposed under the policy: their files
   * may take the cheap counting path (no dates, no text).
   */
  countOnly?: ReadonlySet<CategoryId>;
  /** Called now and then while a large file is read, with the records read so far in it. */
  onRecords?: (recordsInFile: number) => void;
  /**
   * When set, large readers hand their items over in batches while reading instead of keeping
   * them all (the report streams them); awaiting it lets the output apply backpressure.
   */
  onItems?: (items: Item[]) => Promise<void>;
  /**
   * Reads a CSV file only if it is of this type (by its name or, under another name, by its
   * header), with this record mapping: how the connections' names are read for the detectors.
   */
  only?: { type: string; toItems: CsvFileSpec['toItems'] };
}

/** Hands the items read so far on (ReadContext.onItems), if the report streams them. */
export async function flushItems(result: FileResult, onItems: ReadContext['onItems']): Promise<void> {
  if (!onItems || result.items.length === 0) return;
  const batch = result.items;
  result.items = [];
  result.streamedItems += batch.length;
  await onItems(batch);
}

/** How often (in records) readers report progress. */
export const PROGRESS_EVERY_RECORDS = 10_000;

/** The header row is searched for in this many first records (Connections has a 3-line preamble). */
export const HEADER_SEARCH_RECORDS = 10;

/**
 * At most this many warnings are listed per file; the others are counted by kind and summarised
 * in one warning per kind (so a file with millions of bad records costs bounded memory).
 */
export const MAX_WARNINGS_PER_FILE = 100;

/**
 * The kinds of warnings the readers give. A warning never quotes a cell's text: it names the
 * file, the line, the column and what was expected.
 */
export type WarningKind = 'file' | 'header' | 'malformed record' | 'too many fields' | 'stray quote' | 'date' | 'other';

export class WarningList {
  readonly list: Warning[] = [];
  private readonly suppressed = new Map<WarningKind, number>();
  constructor(
    private readonly file: string,
    private readonly archive: number,
  ) {}

  /** A problem that concerns the whole file, listed before the others. */
  addFirst(line: number | null, message: string): void {
    this.list.unshift({ file: this.file, line, message, archive: this.archive });
  }

  add(line: number | null, message: string, kind: WarningKind = 'other'): void {
    if (this.list.length < MAX_WARNINGS_PER_FILE) this.list.push({ file: this.file, line, message, archive: this.archive });
    else this.suppressed.set(kind, (this.suppressed.get(kind) ?? 0) + 1);
  }

  finish(): Warning[] {
    for (const [kind, count] of this.suppressed) {
      const one = count === 1;
      const what = `${kind === 'other' ? 'other' : `more "${kind}"`} warning${one ? '' : 's'}`;
      this.list.push({ file: this.file, line: null, message: `${count} ${what} in this file ${one ? 'was' : 'were'} not listed (at most ${MAX_WARNINGS_PER_FILE} per file)`, archive: this.archive });
    }
    this.suppressed.clear();
    return this.list;
  }
}

export function itemId(archive: number, path: string, line: number | null, field?: string): string {
  return `a${archive}:${path}${line === null ? '' : `:${line}`}${field ? `#${field}` : ''}`;
}

/** A result with nothing read yet, attributed to `spec` (the catalogue entry the name points to). */
export function emptyFileResult(path: string, spec: { type: string; label: string; category: CategoryId } | null | undefined): FileResult {
  return {
    path,
    recognized: !!spec,
    fileType: spec?.type ?? null,
    fileLabel: spec?.label ?? null,
    category: spec?.category ?? null,
    matchedBy: spec ? 'name' : null,
    records: 0,
    emptyRecords: 0,
    skippedRecords: 0,
    notices: 0,
    encoding: null,
    items: [],
    streamedItems: 0,
    countedDates: [],
    countedUndated: 0,
    warnings: [],
  };
}
