import { parse } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import type { ArchiveEntry } from '../archive/entry.js';
import type { CsvFileSpec } from './catalogue.js';
import { matchSpec } from './catalogue.js';
import { countCsvRecords, type CountResult } from './count-records.js';
import { detectDelimiter } from './csv-records.js';
import { sniffEncoding } from './decode.js';
import { readHead, replay } from './byte-streams.js';
import type { FileResult, ReadContext } from './file-result.js';
import { HEADER_SEARCH_RECORDS, WarningList, emptyFileResult } from './file-result.js';
import { makeHeader } from './row.js';

/** Enough bytes to hold the Connections preamble and any header. */
const PREFIX_BYTES = 64 * 1024;
const MAX_RESUMES = 50;

async function* skipBytes(source: AsyncIterable<Buffer>, skip: number): AsyncGenerator<Buffer> {
  let left = skip;
  for await (const chunk of source) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

/** 1-based line numbers of byte offsets (one more pass over the entry; only when there are problems). */
async function linesAt(entry: ArchiveEntry, offsets: number[]): Promise<Map<number, number>> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  let line = 1;
  let base = 0;
  let next = 0;
  for await (const chunk of entry.open()) {
    for (let i = 0; i < chunk.length && next < sorted.length; i++) {
      while (next < sorted.length && sorted[next] === base + i) lines.set(sorted[next++]!, line);
      if (chunk[i] === 0x0a) line++;
    }
    base += chunk.length;
    if (next >= sorted.length) break;
  }
  for (; next < sorted.length; next++) lines.set(sorted[next]!, line);
  return lines;
}

/**
 * Counts a private file whose records no policy window exposes, without parsing fields.
 * Returns null when the file does not qualify (UTF-16, header not found in the first records,
 * backslash escapes): the caller then reads it with the full parser.
 */
export async function countOnlyCsvFile(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult | null> {
  const category = nameSpecs[0]?.category;
  if (!category || !context.countOnly?.has(category) || context.allItems) return null;
  if (nameSpecs.some((s) => s.category !== category || s.backslashEscapes)) return null;

  const iterator = entry.open()[Symbol.asyncIterator]();
  const prefix = await readHead(iterator, PREFIX_BYTES);
  const head = Buffer.concat(prefix.chunks);
  const { encoding } = sniffEncoding(head);
  if (encoding !== 'utf-8') {
    await iterator.return?.();
    return null;
  }
  let text = new TextDecoder('utf-8').decode(head);
  if (!prefix.done) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n'],
      to: HEADER_SEARCH_RECORDS,
      // Only the header matters here; a broken record after it is the counter's business.
      skip_records_with_error: true,
    }) as string[][];
  } catch {
    await iterator.return?.();
    return null;
  }
  let headerIndex = -1;
  let spec: CsvFileSpec | null = null;
  for (let i = 0; i < records.length && i < HEADER_SEARCH_RECORDS; i++) {
    spec = matchSpec(makeHeader(records[i]!), nameSpecs, 1);
    if (spec) {
      headerIndex = i;
      break;
    }
  }
  if (!spec) {
    await iterator.return?.();
    return null;
  }
  const headerFields = records[headerIndex]!.length;
  let before = 0; // records counted in earlier passes
  const options = { delimiter: delimiter.charCodeAt(0), backslashEscapes: false, headerFields, onRecords: (n: number) => context.onRecords?.(before + n) };

  const result = emptyFileResult(entry.path, spec);
  result.encoding = 'utf-8';
  const warnings = new WarningList(entry.path, context.archive);
  const tooMany: number[] = [];
  const unterminated: number[] = [];

  let counted: CountResult = await countCsvRecords(replay(prefix.chunks, prefix.done ? null : iterator), { ...options, skipRecords: headerIndex + 1 });
  let base = 0;
  for (let pass = 0; ; pass++) {
    result.records += counted.records;
    before = result.records;
    result.emptyRecords += counted.emptyRecords;
    for (const offset of counted.tooManyFields) tooMany.push(base + offset);
    if (counted.unterminatedAt === null) break;
    // Like the full parser: the record with the open quote is skipped; reading resumes on the
    // line after its first line.
    const badStart = base + counted.unterminatedAt;
    unterminated.push(badStart);
    if (pass >= MAX_RESUMES) break;
    let resumeAt = -1;
    let seen = 0;
    for await (const chunk of skipBytes(entry.open(), badStart)) {
      const newline = chunk.indexOf(0x0a);
      if (newline >= 0) {
        resumeAt = badStart + seen + newline + 1;
        break;
      }
      seen += chunk.length;
    }
    if (resumeAt < 0) break;
    base = resumeAt;
    counted = await countCsvRecords(skipBytes(entry.open(), resumeAt), { ...options, skipRecords: 0 });
  }

  result.skippedRecords = tooMany.length + unterminated.length;
  result.records += unterminated.length;
  result.countedUndated = result.records - result.emptyRecords - result.skippedRecords;
  if (tooMany.length || unterminated.length) {
    const lines = await linesAt(entry, [...tooMany, ...unterminated]);
    for (const offset of tooMany) warnings.add(lines.get(offset) ?? null, `record has more fields than the header (${headerFields}); skipped`);
    for (const offset of unterminated) warnings.add(lines.get(offset) ?? null, 'malformed CSV record skipped: Quote Not Closed: the data ends inside a quoted field');
    if (unterminated.length > MAX_RESUMES) warnings.add(null, 'too many malformed records; the rest of the file was not read');
  }
  result.warnings = warnings.finish();
  return result;
}
