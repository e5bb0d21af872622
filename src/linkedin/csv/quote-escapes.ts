// Backslash-escaped quotes. RFC 4180 doubles a quote inside a quoted field (""); some LinkedIn
// files (Comments.csv since 2025, some Member_Follows.csv) write \" instead, and a literal
// backslash is not escaped, so \" can also be a backslash that ends a field ("C:\"). Which
// escaping a file uses is read from its bytes (findsBackslashEscapes); the ambiguity is settled
// by what follows (see CsvSplitter). csv-parse only knows "": the records it reads for the
// splitter are rewritten first (doubleBackslashQuotes).
import { defined } from '../../model/defined.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Whether an RFC 4180 reading of `data` meets a quote that is preceded by a backslash and
 * followed by text (neither a delimiter nor a line end): in "" escaping that is an error, in \"
 * escaping an escaped quote (`"He said \"hi\""`).
 */
export function findsBackslashEscapes(data: Uint8Array, delimiter: number): boolean {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const end = buffer.length;
  let i = 0;
  while (i < end) {
    if (buffer[i] === QUOTE) {
      const open = i;
      let from = open + 1;
      for (;;) {
        const q = buffer.indexOf(QUOTE, from);
        const next = buffer[q + 1]; // undefined: the quote ends the buffer
        if (q < 0 || next === undefined) return false;
        if (next === QUOTE) {
          from = q + 2;
          continue;
        }
        if (q > open + 1 && buffer[q - 1] === BACKSLASH && next !== delimiter && next !== LF && next !== CR) return true;
        i = q + 1;
        break;
      }
    }
    // The rest of the field (text after a closing quote is kept by csv-parse).
    while (i < end && buffer[i] !== delimiter && buffer[i] !== LF) i++;
    i++;
  }
  return false;
}

/** Whether only line breaks follow `from` up to the end, the way CsvSplitter reads "\" ends a field". */
function onlyLineEndFollows(data: Buffer, from: number): boolean {
  let p = from;
  if (p < data.length && data[p] === CR) p++;
  if (p >= data.length) return true;
  if (data[p] !== LF) return false;
  for (p++; p < data.length; p++) if (data[p] !== LF && data[p] !== CR) return false;
  return true;
}

/**
 * One record's bytes with every escaped quote inside a quoted field written as "" (same length).
 * When `endsAtBoundary` (the bytes end where a record starts, or the data ends), a \" followed by
 * nothing but line breaks is a backslash and the closing quote, and is left as it is.
 */
export function doubleBackslashQuotes(input: Buffer, delimiter: string, endsAtBoundary: boolean): Buffer {
  const delimiterByte = delimiter.charCodeAt(0);
  const out = Buffer.from(input);
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < input.length; i++) {
    const c = defined(input[i]);
    if (!inQuotes) {
      // A field starts after a delimiter or a LF (a lone CR is text to csv-parse).
      if (c === QUOTE && atFieldStart) inQuotes = true;
      atFieldStart = c === delimiterByte || c === LF;
      continue;
    }
    if ((c !== BACKSLASH && c !== QUOTE) || i + 1 >= input.length) {
      if (c === QUOTE) inQuotes = false;
      continue;
    }
    if (input[i + 1] === QUOTE) {
      if (c === BACKSLASH && endsAtBoundary && onlyLineEndFollows(input, i + 2)) {
        inQuotes = false;
      } else {
        out[i] = QUOTE; // \" and "" are both an escaped quote: ""
      }
      i++;
    } else if (c === QUOTE) {
      inQuotes = false;
    }
  }
  return out;
}
