import type { ArchiveEntry } from '../archive/entry.js';
import type { Item } from '../report/model.js';
import type { CsvFileSpec } from './catalogue.js';
import { CSV_FILE_SPECS, matchSpec } from './catalogue.js';
import { replay } from './byte-streams.js';
import { countOnlyCsvFile } from './count-csv-file.js';
import { countLineBreaks, detectDelimiter, readCsvRecords, skipLines } from './csv-records.js';
import { IrregularCsvError, splitCsvRecords } from './csv-split.js';
import { isoLike, isMissingDate, parseDateWith } from './dates.js';
import { utf8ByteStream } from './decode.js';
import type { FileResult, ReadContext } from './file-result.js';
import { HEADER_SEARCH_RECORDS, PRIVATE_CATEGORIES, PROGRESS_EVERY_RECORDS, WarningList, emptyFileResult, flushItems, itemId } from './file-result.js';
import type { Header } from './row.js';
import { makeHeader, makeRow } from './row.js';

/** A record longer than this (characters) is skipped with a warning instead of exhausting memory. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Items are handed on (when the report streams them) in batches of about this many. */
const ITEMS_PER_FLUSH = 1000;

/** Restarts after fatal CSV errors, per file. */
const MAX_RESUMES = 50;

/** Header recognition for renamed files needs a signature this specific. */
const MIN_SIGNATURE_FOR_HEADER_MATCH = 2;

/**
 * Reads one CSV entry. `nameSpecs` are the catalogue entries its name points to (empty for an
 * unknown name, in which case the header may still identify it).
 */
