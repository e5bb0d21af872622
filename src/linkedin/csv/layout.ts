// What a CSV file looks like, read from its first bytes: the delimiter, how quotes are escaped,
// where the header is and which catalogue entry it matches, and whether its records start with
// a date. The full reader and the counter both start from it, so they read a file the same way.

import type { CsvFileSpec } from '../catalogue.js';
import { CSV_FILE_SPECS, matchSpec } from '../catalogue.js';
import type { CsvRecord } from './records.js';
import { detectDelimiter } from './records.js';
import { CsvSplitter, startsRecord, type LineStructure } from './split.js';
import { dateFormatOf } from '../text/export-dates.js';
import { HEADER_SEARCH_RECORDS } from '../file-result.js';
import { findsBackslashEscapes } from './quote-escapes.js';
import { makeHeader, normaliseHeaderName } from './row.js';
import { defined } from '../../model/defined.js';

/** Bytes of a file read before its records: its escaping is decided from them. */
export const LAYOUT_HEAD_BYTES = 1024 * 1024;

/** The header and the first records are looked for in this many first bytes. */
const HEADER_BYTES = 64 * 1024;

/** Header recognition for renamed files needs a signature this specific. */
const MIN_SIGNATURE_FOR_HEADER_MATCH = 2;

export interface CsvLayout {
  delimiter: ',' | '\t';
  /** \" escapes quotes (else "", until a record shows \"). */
  backslashEscapes: boolean;
  /** The header record; null when the first records are all blank. */
  header: { line: number; index: number; fields: string[] } | null;
  spec: CsvFileSpec | null;
  matchedBy: 'name' | 'header' | null;
  /** The header has the columns of one of the spec's signatures (else the first non-blank record stands in). */
  headerMatched: boolean;
  /** The header's last column is free text that may hold unquoted delimiters (the spec's freeTextLast). */
  freeTextLast: boolean;
  /** Records start with a date (the date column comes first), in the format of the first dated record. */
  lineStructure: LineStructure | null;
}

/**
 * Reads the layout from `head` (UTF-8, line ends already LF; `final`: the whole file).
 * `nameSpecs` are the catalogue entries the file name points to; without any, the header alone
 * may identify the file.
 */
export function sniffCsvLayout(head: Buffer, final: boolean, nameSpecs: CsvFileSpec[]): CsvLayout {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const delimiter = detectDelimiter(head.subarray(start, Math.min(head.length, HEADER_BYTES)).toString('utf8'));
  const backslashEscapes = findsBackslashEscapes(head, delimiter.charCodeAt(0));
  const records = firstRecords(head, final, delimiter, backslashEscapes);

  const layout: CsvLayout = { delimiter, backslashEscapes, header: null, spec: null, matchedBy: null, headerMatched: false, freeTextLast: false, lineStructure: null };
  const searched = records.slice(0, HEADER_SEARCH_RECORDS);
  let index = searched.findIndex((record) => {
    const candidate = makeHeader(record.fields);
    const byName = matchSpec(candidate, nameSpecs, 1);
    const spec = byName ?? (nameSpecs.length === 0 ? matchSpec(candidate, CSV_FILE_SPECS, MIN_SIGNATURE_FOR_HEADER_MATCH) : null);
    if (!spec) return false;
    layout.spec = spec;
    layout.matchedBy = byName ? 'name' : 'header';
    layout.headerMatched = true;
    return true;
  });
  if (index < 0) {
    // No known header: the first non-blank record is the header.
    index = searched.findIndex((record) => !record.issue && record.fields.some((f) => f.trim() !== ''));
    if (index < 0) return layout;
    layout.spec = nameSpecs[0] ?? null;
    layout.matchedBy = layout.spec ? 'name' : null;
  }
  const header = defined(records[index]);
  layout.header = { line: header.line, index, fields: header.fields };
  const spec = layout.spec;
  if (!spec || !layout.headerMatched) return layout;

  const names = makeHeader(header.fields).names;
  const last = normaliseHeaderName(names.at(-1) ?? '');
  layout.freeTextLast = (spec.freeTextLast ?? []).some((name) => normaliseHeaderName(name) === last);
  const first = normaliseHeaderName(names[0] ?? '');
  if (spec.parseDate && names.length >= 2 && (spec.dateColumns ?? []).some((name) => normaliseHeaderName(name) === first)) {
    // The file's date format is the one the first dated record (of the first few) is written in.
    const parseDate = spec.parseDate;
    for (const record of records.slice(index + 1)) {
      const format = !record.issue && record.fields.length >= 2 ? dateFormatOf(parseDate, defined(record.fields[0])) : null;
      if (!format) continue;
      const structure: LineStructure = { startsRecord: (text) => format(text) !== null, fromLine: header.line + 1 };
      if (startsRecord(structure, record.fields)) {
        layout.lineStructure = structure;
      }
      break;
    }
  }
  return layout;
}

/** The records that start in the first HEADER_BYTES of `head` (plain splitting: no line structure). */
function firstRecords(head: Buffer, final: boolean, delimiter: ',' | '\t', backslashEscapes: boolean): CsvRecord[] {
  let bytes = head.subarray(0, Math.min(head.length, HEADER_BYTES));
  const whole = final && bytes.length === head.length;
  if (!whole) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
  const splitter = new CsvSplitter({ delimiter, escapes: backslashEscapes ? 'backslash' : 'auto', maxRecordBytes: HEADER_BYTES });
  const records: CsvRecord[] = [];
  splitter.push(bytes, records);
  splitter.finish(records);
  return records.slice(0, HEADER_SEARCH_RECORDS + 10);
}
