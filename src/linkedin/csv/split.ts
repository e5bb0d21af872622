// The CSV record splitter of the full reader: a byte-level splitter that yields exactly the
// fields csv-parse yields with our options (csv-records.ts), text after a closing quote included
// (relax_quotes). A record it is not sure about (a quote left open at the end of the data) is
// read by csv-parse alone; a record csv-parse cannot read is skipped and reading goes on at its
// second line. Quoted text is found with Buffer.indexOf and decoded once per field, so it reads
// several times faster than csv-parse; property tests check that the two agree on random input.
//
// Two things csv-parse cannot know are handled here:
// - Line structure. In files whose records start with a date (Comments, Shares, SearchQueries...),
//   a line that starts with a date in the file's format starts a record. A quoted field cannot
//   run past such a line: a quote that opens a field and does not close before it was a stray
//   quote, read as text (the record is marked), so it cannot swallow the records after it.
// - Backslash escapes. With `escapes: 'auto'` the splitter reads "" escaping until it meets a
//   quote preceded by a backslash and followed by text, then reads \" escaping from that record
//   on. With \" escaping, \" followed by the end of the line is a backslash that ends the field
//   ("C:\") when the next line starts a record or the data ends, else an escaped quote.

import type { CsvRecord, SkipReason } from './records.js';
import { parseFirstRecord } from './records.js';
import { doubleBackslashQuotes } from './quote-escapes.js';
import { defined } from '../../model/defined.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/** How quotes inside quoted fields are escaped: "" (RFC 4180), \" (and ""), or "" until \" is seen. */
export type QuoteEscapes = 'doubled' | 'backslash' | 'auto';

export interface LineStructure {
  /** Whether a line whose first field holds this text starts a record (a date in the file's format). */
  startsRecord(firstField: string): boolean;
  /** The first line it applies to (the line after the header). */
  fromLine: number;
}

export interface SplitOptions {
  delimiter: ',' | '\t';
  escapes: QuoteEscapes;
  /** A record longer than this (bytes, its line break included) is skipped. */
  maxRecordBytes: number;
  lineStructure?: LineStructure | null;
}

/** A line's first field is looked at up to this many bytes to tell whether it starts a record. */
export const RECORD_START_BYTES = 256;

/** Whether a record's first field starts a record under `structure` (as the splitter tests lines). */
export function startsRecord(structure: LineStructure, fields: string[]): boolean {
  const first = fields[0] ?? '';
  return fields.length >= 2 && Buffer.byteLength(first) <= RECORD_START_BYTES && structure.startsRecord(first);
}

// Results of the scanning helpers (record offsets are >= 0).
const INCOMPLETE = -1; // more data is needed to decide
const STRAY = -2; // the quote does not close before the next record
const SWITCH = -3; // a backslash-escaped quote: read again with \" escaping
const UNCLOSED = -4; // the data ends inside the quoted field
const YES = 1;
const NO = 0;

export class CsvSplitter {
  private readonly delimiter: number;
  private backslash: boolean;
  private readonly mayDetect: boolean;
  /** Data not split yet: an unfinished record, then the chunks that came after it. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** An unfinished record is tried again once this much data waits (twice what it had), so a
   * record spanning many chunks costs linear, not quadratic, time. */
  private retryAt = 0;
  private line = 1;
  private started = false;
  /** A skipped record's first line did not end in the data seen: drop bytes up to its end. */
  private discarding = false;
  /** Set by quoted(): the field holds escaped quotes. */
  private escaped = false;

  constructor(private readonly options: SplitOptions) {
    this.delimiter = options.delimiter.charCodeAt(0);
    this.backslash = options.escapes === 'backslash';
    this.mayDetect = options.escapes === 'auto';
  }

  /** Splits the records that `chunk` completes into `out`; keeps the unfinished tail. */
  push(chunk: Buffer, out: CsvRecord[]): void {
    this.waiting.push(chunk);
    this.waitingBytes += chunk.length;
    if (this.waitingBytes >= this.retryAt) this.split(this.takeWaiting(), false, out);
  }

  /** The data ended: splits what is left. */
  finish(out: CsvRecord[]): void {
    if (this.waitingBytes > 0) this.split(this.takeWaiting(), true, out);
  }

  private takeWaiting(): Buffer {
    const data = this.waiting.length === 1 ? defined(this.waiting[0]) : Buffer.concat(this.waiting, this.waitingBytes);
    this.waiting = [];
    this.waitingBytes = 0;
    return data;
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
    for (;;) {
      if (this.discarding) {
        const lf = data.indexOf(LF, at);
        if (lf < 0) {
          at = data.length;
          break;
        }
        this.discarding = false;
        at = lf + 1;
      }
      if (at >= data.length) break;
      const next = this.record(data, at, final, out);
      if (next === INCOMPLETE) {
        if (data.length - at > this.options.maxRecordBytes) {
          at = this.skip(data, at, out, 'oversized');
          continue;
        }
        break;
      }
      at = next;
    }
    if (at < data.length) {
      this.keep(data.subarray(at));
    } else {
      this.retryAt = 0;
    }
  }

