// The renderers of the report model, by format name: what `scan` writes (text, json) and what
// `list --format` writes (tsv, jsonl, csv). A new format is one entry here.

import type { Item, Report } from '../model/report.js';
import { CSV_HEADER, csvRecord } from './csv.js';
import { ReportJsonWriter } from './json.js';
import { renderListLine } from './list.js';
import { renderScanText, type TextOptions } from './text.js';

/** A renderer of items, one record at a time (lists stream: memory does not grow with them). */
export interface ItemRenderer {
  header: string | null;
  record(item: Item): string;
  /** Record separator (CSV: CRLF, RFC 4180). */
  eol: string;
}

export const LIST_FORMATS = ['tsv', 'jsonl', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const ITEM_RENDERERS: Record<ListFormat, ItemRenderer> = {
  tsv: { header: null, record: (item) => renderListLine(item), eol: '\n' },
  jsonl: { header: null, record: (item) => JSON.stringify(item), eol: '\n' },
  csv: { header: CSV_HEADER, record: csvRecord, eol: '\r\n' },
};

export function isListFormat(name: string): name is ListFormat {
  return (LIST_FORMATS as readonly string[]).includes(name);
}

export function itemRenderer(format: ListFormat): ItemRenderer {
  return ITEM_RENDERERS[format];
}

/** What `scan` writes: the text summary (a pure function of the report) or the streamed JSON. */
export const SCAN_RENDERERS = {
  text: (report: Report, options: TextOptions): string => renderScanText(report, options),
  json: (): ReportJsonWriter => new ReportJsonWriter(),
} as const;
