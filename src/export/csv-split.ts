// The fast path for CSV records that become items: a byte-level splitter that yields exactly the
// fields csv-parse yields with our options (see csv-records.ts), on the regular input LinkedIn
// writes. Anything it is not sure about (a quote left open at the end, text after a closing
// quote, an oversized record) throws IrregularCsvError with the line where that record starts,
// after yielding every record before it; the caller reads on from there with csv-parse, which
// reports and recovers. Quoted text is found with Buffer.indexOf and
// decoded once per field, so it reads several times faster than csv-parse; property tests check
// that the two agree on random input.

import type { CsvRecord } from './csv-records.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

export class IrregularCsvError extends Error {
  /** 1-based physical line where the record the splitter declined starts. */
  line = 0;
}

export interface SplitOptions {
  delimiter: ',' | '\t';
  /** Comments.csv since 2025: \" inside a quoted field is an escaped quote (as is ""). */
  backslashEscapes: boolean;
  /** A record longer than this (bytes) is left to csv-parse, which skips it with a warning. */
  maxRecordBytes: number;
}

const INCOMPLETE = -1;

export class CsvSplitter {
  private readonly delimiter: number;
  /** Data not split yet: an unfinished record, then the chunks that came after it. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** An unfinished record is tried again once this much data waits (twice what it had), so a
   * record spanning many chunks costs linear, not quadratic, time. */
  private retryAt = 0;
  private line = 1;
  private started = false;

  constructor(private readonly options: SplitOptions) {
    this.delimiter = options.delimiter.charCodeAt(0);
  }

  /** Splits the records that `chunk` completes into `out`; keeps the unfinished tail. */
  push(chunk: Buffer, out: CsvRecord[]): void {
    this.waiting.push(chunk);
    this.waitingBytes += chunk.length;
    if (this.waitingBytes >= this.retryAt) this.located(() => this.split(this.takeWaiting(), false, out));
  }

  /** The data ended: splits what is left. */
  finish(out: CsvRecord[]): void {
    if (this.waitingBytes > 0) this.located(() => this.split(this.takeWaiting(), true, out));
  }

  private takeWaiting(): Buffer {
    const data = this.waiting.length === 1 ? this.waiting[0]! : Buffer.concat(this.waiting, this.waitingBytes);
    this.waiting = [];
    this.waitingBytes = 0;
    return data;
  }

  private keep(rest: Buffer): void {
    this.waiting = [rest];
    this.waitingBytes = rest.length;
    this.retryAt = 2 * rest.length;
  }

  private located(split: () => void): void {
    try {
      split();
    } catch (error) {
      if (error instanceof IrregularCsvError) error.line = this.line;
      throw error;
    }
  }

  private split(data: Buffer, final: boolean, out: CsvRecord[]): void {
    let at = 0;
    if (!this.started) {
      if (data.length < 3 && !final) {
        this.keep(data);
        return;
      }
      this.started = true;
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) at = 3;
    }
    while (at < data.length) {
      const next = this.record(data, at, final, out);
      if (next === INCOMPLETE) break;
      at = next;
    }
    if (at < data.length) {
      const rest = data.subarray(at);
      if (rest.length > this.options.maxRecordBytes) throw new IrregularCsvError('oversized record');
      this.keep(rest);
    } else {
      this.retryAt = 0;
    }
  }

  /** Reads one record starting at `start`; returns where the next one starts, or INCOMPLETE. */
  private record(data: Buffer, start: number, final: boolean, out: CsvRecord[]): number {
    const { delimiter } = this;
    const { backslashEscapes } = this.options;
    const end = data.length;
    const fields: string[] = [];
    let lineBreaks = 0;
    let i = start;
    for (;;) {
      if (i < end && data[i] === QUOTE) {
        const open = i;
        let from = open + 1;
        let escaped = false;
        let close = -1;
        while (close < 0) {
          const q = data.indexOf(QUOTE, from);
          if (q < 0 || (q + 1 >= end && !final)) {
            if (final) throw new IrregularCsvError('quote not closed');
            return INCOMPLETE;
          }
          if (backslashEscapes && q > open + 1 && data[q - 1] === BACKSLASH) {
            escaped = true;
            from = q + 1;
          } else if (q + 1 < end && data[q + 1] === QUOTE) {
            escaped = true;
            from = q + 2;
          } else {
            close = q;
          }
        }
        for (let lf = data.indexOf(LF, open + 1); lf >= 0 && lf < close; lf = data.indexOf(LF, lf + 1)) lineBreaks++;
        const raw = data.toString('utf8', open + 1, close);
        fields.push(escaped ? raw.replace(backslashEscapes ? /\\"|""/g : /""/g, '"') : raw);
        i = close + 1;
        if (i >= end) return this.emit(start, fields, lineBreaks, end, out); // final: the last record
        const after = data[i];
        if (after === delimiter) {
          i++;
          continue;
        }
        if (after === LF) return this.emit(start, fields, lineBreaks, i + 1, out);
        if (after === CR) {
          if (i + 1 >= end) {
            if (final) throw new IrregularCsvError('text after a closing quote');
            return INCOMPLETE;
          }
          if (data[i + 1] === LF) return this.emit(start, fields, lineBreaks, i + 2, out);
        }
        throw new IrregularCsvError('text after a closing quote');
      }
      // Unquoted: up to the next delimiter or LF. A quote inside is text to csv-parse (relax_quotes)
      // but, with backslash escapes, the rewriting pass may read it as an opening quote.
      const fieldStart = i;
      let c = 0;
      while (i < end) {
        c = data[i]!;
        if (c === delimiter || c === LF) break;
        if (c === QUOTE && backslashEscapes) throw new IrregularCsvError('quote inside an unquoted field');
        i++;
      }
      if (i >= end) {
        if (!final) return INCOMPLETE;
        fields.push(data.toString('utf8', fieldStart, end));
        return this.emit(start, fields, lineBreaks, end, out);
      }
      if (c === delimiter) {
        fields.push(data.toString('utf8', fieldStart, i));
        i++;
        continue;
      }
      // LF ends the record; a CR before it belongs to the record delimiter.
      const fieldEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      fields.push(data.toString('utf8', fieldStart, fieldEnd));
      return this.emit(start, fields, lineBreaks, i + 1, out);
    }
  }

  private emit(start: number, fields: string[], lineBreaks: number, next: number, out: CsvRecord[]): number {
    if (next - start > this.options.maxRecordBytes) throw new IrregularCsvError('oversized record');
    out.push({ fields, line: this.line });
    this.line += 1 + lineBreaks;
    return next;
  }
}

/**
 * Splits a UTF-8 byte stream into batches of records (one batch per chunk). On an irregular
 * record it yields the records before it, then throws.
 */
export async function* splitCsvRecords(chunks: AsyncIterable<Buffer>, options: SplitOptions): AsyncGenerator<CsvRecord[]> {
  const splitter = new CsvSplitter(options);
  let batch: CsvRecord[] = [];
  try {
    for await (const chunk of chunks) {
      splitter.push(chunk, batch);
      if (batch.length) yield batch;
      batch = [];
    }
    splitter.finish(batch);
  } catch (error) {
    if (batch.length && error instanceof IrregularCsvError) yield batch;
    throw error;
  }
  if (batch.length) yield batch;
}
