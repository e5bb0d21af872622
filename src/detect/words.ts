// Splits a text into words (runs of letters, marks and digits) in one pass over its char codes,
// keeping offsets. A word's folded form (lower case, no accents, ß -> ss) is built only when a
// detector asks for it: for each word the pass records a hash of its first four and last four
// folded letters, and detectors first look that up in a bitmap of what they could match, so most
// words never become strings. This runs on every item; it avoids a regex per character.
import { defined } from '../model/defined.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MARKS = /\p{M}/gu;
const SPECIAL_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };
const SPECIAL = /[ßæœøłđıþð]/g;

/** Lower case, accents removed, ß -> ss: "Müller" -> "muller", "ÉLODIE" -> "elodie". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
}

// Per BMP code unit: 0 = not classified yet, 1 = word character, 2 = not.
const classCache = new Uint8Array(0x10000);
// Per BMP code unit, its folded code + 1 (0 = not computed). Folded code 0 = a mark (skipped),
// EXPANDS = folds to several letters (æ -> ae): such a word gets no hash and is always looked at.
const foldCache = new Uint32Array(0x10000);
const EXPANDS = 0xffff;

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral characters (emoji): separators
  let c = defined(classCache[code]);
  if (c === 0) {
    c = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    classCache[code] = c;
  }
  return c === 1;
}

function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let f = defined(foldCache[code]);
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const s = foldWord(ch);
    // Several letters: ß -> ss is EXPANDS; a script whose decomposition is not accents (Hangul
    // syllables into jamo) hashes as the character itself, as no lexicon word is written in it.
    f = (s.length === 0 ? 0 : s.length === 1 ? s.charCodeAt(0) : SPECIAL.test(ch) ? EXPANDS : code) + 1;
    SPECIAL.lastIndex = 0;
    foldCache[code] = f;
  }
  return f - 1;
}

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** How many letters the head and tail hashes cover: wildcard stems must be at least this long. */
export const HASH_LETTERS = 4;

/** Hash of up to four folded codes (0 for a missing one). */
export function hash4(a: number, b: number, c: number, d: number): number {
  return (Math.imul(Math.imul(Math.imul(a, 1031) + b, 1031) + c, 1031) + d) & HASH_MASK;
}

/** Head and tail hashes of an already folded string, as the text pass computes them. */
export function headHash(norm: string): number {
  return hash4(norm.charCodeAt(0) || 0, norm.charCodeAt(1) || 0, norm.charCodeAt(2) || 0, norm.charCodeAt(3) || 0);
}
export function tailHash(norm: string): number {
  const n = norm.length;
  return n >= 4 ? hash4(norm.charCodeAt(n - 4), norm.charCodeAt(n - 3), norm.charCodeAt(n - 2), norm.charCodeAt(n - 1)) : headHash(norm);
}

// Word tables are reused from item to item (allocating four typed arrays per item cost more than
// the scan itself): a TextWords is valid until the next one is built.
let scratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), heads: new Int32Array(1024), tails: new Int32Array(1024), ascii: new Uint8Array(1024) };

const ASCII_CLASS = new Uint8Array(128);
const ASCII_LOWER = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  ASCII_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

/** Head and tail hashes of a word with non-ASCII letters: folded letter by letter, marks skipped (no allocation: it runs on most words of most texts in some languages). */
function hashFolded(text: string, start: number, end: number, heads: Int32Array, tails: Int32Array, w: number): void {
  // The first four folded codes, and the last four in a ring.
  let h0 = 0, h1 = 0, h2 = 0, h3 = 0;
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
  let m = 0;
  for (let k = start; k < end; k++) {
    const f = foldCode(text.charCodeAt(k));
    if (f === EXPANDS) {
      heads[w] = -1;
      tails[w] = -1;
      return;
    }
    if (f === 0) continue;
    if (m === 0) h0 = f;
    else if (m === 1) h1 = f;
    else if (m === 2) h2 = f;
    else if (m === 3) h3 = f;
    const slot = m & 3;
    if (slot === 0) r0 = f;
    else if (slot === 1) r1 = f;
    else if (slot === 2) r2 = f;
    else r3 = f;
    m++;
  }
  const head = hash4(h0, h1, h2, h3);
  heads[w] = head;
  if (m <= 4) {
    tails[w] = head;
    return;
  }
  // The ring holds codes m-4..m-1 starting at slot m & 3.
  const s = m & 3;
  tails[w] = s === 0 ? hash4(r0, r1, r2, r3) : s === 1 ? hash4(r1, r2, r3, r0) : s === 2 ? hash4(r2, r3, r0, r1) : hash4(r3, r0, r1, r2);
}

