// The shape of a catalogue entry (how one file of an export is recognised and read) and the
// helpers the area files (content.ts, profile.ts...) build their entries with.
import type { CategoryId } from '../../model/report.js';
import type { DateParser } from '../text/export-dates.js';
import type { Header, Row } from '../csv/row.js';
import { hasColumns, normaliseHeaderName } from '../csv/row.js';

export interface ItemDraft {
  /** Raw date text; parsed with the file's date parser. */
  date?: string;
  title?: string | null;
  text: string;
  url?: string | null;
  details?: Record<string, string>;
  /** Distinguishes several items made from one record (profile fields). */
  field?: string;
  /**
   * Set when the record is LinkedIn's own notice, not member data (a "videos can be downloaded
   * at <settings URL>" row): no item is made and the record is not counted in the category; the
   * reader notes it once per file with this text.
   */
  notice?: string;
}

export interface CsvFileSpec {
  type: string;
  label: string;
  category: CategoryId;
  /** Normalised name keys (see file-key.ts). */
  names: string[];
  /** Header row detection: the row must contain every column of one of these sets. */
  signatures: string[][];
  dateColumns?: string[];
  parseDate?: DateParser;
  /**
   * Columns of free text (search queries, messages): when the header's last column is one of
   * them, a record with more fields than the header holds unquoted delimiters in that text, and
   * the extra fields are joined back into it.
   */
  freeTextLast?: string[];
  /** Multi-line ShareCommentary values are wrapped per line in quotes (see docs/export-format.md, "Quotes"). */
  unwrapPerLineQuotes?: string[];
  toItems(row: Row): ItemDraft[];
}

export const one = (draft: ItemDraft | null): ItemDraft[] => (draft ? [draft] : []);

/**
 * 2018 Videos.csv and 2022-2024 Rich Media.csv can hold only LinkedIn's notice that the media
 * "can be downloaded at" a settings page: no date, no member text. Not the member's content.
 */
export const DOWNLOAD_NOTICE =
  "LinkedIn's notice that your videos or documents can be downloaded from your settings, not content of yours: not counted";

export function isDownloadNotice(label: string, link: string): boolean {
  if (!/\bcan be downloaded\b/i.test(label)) return false;
  try {
    const u = new URL(link);
    return u.protocol === 'https:' && /(^|\.)linkedin\.com$/i.test(u.hostname);
  } catch {
    return false;
  }
}

/** "Header: value; Header: value" for records that have no obvious text column. */
export function describeRow(row: Row): string {
  return row
    .entries()
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

export function details(row: Row, columns: string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  // Spellings of one column (SharedUrl / SharedURL) resolve to the same cell: one detail each.
  const seen = new Set<string>();
  for (const column of columns) {
    const norm = normaliseHeaderName(column);
    if (seen.has(norm)) continue;
    seen.add(norm);
    const value = row.get(column);
    if (value) out[column] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

export function joinNonEmpty(parts: Array<string | null | undefined>, separator = ' · '): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(separator);
}

export function personName(row: Row, first: string, last: string): string {
  return joinNonEmpty([row.get(first), row.get(last)], ' ');
}

/** A generic spec: text from the given columns, everything else as a description. */
export function section(
  base: Omit<CsvFileSpec, 'toItems'>,
  build: (row: Row) => { title?: string; text?: string; url?: string; details?: string[]; date?: string; notice?: string },
): CsvFileSpec {
  return {
    ...base,
    toItems(row) {
      const built = build(row);
      const text = built.text && built.text.trim() !== '' ? built.text : describeRow(row);
      return one({
        date: built.date ?? (base.dateColumns ? row.get(...base.dateColumns) : undefined),
        title: built.title || null,
        text,
        url: built.url || null,
        details: built.details ? details(row, built.details) : undefined,
        ...(built.notice ? { notice: built.notice } : {}),
      });
    },
  };
}
