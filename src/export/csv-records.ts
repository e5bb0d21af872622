import { parse, type Info } from 'csv-parse';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface CsvProblem {
  line: number | null;
  message: string;
}

export interface CsvReadOptions {
  delimiter: ',' | '\t';
  /** Comments.csv since 2025 escapes quotes as \" inside quoted fields (and still allows ""). */
  backslashEscapes: boolean;
  onProblem: (problem: CsvProblem) => void;
  /** Records longer than this many characters are skipped (huge fields). */
  maxRecordChars?: number;
}

/** Guesses the delimiter from the first line: 2018 UTF-16 files and ≤2017 files use TABs. */
export function detectDelimiter(firstText: string): ',' | '\t' {
  const newline = firstText.search(/\r|\n/);
  const firstLine = newline < 0 ? firstText : firstText.slice(0, newline);
  const tabs = firstLine.split('\t').length - 1;
  const commas = firstLine.split(',').length - 1;
  return tabs > commas ? '\t' : ',';
}

/**
 * Rewrites \" inside quoted fields to "" so an RFC 4180 parser reads backslash-escaped files.
 * Quote state is tracked across chunks; a "" pair stays as it is.
 */
export async function* backslashQuotesToDoubled(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<string> {
  let inQuotes = false;
  let atFieldStart = true;
  let carry = ''; // a trailing '\' or '"' whose meaning depends on the next chunk
  for await (const incoming of chunks) {
    const text = carry + incoming;
    carry = '';
    let out = '';
    let i = 0;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (!inQuotes) {
        if (c === '"' && atFieldStart) {
          inQuotes = true;
          atFieldStart = false;
        } else {
          atFieldStart = c === delimiter || c === '\n' || c === '\r';
        }
        out += c;
        continue;
      }
      if (c === '\\' || c === '"') {
        if (i + 1 >= text.length) {
          carry = c;
          break;
        }
        const next = text[i + 1]!;
        if (c === '\\' && next === '"') {
          out += '""';
          i++;
        } else if (c === '"' && next === '"') {
          out += '""';
          i++;
        } else if (c === '"') {
          inQuotes = false;
          out += c;
        } else {
          out += c;
        }
        continue;
      }
      out += c;
    }
    if (out) yield out;
  }
  if (carry) yield carry;
}

/** Streams CSV records with their starting line numbers; malformed records become problems. */
export async function* readCsvRecords(chunks: AsyncIterable<string>, options: CsvReadOptions): AsyncGenerator<CsvRecord> {
  const source = options.backslashEscapes ? backslashQuotesToDoubled(chunks, options.delimiter) : chunks;
  let inflation = 0; // csv-parse lines minus physical lines, as of the last record read
  const parser = parse({
    delimiter: options.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n'],
    skip_records_with_error: true,
    info: true,
    bom: true,
    max_record_size: options.maxRecordChars ?? 0,
    on_skip: (error) => {
      const err = error as Error & { lines?: number };
      options.onProblem({ line: typeof err.lines === 'number' ? Math.max(1, err.lines - inflation) : null, message: err.message });
    },
  });

  let feedError: unknown = null;
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', () => resolve()));
      }
      parser.end();
    } catch (error) {
      feedError = error;
      parser.destroy();
    }
  })();

  // csv-parse counts every \r and \n inside quoted fields as a line; editors and grep -n count
  // only \n. Track physical lines ourselves; any surplus in csv-parse's count is skipped records.
  let nextLine = 1;
  let parserLines = 0;
  try {
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const { lf, cr } = countBreaks(entry.record);
      const skippedLines = entry.info.lines - parserLines - (1 + lf + cr);
      if (skippedLines > 0) nextLine += skippedLines;
      parserLines = entry.info.lines;
      inflation = parserLines - (nextLine + lf);
      yield { fields: entry.record, line: nextLine };
      nextLine += 1 + lf;
    }
  } catch (error) {
    if (!feedError) throw error;
  }
  await feeding;
  if (feedError) throw feedError;
}

/** Physical line breaks inside a record's fields. */
export function countLineBreaks(fields: string[]): number {
  return countBreaks(fields).lf;
}

/** Drops the first `lines` physical lines of a text stream. */
export async function* skipLines(chunks: AsyncIterable<string>, lines: number): AsyncGenerator<string> {
  let toSkip = lines;
  for await (const chunk of chunks) {
    if (toSkip === 0) {
      yield chunk;
      continue;
    }
    let at = 0;
    while (toSkip > 0) {
      const newline = chunk.indexOf('\n', at);
      if (newline < 0) break;
      at = newline + 1;
      toSkip--;
    }
    if (toSkip === 0 && at < chunk.length) yield chunk.slice(at);
  }
}

function countBreaks(fields: string[]): { lf: number; cr: number } {
  let lf = 0;
  let cr = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) lf++;
    for (let at = field.indexOf('\r'); at >= 0; at = field.indexOf('\r', at + 1)) cr++;
  }
  return { lf, cr };
}