export async function readCsvFile(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult> {
  const counted = await countOnlyCsvFile(entry, nameSpecs, context);
  if (counted) return counted;
  return readCsvFileWith(entry, nameSpecs, context);
}

async function readCsvFileWith(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const result = emptyFileResult(entry.path, nameSpecs[0]);

  const decoded = utf8ByteStream(entry.open());
  // Reading again (after a malformed record) decodes the same bytes the same way.
  const reopen = () => utf8ByteStream(entry.open()).chunks;
  const iterator = decoded.chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  result.encoding = decoded.encoding;
  if (first.done) {
    warnings.add(null, 'empty file (0 bytes)');
    result.warnings = warnings.finish();
    return result;
  }
  const delimiter = detectDelimiter(first.value.subarray(0, 64 * 1024).toString('utf8'));
  const backslashEscapes = nameSpecs.some((s) => s.backslashEscapes === true);

  let header: Header | null = null;
  let spec: CsvFileSpec | null = null;
  let unwrapIndexes: number[] = [];
  let preamble: Array<{ fields: string[]; line: number }> = [];
  let listItems = false;

  const adoptHeader = (fields: string[], chosen: CsvFileSpec | null) => {
    header = makeHeader(fields);
    spec = chosen;
    result.header = header.names;
    if (chosen) {
      result.recognized = true;
      result.fileType = chosen.type;
      result.fileLabel = chosen.label;
      result.category = chosen.category;
      unwrapIndexes = (chosen.unwrapPerLineQuotes ?? [])
        .map((name) => header!.index.get(name.toLowerCase()))
        .filter((i): i is number => i !== undefined);
    }
    listItems = chosen !== null && (context.allItems || !PRIVATE_CATEGORIES.has(chosen.category));
  };

  // The fast splitter reads regular CSV; at the first record it declines, csv-parse takes over
  // from that record's line. csv-parse stops at an unterminated quote or an oversized record,
  // swallowing the rest of the file: we then start again on the line after the bad record, so
  // the other records are read.
  let source: AsyncIterable<Buffer> = replay([first.value], iterator);
  let lineOffset = 0;
  let declined = false;
  try {
    for await (const batch of splitCsvRecords(source, { delimiter, backslashEscapes, maxRecordBytes: MAX_RECORD_CHARS })) {
      for (const record of batch) consume(record);
      await flushItems(result, context.onItems);
    }
  } catch (error) {
    if (!(error instanceof IrregularCsvError)) throw error;
    declined = true;
    lineOffset = error.line - 1;
    source = skipLines(reopen(), lineOffset);
  }
  for (let pass = 0; declined; pass++) {
    // With relax options on, csv-parse's remaining errors (an unterminated quote, an oversized
    // record) end the parse; the error may be signalled before the records ahead of it are
    // consumed, so it is handled once the stream is done: the bad record starts right after the
    // last good one.
    let pending: string | null = null;
    let lastEnd = lineOffset; // last physical line of the last good record
    const records = readCsvRecords(source, {
      delimiter,
      backslashEscapes,
      maxRecordChars: MAX_RECORD_CHARS,
      onProblem: (problem) => {
        pending ??= problem.message.replace(/ at line \d+$/, '');
      },
    });
    for await (const raw of records) {
      const record = { fields: raw.fields, line: raw.line + lineOffset };
      lastEnd = record.line + countLineBreaks(record.fields);
      consume(record);
      if (result.items.length >= ITEMS_PER_FLUSH) await flushItems(result, context.onItems);
    }
    if (pending === null) break;
    const badStart = lastEnd + 1;
    result.records++;
    result.skippedRecords++;
    warnings.add(badStart, `malformed CSV record skipped: ${pending}`);
    if (pass >= MAX_RESUMES) {
      warnings.add(badStart, `too many malformed records; the rest of the file after line ${badStart} was not read`);
      break;
    }
    lineOffset = badStart; // skip through the first line of the bad record
    source = skipLines(reopen(), lineOffset);
  }
  if (decoded.fellBackTo) {
    warnings.addFirst(null, `not valid UTF-8; decoded as ${decoded.fellBackTo} (was the file re-saved by a spreadsheet?)`);
    result.encoding = decoded.fellBackTo;
  }

  function consume(record: { fields: string[]; line: number }): void {
    if (!header) {
      const candidate = makeHeader(record.fields);
      const byName = matchSpec(candidate, nameSpecs, 1);
      const byHeader = byName ?? (nameSpecs.length === 0 ? matchSpec(candidate, CSV_FILE_SPECS, MIN_SIGNATURE_FOR_HEADER_MATCH) : null);
      if (byHeader) {
        if (!byName) result.matchedBy = 'header';
        adoptHeader(record.fields, byHeader);
        return;
      }
      preamble.push(record);
      if (preamble.length < HEADER_SEARCH_RECORDS) return;
      // No known header: the first non-blank record is the header, the rest are data.
      const firstReal = preamble.findIndex((r) => r.fields.some((f) => f.trim() !== ''));
      const headerRecord = preamble[Math.max(firstReal, 0)]!;
      adoptHeader(headerRecord.fields, nameSpecs[0] ?? null);
      if (nameSpecs.length > 0) warnings.add(headerRecord.line, `header not recognised for ${nameSpecs[0]!.label}: ${headerRecord.fields.join(', ')}`);
      const rest = preamble.slice(Math.max(firstReal, 0) + 1);
      preamble = [];
      for (const r of rest) processRecord(r.fields, r.line);
      return;
    }
    processRecord(record.fields, record.line);
  }

  if (!header && preamble.length > 0) {
    const firstReal = preamble.findIndex((r) => r.fields.some((f) => f.trim() !== ''));
    if (firstReal >= 0) {
      const headerRecord = preamble[firstReal]!;
      adoptHeader(headerRecord.fields, nameSpecs[0] ?? null);
      if (nameSpecs.length > 0) warnings.add(headerRecord.line, `header not recognised for ${nameSpecs[0]!.label}: ${headerRecord.fields.join(', ')}`);
      for (const r of preamble.slice(firstReal + 1)) processRecord(r.fields, r.line);
    }
  }
  if (!header) warnings.add(null, 'no header row found (the file holds only blank lines)');

  result.warnings = warnings.finish();
  return result;

  function processRecord(fields: string[], line: number): void {
    result.records++;
    if (result.records % PROGRESS_EVERY_RECORDS === 0) context.onRecords?.(result.records);
    const h = header!;
    if (fields.every((f) => f.trim() === '')) {
      result.emptyRecords++;
      return;
    }
    if (fields.length > h.names.length && fields.slice(h.names.length).some((f) => f.trim() !== '')) {
      result.skippedRecords++;
      warnings.add(line, `record has ${fields.length} fields but the header has ${h.names.length}; skipped`);
      return;
    }
    for (const i of unwrapIndexes) {
      const value = fields[i];
      if (value !== undefined && value.includes('\n')) fields[i] = value.replace(/"\r?\n"/g, '\n');
    }
    const row = makeRow(h, fields, line);
    const current = spec as CsvFileSpec | null;
    if (!current) {
      // Unrecognised file: counted (in files[]) but not assigned to a category.
      return;
    }
    const dateRaw = current.dateColumns ? row.get(...current.dateColumns) : '';
    const date = parseRecordDate(dateRaw, current, line);
    if (!listItems) {
      result.countedDates.push(date);
      return;
    }
    const drafts = current.toItems(row);
    if (drafts.length === 1 && drafts[0]!.notice) {
      if (result.notices++ === 0) warnings.add(line, `note: ${drafts[0]!.notice}`);
      return;
    }
    for (const draft of drafts) {
      const draftDate = draft.date === undefined || draft.date === dateRaw ? date : parseRecordDate(draft.date, current, line);
      const item: Item = {
        id: itemId(context.archive, entry.path, line, draft.field),
        category: current.category,
        date: draftDate,
        title: draft.title ?? null,
        text: draft.text,
        url: draft.url || null,
        source: { file: entry.path, line, archive: context.archive },
      };
      if (draft.details) item.details = draft.details;
      result.items.push(item);
    }
  }

  function parseRecordDate(raw: string, current: CsvFileSpec, line: number): string | null {
    if (isMissingDate(raw)) return null;
    const parsed = parseDateWith(current.parseDate ?? isoLike, raw);
    if (parsed === null) warnings.add(line, `date not recognised: "${raw.slice(0, 60)}" (item kept without a date)`);
    return parsed;
  }
}
