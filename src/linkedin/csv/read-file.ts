import { category } from '../../model/categories.js';
import type { ArchiveEntry } from '../../archive/entry.js';
import type { Item } from '../../model/report.js';
import type { CsvFileSpec } from '../catalogue.js';
import { readHead, replay } from '../text/byte-streams.js';
import { ContinuationJoiner } from './continuation-lines.js';
import { countOnlyCsvFile } from './count-file.js';
import { LAYOUT_HEAD_BYTES, sniffCsvLayout } from './layout.js';
import type { CsvRecord } from './records.js';
import { splitCsvRecords } from './split.js';
import { EARLIEST_PLAUSIBLE_YEAR, dateExample, isoLike, isMissingDate, isPlausibleDate, parseDateWith } from '../text/export-dates.js';
import { utf8ByteStream } from '../text/decode.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { PROGRESS_EVERY_RECORDS, WarningList, emptyFileResult, flushItems, itemId } from '../file-result.js';
import { crLinesToLf, endsLinesWithCr, lonelyCrToLf } from './line-ends.js';
import { makeHeader, makeRow } from './row.js';
import { MAX_RECORD_BYTES, headerNotRecognised, malformedRecord, tooManyFields } from './warning-texts.js';

/** Items are handed on (when the report streams them) in batches of about this many. */
const ITEMS_PER_FLUSH = 1000;

/**
 * Reads one CSV entry. `nameSpecs` are the catalogue entries its name points to (empty for an
 * unknown name, in which case the header may still identify it).
 */
