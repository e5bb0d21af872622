// CSV records as the readers see them, and csv-parse for the records the fast splitter
// (csv-split.ts) is not sure about (a quote left open at the end of the data).
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
  /** Set when the record is not regular CSV (see RecordIssue). */
  issue?: RecordIssue;
}

export type SkipReason = 'quote-not-closed' | 'oversized' | 'unreadable';

export type RecordIssue =
  /** Not readable: skipped (fields are empty); reading goes on at the record's second line. */
  | { kind: 'skipped'; reason: SkipReason }
  /** A quote opened field `field` but did not close before the next record: read as text. */
  | { kind: 'stray-quote'; field: number };

/** Guesses the delimiter from the first line: 2018 UTF-16 files and ≤2017 files use TABs. */
export function detectDelimiter(firstText: string): ',' | '\t' {
  const newline = firstText.search(/\r|\n/);
  const firstLine = newline < 0 ? firstText : firstText.slice(0, newline);
  const tabs = firstLine.split('\t').length - 1;
  const commas = firstLine.split(',').length - 1;
  return tabs > commas ? '\t' : ',';
}

/** The csv-parse options that the splitter and the counter (count-records.ts) imitate. */
export function csvParseOptions(delimiter: string) {
  return {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n'],
  };
}

export type ParsedRecord = { fields: string[]; bytes: number } | { error: SkipReason };

/** The first record of `bytes` with csv-parse, and how many bytes it takes (its line break included). */
export function parseFirstRecord(bytes: Buffer, delimiter: string): ParsedRecord {
  try {
    const records = parse(bytes, { ...csvParseOptions(delimiter), bom: false, to: 1, info: true }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
    const first = records[0];
    if (!first) return { error: 'unreadable' };
    return { fields: first.record, bytes: first.info.bytes };
  } catch (error) {
    return { error: (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote-not-closed' : 'unreadable' };
  }
}
