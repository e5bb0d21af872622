// Serialises the list the browser shows (category + filter + search) to CSV or JSON. Pure.
// CSV follows RFC 4180 (CRLF records, quoted fields, doubled quotes) and defuses spreadsheet
// formulas: a cell starting with = + - @ TAB or CR gets a leading apostrophe.

import type { ExposureContext, Item } from '../model/report.js';
import type { ExposureFilter, SortOrder } from './view-model.js';

export type ExportFormat = 'json' | 'csv';

export interface ExportMeta {
  category: string;
  filter: ExposureFilter;
  sort: SortOrder;
  search: string | null;
  /** ISO timestamp of the export. */
  exportedAt: string;
  context?: ExposureContext | null;
  toolVersion?: string;
}

export const CSV_COLUMNS = [
  'id',
  'category',
  'date',
  'exposure',
  'title',
  'text',
  'url',
  'source_file',
  'source_line',
  'source_archive',
  'reasons',
  'sources',
  'details',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-guarded, then quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRecord(item: Item): string {
  const reasons = item.reasons ?? [];
  const sources = [...new Set(reasons.flatMap((r) => r.sources))];
  const cells: Array<string | number | null> = [
    item.id,
    item.category,
    item.date,
    item.exposure ?? '',
    item.title,
    item.text,
    item.url,
    item.source.file,
    item.source.line,
    item.source.archive,
    reasons.map((r) => (r.sources.length > 0 ? `${r.text} [${r.sources.join(', ')}]` : r.text)).join('\n'),
    sources.join(', '),
    item.details && Object.keys(item.details).length > 0 ? JSON.stringify(item.details) : '',
  ];
  return cells.map(csvCell).join(',');
}

export function toCsv(items: Iterable<Item>): string {
  const records: string[] = [CSV_COLUMNS.join(',')];
  for (const item of items) records.push(csvRecord(item));
  return records.join('\r\n') + '\r\n';
}

export function toJson(items: readonly Item[], meta: ExportMeta): string {
  const doc = {
    tool: { name: 'li-exposure', ...(meta.toolVersion ? { version: meta.toolVersion } : {}) },
    exportedAt: meta.exportedAt,
    view: { category: meta.category, filter: meta.filter, sort: meta.sort, search: meta.search },
    ...(meta.context !== undefined ? { context: meta.context } : {}),
    count: items.length,
    items,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function serializeList(items: readonly Item[], format: ExportFormat, meta: ExportMeta): string {
  return format === 'csv' ? toCsv(items) : toJson(items, meta);
}

/** "20260512T101530Z" from a date. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** e.g. li-exposure-posts-likely-20260512T101530Z.csv (with "-search" when a search narrowed it). */
export function exportFileName(meta: Pick<ExportMeta, 'category' | 'filter' | 'search'>, format: ExportFormat, now: Date): string {
  const safe = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'items';
  const search = meta.search ? '-search' : '';
  return `li-exposure-${safe(meta.category)}-${meta.filter}${search}-${fileTimestamp(now)}.${format}`;
}
