import type { ArchiveEntry } from '../../archive/entry.js';
import type { CsvFileSpec } from '../catalogue.js';
import { readHead, replay } from '../text/byte-streams.js';
import { countCsvRecords, type CountResult } from './count-records.js';
import { LAYOUT_HEAD_BYTES, sniffCsvLayout } from './layout.js';
import { sniffText } from '../text/decode.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { WarningList, emptyFileResult } from '../file-result.js';
import { crLinesToLf, endsLinesWithCr, lonelyCrToLf } from './line-ends.js';
import { MAX_RECORD_BYTES, malformedRecord, tooManyFields } from './warning-texts.js';

/** Restarts after a record the full reader skips; a file with more is left to the full reader. */
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

/** 1-based line numbers of byte offsets (one more pass over the data; only when there are problems). */
async function linesAt(open: () => AsyncIterable<Buffer>, offsets: number[]): Promise<Map<number, number>> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  let line = 1;
  let base = 0;
  let next = 0;
  for await (const chunk of open()) {
    for (let i = 0; i < chunk.length && next < sorted.length; i++) {
      while (next < sorted.length && sorted[next] === base + i) lines.set(base + i, line), next++;
      if (chunk[i] === 0x0a) line++;
    }
    base += chunk.length;
    if (next >= sorted.length) break;
  }
  for (const offset of sorted.slice(next)) lines.set(offset, line);
  return lines;
}

/**
 * Counts a private file whose records no policy window exposes, without parsing fields.
 * Returns null when the file is not one it counts exactly as the full reader reads it (not
 * UTF-8 text, header not recognised, \" escaping, records that start with a date and so follow
 * the line rules of csv-split.ts): the caller then reads it with the full reader.
 */
export async function countOnlyCsvFile(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult | null> {
  const category = nameSpecs[0]?.category;
  if (!category || !context.countOnly?.has(category) || context.allItems) return null;
  if (nameSpecs.some((s) => s.category !== category)) return null;

  const iterator = entry.open()[Symbol.asyncIterator]();
  try {
    return await countWith(entry, nameSpecs, context, iterator);
  } finally {
    await iterator.return?.();
  }
}

async function countWith(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext, iterator: AsyncIterator<Buffer>): Promise<FileResult | null> {
  const prefix = await readHead(iterator, LAYOUT_HEAD_BYTES);
  const decline = () => null;
  let head: Buffer = Buffer.concat(prefix.chunks);
  const sniffed = sniffText(head);
  if (sniffed.binary || sniffed.encoding !== 'utf-8' || head.length === 0) return decline();
  const crLines = endsLinesWithCr(head);
  if (crLines) head = lonelyCrToLf(head, prefix.done);
  const layout = sniffCsvLayout(head, prefix.done, nameSpecs);
  if (!layout.header || !layout.spec || !layout.headerMatched || layout.backslashEscapes || layout.lineStructure) return decline();

  const open = (): AsyncIterable<Buffer> => (crLines ? crLinesToLf(entry.open()) : entry.open());
  const first: AsyncIterable<Buffer> = replay(prefix.chunks, prefix.done ? null : iterator);
  const headerFields = layout.freeTextLast ? Infinity : layout.header.fields.length;
  let before = 0; // records counted in earlier passes
  const options = {
    delimiter: layout.delimiter.charCodeAt(0),
    headerFields,
    maxRecordBytes: MAX_RECORD_BYTES,
    onRecords: (n: number) => context.onRecords?.(before + n),
  };

  const result = emptyFileResult(entry.path, layout.spec);
  result.encoding = 'utf-8';
  const warnings = new WarningList(entry.path, context.archive);
  const tooMany: number[] = [];
  const skipped: Array<{ at: number; reason: 'quote-not-closed' | 'oversized' }> = [];

  let counted: CountResult = await countCsvRecords(crLines ? crLinesToLf(first) : first, { ...options, skipRecords: layout.header.index + 1 });
  let base = 0;
  for (let pass = 0; ; pass++) {
    if (counted.backslashEscapes || pass > MAX_RESUMES) return null;
    result.records += counted.records;
    before = result.records;
    result.emptyRecords += counted.emptyRecords;
    for (const offset of counted.tooManyFields) tooMany.push(base + offset);
    if (counted.stopped === null) break;
    // Like the full reader: the record is skipped; reading goes on at its second line.
    const badStart = base + counted.stopped.at;
    skipped.push({ at: badStart, reason: counted.stopped.reason });
    let resumeAt = -1;
    let seen = 0;
    for await (const chunk of skipBytes(open(), badStart)) {
      const newline = chunk.indexOf(0x0a);
      if (newline >= 0) {
        resumeAt = badStart + seen + newline + 1;
        break;
      }
      seen += chunk.length;
    }
    if (resumeAt < 0) break;
    base = resumeAt;
    counted = await countCsvRecords(skipBytes(open(), resumeAt), { ...options, skipRecords: 0 });
  }

  result.skippedRecords = tooMany.length + skipped.length;
  result.records += skipped.length;
  result.countedUndated = result.records - result.emptyRecords - result.skippedRecords;
  if (tooMany.length || skipped.length) {
    const lines = await linesAt(open, [...tooMany, ...skipped.map((s) => s.at)]);
    const problems = [
      ...tooMany.map((at) => ({ at, message: tooManyFields(layout.header!.fields.length), kind: 'too many fields' as const })),
      ...skipped.map(({ at, reason }) => ({ at, message: malformedRecord(reason), kind: 'malformed record' as const })),
    ].sort((a, b) => a.at - b.at);
    for (const problem of problems) warnings.add(lines.get(problem.at) ?? null, problem.message, problem.kind);
  }
  result.warnings = warnings.finish();
  return result;
}
