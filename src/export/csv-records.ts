import { parse } from 'csv-parse';

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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rewrites \" inside quoted fields to "" so an RFC 4180 parser reads backslash-escaped files.
 * Works on UTF-8 bytes (every byte it looks at is ASCII); quote state is kept across chunks and
 * a "" pair stays as it is.
 */
export async function* backslashQuotesToDoubled(chunks: AsyncIterable<Buffer>, delimiter: string): AsyncGenerator<Buffer> {
  const delimiterByte = delimiter.charCodeAt(0);
  let inQuotes = false;
  let atFieldStart = true;
  let carry: number | null = null; // a trailing '\' or '"' whose meaning depends on the next byte
  for await (const incoming of chunks) {
    const input: Buffer = carry === null ? incoming : Buffer.concat([Buffer.from([carry]), incoming]);
    carry = null;
    // Output grows by one byte per rewritten \" at most... it stays the same length: \" -> "".
    const out = Buffer.allocUnsafe(input.length);
    let o = 0;
    for (let i = 0; i < input.length; i++) {
      const c: number = input[i]!;
      if (!inQuotes) {
        if (c === QUOTE && atFieldStart) {
          inQuotes = true;
          atFieldStart = false;
        } else {
          atFieldStart = c === delimiterByte || c === LF || c === CR;
        }
        out[o++] = c;
        continue;
      }
      if (c !== BACKSLASH && c !== QUOTE) {
        out[o++] = c;
        continue;
      }
      if (i + 1 >= input.length) {
        carry = c;
        break;
      }
      const next = input[i + 1]!;
      if (next === QUOTE) {
        // \" and "" are both an escaped quote: emit "".
        out[o++] = QUOTE;
        out[o++] = QUOTE;
        i++;
      } else {
        if (c === QUOTE) inQuotes = false;
        out[o++] = c;
      }
    }
    if (o > 0) yield out.subarray(0, o);
  }
  if (carry !== null) yield Buffer.from([carry]);
}

/**
 * Streams CSV records (from UTF-8 bytes) with their starting physical line numbers. csv-parse
 * stops at its first fatal error (an unterminated quote, an oversized record): the error is
 * reported through onProblem and the caller decides where to resume.
 */
export async function* readCsvRecords(chunks: AsyncIterable<Buffer>, options: CsvReadOptions): AsyncGenerator<CsvRecord> {
  const source = options.backslashEscapes ? backslashQuotesToDoubled(chunks, options.delimiter) : chunks;
  const parser = parse({
    delimiter: options.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n'],
    skip_records_with_error: true,
    bom: true,
    max_record_size: options.maxRecordChars ?? 0,
    on_skip: (error) => {
      options.onProblem({ line: null, message: (error as Error).message });
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

  let nextLine = 1;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      yield { fields, line: nextLine };
      nextLine += 1 + countLineBreaks(fields);
    }
  } catch (error) {
    if (!feedError) throw error;
  }
  await feeding;
  if (feedError) throw feedError;
}

/** Physical line breaks (\n) inside a record's fields. */
export function countLineBreaks(fields: string[]): number {
  let lf = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) lf++;
  }
  return lf;
}

/** Drops the first `lines` physical lines of a text stream. */
export async function* skipLines(chunks: AsyncIterable<Buffer>, lines: number): AsyncGenerator<Buffer> {
  let toSkip = lines;
  for await (const chunk of chunks) {
    if (toSkip === 0) {
      yield chunk;
      continue;
    }
    let at = 0;
    while (toSkip > 0) {
      const newline = chunk.indexOf(LF, at);
      if (newline < 0) break;
      at = newline + 1;
      toSkip--;
    }
    if (toSkip === 0 && at < chunk.length) yield chunk.subarray(at);
  }
}

