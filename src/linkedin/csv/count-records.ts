// The cheap path for records that are only counted (private categories that no policy window
// exposes, without --all-items): a byte-level RFC 4180 record splitter that finds record
// boundaries, empty records and over-long records without building any field strings. Quoted
// runs are skipped with Buffer.indexOf, so an all-quoted messages.csv goes by at memchr speed.
// It must count exactly what the full parser counts; tests compare the two on the same bytes.
// It reads "" escaping only: a quote preceded by a backslash and followed by text (\" escaping,
// see quote-escapes.ts) stops it, and the caller leaves the file to the full reader.
import { defined } from '../../model/defined.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export interface CountOptions {
  delimiter: number;
  /** Records before the data (preamble + header), not counted. */
  skipRecords: number;
  /** Fields in the header: records with more non-empty fields are malformed (Infinity: never). */
  headerFields: number;
  /** A record longer than this (bytes, its line break included) stops the count, like a quote left open. */
  maxRecordBytes: number;
  /** Called after each chunk with the records counted so far. */
  onRecords?: (records: number) => void;
}

export interface CountResult {
  records: number;
  emptyRecords: number;
  /** Byte offsets (from the start of the stream) of records with too many fields. */
  tooManyFields: number[];
  /** Where counting stopped at a record the full reader skips (byte offset of its start), if it did. */
  stopped: { at: number; reason: 'quote-not-closed' | 'oversized' } | null;
  /** Counting stopped at a backslash-escaped quote: the counts are incomplete. */
  backslashEscapes: boolean;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterQuoted,
}

function isBlank(byte: number): boolean {
  return byte === SPACE || byte === TAB || byte === CR || byte === LF;
}

export async function countCsvRecords(source: AsyncIterable<Buffer>, options: CountOptions): Promise<CountResult> {
  const { delimiter, headerFields, maxRecordBytes } = options;
  let toSkip = options.skipRecords;
  const result: CountResult = { records: 0, emptyRecords: 0, tooManyFields: [], stopped: null, backslashEscapes: false };

  let state = State.FieldStart;
  let base = 0; // stream offset of the current chunk
  let recordStart = 0;
  let recordNonEmpty = false;
  let fieldIndex = 0;
  let fieldNonEmpty = false;
  let extraNonEmpty = false;
  let previousByte = -1; // the last byte of the previous chunk
  let closeAfterBackslash = false; // the quote that may close the field follows a backslash
  let recordHasBytes = false;
  let pendingCR = false; // a CR right after a closing quote: content unless a LF follows

  const endField = () => {
    if (fieldNonEmpty) {
      recordNonEmpty = true;
      if (fieldIndex >= headerFields) extraNonEmpty = true;
    }
    fieldIndex++;
    fieldNonEmpty = false;
  };
  /** Returns false when the record is too long: the full reader skips it, counting stops. */
  const endRecord = (nextStart: number): boolean => {
    if (nextStart - recordStart > maxRecordBytes) {
      result.stopped = { at: recordStart, reason: 'oversized' };
      return false;
    }
    endField();
    if (toSkip > 0) toSkip--;
    else {
      result.records++;
      if (!recordNonEmpty) result.emptyRecords++;
      else if (extraNonEmpty) result.tooManyFields.push(recordStart);
    }
    recordStart = nextStart;
    recordNonEmpty = false;
    extraNonEmpty = false;
    fieldIndex = 0;
    recordHasBytes = false;
    state = State.FieldStart;
    return true;
  };

  for await (const chunk of source) {
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      if (state === State.Quoted) {
        const q = chunk.indexOf(QUOTE, i);
        const end = q < 0 ? length : q;
        // Content between i and end: is any of it non-blank?
        if (!fieldNonEmpty) {
          for (let k = i; k < end; k++) {
            if (!isBlank(defined(chunk[k]))) {
              fieldNonEmpty = true;
              break;
            }
          }
        }
        if (q < 0) {
          i = length;
          continue;
        }
        closeAfterBackslash = (q > 0 ? chunk[q - 1] : previousByte) === BACKSLASH;
        state = State.QuoteInQuoted;
        i = q + 1;
        continue;
      }
      const byte = defined(chunk[i]);
      if (state === State.QuoteInQuoted) {
        if (byte === QUOTE) {
          fieldNonEmpty = true; // "" is an escaped quote
          state = State.Quoted;
          i++;
        } else if (closeAfterBackslash && byte !== delimiter && byte !== LF && byte !== CR) {
          result.backslashEscapes = true;
          return result;
        } else {
          state = State.AfterQuoted; // re-read this byte as after-quote
        }
        continue;
      }
      if (state === State.FieldStart) {
        recordHasBytes = true;
        if (byte === QUOTE) {
          state = State.Quoted;
          i++;
        } else {
          state = State.Unquoted;
        }
        continue;
      }
      if (state === State.AfterQuoted) {
        // The parser (relax_quotes) keeps anything between a closing quote and the next
        // delimiter as content, with the quote in front: such a field is never empty.
        if (pendingCR) {
          pendingCR = false;
          if (byte !== LF) fieldNonEmpty = true;
        }
        if (byte === CR) {
          pendingCR = true;
          i++;
          continue;
        }
        if (byte !== delimiter && byte !== LF) fieldNonEmpty = true;
      }
      // Unquoted, or after a closing quote.
      if (byte === delimiter) {
        endField();
        state = State.FieldStart;
      } else if (byte === LF) {
        if (!endRecord(base + i + 1)) return result;
      } else if (!isBlank(byte)) {
        fieldNonEmpty = true;
      }
      i++;
    }
    previousByte = chunk[length - 1] ?? previousByte; // an empty chunk changes nothing
    base += length;
    if (base - recordStart > maxRecordBytes && (state !== State.FieldStart || recordHasBytes || fieldIndex > 0)) {
      result.stopped = { at: recordStart, reason: 'oversized' };
      return result;
    }
    options.onRecords?.(result.records);
  }

  if (pendingCR) fieldNonEmpty = true;
  if (state === State.Quoted) {
    result.stopped = { at: recordStart, reason: base - recordStart > maxRecordBytes ? 'oversized' : 'quote-not-closed' };
  } else if (state !== State.FieldStart || recordHasBytes || fieldIndex > 0) {
    endRecord(base); // the last record had no final newline
  }
  return result;
}
