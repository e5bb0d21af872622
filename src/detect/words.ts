// Splits a text into words (runs of letters, marks and digits) in one pass over its char codes,
// keeping offsets. A word's folded form (lower case, no accents, ß -> ss) is built only when a
// detector asks for it: for each word the pass records a hash of its first three and last three
// folded letters, and detectors first look that up in a bitmap of what they could match, so most
// words never become strings. This runs on every item; it avoids a regex per character.

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
  let c = classCache[code]!;
  if (c === 0) {
    c = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    classCache[code] = c;
  }
  return c === 1;
}

function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let f = foldCache[code]!;
  if (f === 0) {
    const s = foldWord(String.fromCharCode(code));
    f = (s.length === 0 ? 0 : s.length === 1 ? s.charCodeAt(0) : EXPANDS) + 1;
    foldCache[code] = f;
  }
  return f - 1;
}

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** Hash of up to three folded codes (0 for a missing one). */
export function hash3(a: number, b: number, c: number): number {
  return (((a * 1031 + b) * 1031 + c) >>> 0) & HASH_MASK;
}

/** Head and tail hashes of an already folded string, as the text pass computes them. */
export function headHash(norm: string): number {
  return hash3(norm.charCodeAt(0) || 0, norm.charCodeAt(1) || 0, norm.charCodeAt(2) || 0);
}
export function tailHash(norm: string): number {
  const n = norm.length;
  return n >= 3 ? hash3(norm.charCodeAt(n - 3), norm.charCodeAt(n - 2), norm.charCodeAt(n - 1)) : headHash(norm);
}

export class TextWords {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of the first three folded letters, or -1 when it could not be computed (always look). */
  heads: Int32Array;
  /** Hash of the last three folded letters (of the whole word when shorter), or -1. */
  tails: Int32Array;
  private norms: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    const capacity = (n >> 1) + 1;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.tails = new Int32Array(capacity);
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        i++;
        continue;
      }
      const start = i;
      let folded = 0; // folded letters seen
      let f0 = 0, f1 = 0, f2 = 0; // first three
      let l0 = 0, l1 = 0, l2 = 0; // last three
      let expands = false;
      do {
        const f = foldCode(code);
        if (f === EXPANDS) expands = true;
        else if (f !== 0) {
          if (folded === 0) f0 = f;
          else if (folded === 1) f1 = f;
          else if (folded === 2) f2 = f;
          l0 = l1;
          l1 = l2;
          l2 = f;
          folded++;
        }
        i++;
        code = i < n ? text.charCodeAt(i) : 0;
      } while (i < n && isWordCode(code));
      const w = this.count++;
      this.starts[w] = start;
      this.ends[w] = i;
      this.heads[w] = expands ? -1 : hash3(f0, f1, f2);
      this.tails[w] = expands ? -1 : folded >= 3 ? hash3(l0, l1, l2) : hash3(f0, f1, f2);
    }
  }

  /** The folded form of word i. */
  norm(i: number): string {
    let s = this.norms[i];
    if (s === undefined) {
      s = foldWord(this.text.slice(this.starts[i], this.ends[i]));
      this.norms[i] = s;
    }
    return s;
  }
}

/** Folded words of a short string (lexicon patterns, connection names). */
export function splitWords(text: string): string[] {
  const words = new TextWords(text);
  return Array.from({ length: words.count }, (_, i) => words.norm(i));
}