  private keep(rest: Buffer): void {
    this.waiting = [rest];
    this.waitingBytes = rest.length;
    this.retryAt = 2 * rest.length;
  }

  private structured(): boolean {
    const structure = this.options.lineStructure;
    return !!structure && this.line >= structure.fromLine;
  }

  /** Reads one record starting at `start`; returns where the next one starts, or INCOMPLETE. */
  private record(data: Buffer, start: number, final: boolean, out: CsvRecord[]): number {
    const { delimiter } = this;
    const end = data.length;
    const structured = this.structured();
    const fields: string[] = [];
    let lineBreaks = 0;
    let strayField = -1; // from this field on, the line is read with quotes as text
    let i = start;
    for (;;) {
      if (i < end && data[i] === QUOTE && strayField < 0) {
        const open = i;
        const close = this.quoted(data, open, final, structured);
        if (close === INCOMPLETE) return INCOMPLETE;
        if (close === SWITCH) {
          this.backslash = true;
          return this.record(data, start, final, out);
        }
        if (close === UNCLOSED) return this.handOver(data, start, out);
        if (close === STRAY) {
          strayField = fields.length; // read below as an unquoted field
        } else {
          for (let lf = data.indexOf(LF, open + 1); lf >= 0 && lf < close; lf = data.indexOf(LF, lf + 1)) lineBreaks++;
          const raw = data.toString('utf8', open + 1, close);
          let value = this.escaped ? raw.replace(this.backslash ? /\\"|""/g : /""/g, '"') : raw;
          i = close + 1;
          if (i < end && data[i] !== delimiter && data[i] !== LF && !(data[i] === CR && i + 1 < end && data[i + 1] === LF)) {
            if (data[i] === CR && i + 1 >= end && !final) return INCOMPLETE;
            // Text after the closing quote: csv-parse (relax_quotes) keeps the field as text, its
            // quotes around the content, then what follows up to the next delimiter or line end.
            let j = i;
            while (j < end && data[j] !== delimiter && data[j] !== LF) j++;
            if (j >= end && !final) return INCOMPLETE;
            value = `"${value}"${data.toString('utf8', i, j < end && data[j] === LF && j > i && data[j - 1] === CR ? j - 1 : j)}`;
            i = j;
          }
          fields.push(value);
          if (i >= end) return this.emit(data, start, fields, lineBreaks, end, out, -1); // final: the last record
          const after = data[i];
          if (after === delimiter) {
            i++;
            continue;
          }
          if (after === LF) return this.emit(data, start, fields, lineBreaks, i + 1, out, -1);
          return this.emit(data, start, fields, lineBreaks, i + 2, out, -1); // CRLF
        }
      }
      // Unquoted: up to the next delimiter or LF. A quote inside is text (csv-parse's relax_quotes).
      const fieldStart = i;
      let c = 0;
      while (i < end) {
        c = defined(data[i]);
        if (c === delimiter || c === LF) break;
        i++;
      }
      if (i >= end) {
        if (!final) return INCOMPLETE;
        fields.push(data.toString('utf8', fieldStart, end));
        return this.emit(data, start, fields, lineBreaks, end, out, strayField);
      }
      if (c === delimiter) {
        fields.push(data.toString('utf8', fieldStart, i));
        i++;
        continue;
      }
      // LF ends the record; a CR before it belongs to the record delimiter.
      const fieldEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      fields.push(data.toString('utf8', fieldStart, fieldEnd));
      return this.emit(data, start, fields, lineBreaks, i + 1, out, strayField);
    }
  }

  /**
   * Finds the closing quote of the quoted field opened at `open` (sets `escaped`); or INCOMPLETE,
   * STRAY (line structure: a line that starts a record comes first), SWITCH or UNCLOSED.
   */
  private quoted(data: Buffer, open: number, final: boolean, structured: boolean): number {
    const end = data.length;
    let from = open + 1;
    let checked = open + 1; // line breaks before this were looked at
    let nextLf = -2; // the first LF at or after `checked` (-1: none in the data)
    this.escaped = false;
    for (;;) {
      const q = data.indexOf(QUOTE, from);
      if (structured) {
        const limit = q < 0 ? end : q;
        for (;;) {
          if (nextLf !== -1 && nextLf < checked) nextLf = data.indexOf(LF, checked);
          if (nextLf < 0 || nextLf >= limit) break;
          const starts = this.startsRecordAt(data, nextLf + 1, final);
          if (starts === INCOMPLETE) return INCOMPLETE;
          if (starts === YES) return STRAY;
          checked = nextLf + 1;
        }
      }
      if (q < 0) return !final ? INCOMPLETE : structured ? STRAY : UNCLOSED;
      if (q + 1 >= end && !final) return INCOMPLETE;
      const afterBackslash = q > open + 1 && data[q - 1] === BACKSLASH;
      if (afterBackslash && this.backslash) {
        const closes = this.backslashQuoteCloses(data, q, final, structured);
        if (closes === INCOMPLETE) return INCOMPLETE;
        if (closes === YES) return q;
        this.escaped = true;
        from = q + 1;
        continue;
      }
      const next = data[q + 1] ?? -1; // -1: the data ends at the quote
      if (next === QUOTE) {
        this.escaped = true;
        from = q + 2;
        continue;
      }
      if (afterBackslash && this.mayDetect && next !== -1 && next !== this.delimiter && next !== LF && next !== CR) return SWITCH;
      return q;
    }
  }