export async function readCsvFile(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult> {
  const counted = await countOnlyCsvFile(entry, nameSpecs, context);
  if (counted) return counted;
  return readCsvFileWith(entry, nameSpecs, context);
}

/** The file's spec with the record mapping of ReadContext.only, or null when the file is of another type. */
function onlyOfType(spec: CsvFileSpec | null, only: NonNullable<ReadContext['only']>): CsvFileSpec | null {
  // Its dates are not wanted (and the scan's own reading of the file warns about bad ones).
  return spec && spec.type === only.type ? { ...spec, dateColumns: [], toItems: only.toItems } : null;
}

async function readCsvFileWith(entry: ArchiveEntry, nameSpecs: CsvFileSpec[], context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const result = emptyFileResult(entry.path, nameSpecs[0]);
  // A file that is not recognised gets one warning, from the report ("unrecognised file"):
  // problems inside it are not listed.
  const done = (): FileResult => {
    result.warnings = result.recognized ? warnings.finish() : [];
    return result;
  };

  const decoded = utf8ByteStream(entry.open());
  const iterator = decoded.chunks[Symbol.asyncIterator]();
  const head = await readHead(iterator, LAYOUT_HEAD_BYTES);
  result.encoding = decoded.encoding;
  if (decoded.binary) {
    warnings.add(null, 'not a text file (binary data, such as a ZIP archive or an image, under a CSV name); not read', 'file');
    return done();
  }
  if (head.length === 0) {
    warnings.add(null, 'empty file (0 bytes)', 'file');
    return done();
  }
  let headBytes: Buffer = Buffer.concat(head.chunks);
  let source: AsyncIterable<Buffer> = replay(head.chunks, head.done ? null : iterator);
  if (endsLinesWithCr(headBytes)) {
    headBytes = lonelyCrToLf(headBytes, head.done);
    source = crLinesToLf(source);
  }
  const layout = sniffCsvLayout(headBytes, head.done, nameSpecs);
  if (!layout.header) {
    await iterator.return?.(undefined);
    warnings.add(null, 'no header row found (the file holds only blank lines)', 'header');
    return done();
  }

  const spec = context.only ? onlyOfType(layout.spec, context.only) : layout.spec;
  if (context.only && !spec) {
    await iterator.return?.(undefined);
    return done();
  }
  const header = makeHeader(layout.header.fields);
  const headerLine = layout.header.line;
  const width = header.names.length;
  result.matchedBy = layout.matchedBy;
  if (spec) {
    result.recognized = true;
    result.fileType = spec.type;
    result.fileLabel = spec.label;
    result.category = spec.category;
    if (!layout.headerMatched) warnings.add(headerLine, headerNotRecognised(spec, width), 'header');
  }
  // Column names are named in warnings only when the header is a known one (else: by position).
  const column = (i: number) => (layout.headerMatched && header.names[i] ? header.names[i] : String(i + 1));
  const unwrapIndexes = (spec?.unwrapPerLineQuotes ?? []).map((name) => header.index.get(name.toLowerCase())).filter((i): i is number => i !== undefined);
  const listItems = spec !== null && (context.allItems || !category(spec.category).private);

  const structure = layout.lineStructure;
  const joiner = structure ? new ContinuationJoiner(structure, width, processRecord) : null;
  const records = splitCsvRecords(source, {
    delimiter: layout.delimiter,
    escapes: layout.backslashEscapes ? 'backslash' : 'auto',
    maxRecordBytes: MAX_RECORD_BYTES,
    lineStructure: structure,
  });
  for await (const batch of records) {
    for (const record of batch) {
      if (record.line <= headerLine) continue; // the preamble (Connections' notes) and the header
      if (joiner) joiner.push(record);
      else processRecord(record);
      if (result.items.length >= ITEMS_PER_FLUSH) await flushItems(result, context.onItems);
    }
    await flushItems(result, context.onItems);
  }
  joiner?.finish();
  if (decoded.fellBackTo) {
    warnings.addFirst(null, `not valid UTF-8; decoded as ${decoded.fellBackTo} (was the file re-saved by a spreadsheet?)`);
    result.encoding = decoded.fellBackTo;
  }
  return done();

  function processRecord(record: CsvRecord): void {
    const { line } = record;
    result.records++;
    if (result.records % PROGRESS_EVERY_RECORDS === 0) context.onRecords?.(result.records);
    if (record.issue?.kind === 'skipped') {
      result.skippedRecords++;
      warnings.add(line, malformedRecord(record.issue.reason), 'malformed record');
      return;
    }
    let fields = record.fields;
    if (fields.every((f) => f.trim() === '')) {
      result.emptyRecords++;
      return;
    }
    if (fields.length > width) {
      if (layout.freeTextLast) {
        fields = [...fields.slice(0, width - 1), fields.slice(width - 1).join(layout.delimiter)];
      } else if (fields.slice(width).some((f) => f.trim() !== '')) {
        result.skippedRecords++;
        warnings.add(line, tooManyFields(width), 'too many fields');
        return;
      }
    }
    if (record.issue?.kind === 'stray-quote') {
      const at = Math.min(record.issue.field, width - 1);
      warnings.add(line, `column ${column(at)}: a quote opens the field but does not close before the next record; the quote was read as text`, 'stray quote');
    }
    for (const i of unwrapIndexes) {
      const value = fields[i];
      if (value !== undefined && value.includes('\n')) fields[i] = value.replace(/"\r?\n"/g, '\n');
    }
    const row = makeRow(header, fields, line);
    if (!spec) return; // unrecognised file: counted (in files[]) but not assigned to a category
    const dateColumns = spec.dateColumns ?? [];
    const dateRaw = dateColumns.length ? row.get(...dateColumns) : '';
    const date = parseRecordDate(dateRaw, spec, line, row.columnOf(...dateColumns) ?? dateColumns[0] ?? 'date');
    if (!listItems) {
      result.countedDates.push(date);
      return;
    }
    const drafts = spec.toItems(row);
    const [only] = drafts;
    if (drafts.length === 1 && only?.notice) {
      if (result.notices++ === 0) warnings.add(line, `note: ${only.notice}`);
      return;
    }
    for (const draft of drafts) {
      const draftDate = draft.date === undefined || draft.date === dateRaw ? date : parseRecordDate(draft.date, spec, line, 'date');
      const item: Item = {
        id: itemId(context.archive, entry.path, line, draft.field),
        category: spec.category,
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

  function parseRecordDate(raw: string, current: CsvFileSpec, line: number, columnName: string): string | null {
    if (isMissingDate(raw)) return null;
    const parser = current.parseDate ?? isoLike;
    const parsed = parseDateWith(parser, raw);
    if (parsed === null) {
      warnings.add(line, `column ${columnName}: not a date like ${dateExample(parser)}; kept without a date`, 'date');
      return null;
    }
    if (!isPlausibleDate(parsed)) {
      warnings.add(line, `column ${columnName}: a date before ${EARLIEST_PLAUSIBLE_YEAR} is not plausible; kept without a date`, 'date');
      return null;
    }
    return parsed;
  }
}