export class TextWords {
  count = 0;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Hash of the first three folded letters, or -1 when it could not be computed (always look). */
  readonly heads: Int32Array;
  /** Hash of the last three folded letters (of the whole word when shorter), or -1. */
  readonly tails: Int32Array;
  private readonly ascii: Uint8Array;
  private norms: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    const capacity = (n >> 1) + 1;
    if (scratch.starts.length < capacity) {
      const size = Math.max(capacity, scratch.starts.length * 2);
      scratch = { starts: new Int32Array(size), ends: new Int32Array(size), heads: new Int32Array(size), tails: new Int32Array(size), ascii: new Uint8Array(size) };
    }
    const starts = (this.starts = scratch.starts);
    const ends = (this.ends = scratch.ends);
    const heads = (this.heads = scratch.heads);
    const tails = (this.tails = scratch.tails);
    const asciiFlags = (this.ascii = scratch.ascii);
    let count = 0;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (code < 128 ? ASCII_CLASS[code] === 0 : !isWordCode(code)) {
        i++;
        continue;
      }
      const start = i;
      let ascii = 1;
      do {
        if (code >= 128) ascii = 0;
        i++;
        if (i >= n) break;
        code = text.charCodeAt(i);
      } while (code < 128 ? ASCII_CLASS[code] === 1 : isWordCode(code));
      // A web address ("https://...", "www.x.y/..."): its words are not prose; skip to the next space.
      if (ascii && i < n && ((code === 58 && text.startsWith('://', i)) || (code === 46 && i - start === 3 && (text.charCodeAt(start) | 32) === 119 && (text.charCodeAt(start + 1) | 32) === 119 && (text.charCodeAt(start + 2) | 32) === 119))) {
        while (i < n && text.charCodeAt(i) > 32) i++;
        continue;
      }
      starts[count] = start;
      ends[count] = i;
      asciiFlags[count] = ascii;
      if (ascii) {
        const len = i - start;
        // An ASCII word: every code is below 128.
        const a = defined(ASCII_LOWER[text.charCodeAt(start)]);
        const b = len > 1 ? defined(ASCII_LOWER[text.charCodeAt(start + 1)]) : 0;
        const c = len > 2 ? defined(ASCII_LOWER[text.charCodeAt(start + 2)]) : 0;
        const d = len > 3 ? defined(ASCII_LOWER[text.charCodeAt(start + 3)]) : 0;
        const head = hash4(a, b, c, d);
        heads[count] = head;
        tails[count] = len > 4 ? hash4(defined(ASCII_LOWER[text.charCodeAt(i - 4)]), defined(ASCII_LOWER[text.charCodeAt(i - 3)]), defined(ASCII_LOWER[text.charCodeAt(i - 2)]), defined(ASCII_LOWER[text.charCodeAt(i - 1)])) : head;
      } else {
        hashFolded(text, start, i, heads, tails, count);
      }
      count++;
    }
    this.count = count;
  }

  /** The folded form of word i. */
  norm(i: number): string {
    let s = this.norms[i];
    if (s === undefined) {
      const raw = this.text.slice(this.starts[i], this.ends[i]);
      s = this.ascii[i] ? raw.toLowerCase() : foldWord(raw);
      this.norms[i] = s;
    }
    return s;
  }
}

/** Folded words of a short string (lexicon patterns, connection names). */
export function splitWords(text: string): string[] {
  // Plain ASCII (most names of a network of 30,000): the same words as the full pass, found faster.
  if (PLAIN_ASCII.test(text)) {
    const out: string[] = [];
    for (const w of text.toLowerCase().split(ASCII_SEPARATORS)) if (w !== '') out.push(w);
    return out;
  }
  const words = new TextWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.count; i++) out.push(words.norm(i));
  return out;
}

// ASCII without what could start a web address (":" of "https://", "www."), which the full pass skips.
const PLAIN_ASCII = /^(?![^]*(?::|www\.))[\x00-\x7f]*$/i;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
