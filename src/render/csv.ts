// The one CSV writer (list --format csv and the browser's export). RFC 4180: CRLF records,
// quoted fields, doubled quotes; spreadsheet formulas are defused: a cell starting with
// = + - @ TAB or CR gets a leading apostrophe.

import type { Item } from '../model/report.js';
import { findingKindsOf } from './finding-labels.js';

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
  'findings',
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

export const CSV_HEADER = CSV_COLUMNS.join(',');

/** One item as a CSV record (without the line end). */
export function csvRecord(item: Item): string {
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
    findingKindsOf(item),
  ];
  return cells.map(csvCell).join(',');
}

export function toCsv(items: Iterable<Item>): string {
  const records: string[] = [CSV_HEADER];
  for (const item of items) records.push(csvRecord(item));
  return records.join('\r\n') + '\r\n';
}