  /** With \" escaping: whether the \" at `q` is a backslash and the closing quote. */
  private backslashQuoteCloses(data: Buffer, q: number, final: boolean, structured: boolean): number {
    const end = data.length;
    let p = q + 1;
    if (p < end && data[p] === CR) p++;
    if (p >= end) return final ? YES : INCOMPLETE;
    if (data[p] !== LF) return NO;
    for (p++; p < end && (data[p] === LF || data[p] === CR); p++);
    if (p >= end) return final ? YES : INCOMPLETE;
    return structured ? this.startsRecordAt(data, p, final) : NO;
  }

  /** Whether the line at `p` starts a record (line structure); the end of the data does. */
  private startsRecordAt(data: Buffer, p: number, final: boolean): number {
    const end = data.length;
    if (p >= end) return final ? YES : INCOMPLETE;
    const limit = Math.min(end, p + RECORD_START_BYTES + 2);
    let from = p;
    let to: number;
    let after: number;
    if (data[p] === QUOTE) {
      from = p + 1;
      to = data.subarray(0, limit).indexOf(QUOTE, from);
      if (to < 0) return limit === end && !final ? INCOMPLETE : NO;
      after = to + 1;
    } else {
      to = p;
      while (to < limit && data[to] !== this.delimiter && data[to] !== LF && data[to] !== CR && data[to] !== QUOTE) to++;
      if (to >= limit) return limit === end && !final ? INCOMPLETE : NO;
      after = to;
    }
    if (after >= end) return final ? NO : INCOMPLETE;
    if (data[after] !== this.delimiter || to - from > RECORD_START_BYTES) return NO;
    return this.options.lineStructure!.startsRecord(data.toString('utf8', from, to)) ? YES : NO;
  }

  /**
   * Reads the record at `start` with csv-parse: the data ended inside its quoted field (without
   * line structure; with it, that is a stray quote). A record csv-parse cannot read is skipped.
   */
  private handOver(data: Buffer, start: number, out: CsvRecord[]): number {
    let window = data.subarray(start);
    if (this.backslash) window = doubleBackslashQuotes(window, this.options.delimiter, true);
    const parsed = parseFirstRecord(window, this.options.delimiter);
    if ('error' in parsed) return this.skip(data, start, out, parsed.error);
    const next = start + Math.max(1, parsed.bytes);
    if (next - start > this.options.maxRecordBytes) return this.skip(data, start, out, 'oversized');
    out.push({ fields: parsed.fields, line: this.line });
    this.line += countLf(data, start, next) + (data[next - 1] === LF ? 0 : 1);
    return next;
  }

  private emit(data: Buffer, start: number, fields: string[], lineBreaks: number, next: number, out: CsvRecord[], strayField: number): number {
    if (next - start > this.options.maxRecordBytes) return this.skip(data, start, out, 'oversized');
    const record: CsvRecord = { fields, line: this.line };
    if (strayField >= 0) record.issue = { kind: 'stray-quote', field: strayField };
    out.push(record);
    this.line += 1 + lineBreaks;
    return next;
  }

  /** Skips the record at `start`: reading goes on at its second line. */
  private skip(data: Buffer, start: number, out: CsvRecord[], reason: SkipReason): number {
    out.push({ fields: [], line: this.line, issue: { kind: 'skipped', reason } });
    this.line++;
    const lf = data.indexOf(LF, start);
    if (lf >= 0) return lf + 1;
    this.discarding = true;
    return data.length;
  }
}

function countLf(data: Buffer, from: number, to: number): number {
  let n = 0;
  for (let lf = data.indexOf(LF, from); lf >= 0 && lf < to; lf = data.indexOf(LF, lf + 1)) n++;
  return n;
}

/** Splits a UTF-8 byte stream into batches of records (one batch per chunk). */
export async function* splitCsvRecords(chunks: AsyncIterable<Buffer>, options: SplitOptions): AsyncGenerator<CsvRecord[]> {
  const splitter = new CsvSplitter(options);
  for await (const chunk of chunks) {
    const batch: CsvRecord[] = [];
    splitter.push(chunk, batch);
    if (batch.length) yield batch;
  }
  const last: CsvRecord[] = [];
  splitter.finish(last);
  if (last.length) yield last;
}
