// Warning texts that the full reader and the counter share, so that both say the same about the
// same bytes. Warnings never quote a cell's text (a column may hold anything, even an e-mail
// address where a date belongs): they name the line, the column and what was expected.

import type { CsvFileSpec } from '../catalogue.js';
import type { SkipReason } from './records.js';

/** A record longer than this (bytes) is skipped with a warning instead of exhausting memory. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const SKIP_REASONS: Record<SkipReason, string> = {
  'quote-not-closed': 'a quoted field is not closed before the end of the file',
  oversized: `longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MiB`,
  unreadable: 'not readable as CSV',
};

export function malformedRecord(reason: SkipReason): string {
  return `malformed CSV record skipped (${SKIP_REASONS[reason]}); reading went on at the next line`;
}

export function tooManyFields(headerFields: number): string {
  return `record has more fields than the ${headerFields} of the header; skipped`;
}

export function headerNotRecognised(spec: CsvFileSpec, columns: number): string {
  const expected = spec.signatures[0] ?? [];
  return `header not recognised for ${spec.label}: expected columns such as ${expected.join(', ')} (the first row has ${columns} column${columns === 1 ? '' : 's'})`;
}
