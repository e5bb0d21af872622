// Lexicon patterns: words separated by spaces, each matched as a whole word after folding (lower
// case, no accents). A trailing * lets a word take any ending ("diabet*": diabetes, diabetic,
// Diabetiker), a leading * any beginning ("*krebs": Brustkrebs, Darmkrebs), for the inflections
// and compounds of the language. Apostrophes and hyphens split words as in the text.

import { splitWords } from './words.js';
import { HASH_LETTERS, type TextWords } from './words.js';
import { defined } from '../model/defined.js';

export type TokenMode = 'exact' | 'prefix' | 'suffix';
export interface PatternToken {
  text: string;
  mode: TokenMode;
}

/** Shortest stem a wildcard word may have: shorter ones would match half the dictionary (and the word hashes cover four letters). */
export const MIN_STEM = HASH_LETTERS;

export function parsePattern(source: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  for (const piece of source.trim().split(/\s+/)) {
    const lead = piece.startsWith('*');
    const trail = piece.endsWith('*');
    const core = piece.replace(/^\*|\*$/g, '');
    if (core.includes('*')) throw new Error(`pattern ${JSON.stringify(source)}: * only at the start or end of a word`);
    const words = splitWords(core);
    if (words.length === 0) throw new Error(`pattern ${JSON.stringify(source)}: empty word`);
    if (lead && trail && words.length === 1) throw new Error(`pattern ${JSON.stringify(source)}: a word cannot have * on both sides`);
    words.forEach((w, k) => tokens.push({ text: w, mode: lead && k === 0 ? 'suffix' : trail && k === words.length - 1 ? 'prefix' : 'exact' }));
    for (const t of tokens) {
      if (t.mode !== 'exact' && t.text.length < MIN_STEM) {
        throw new Error(`pattern ${JSON.stringify(source)}: a wildcard stem needs at least ${MIN_STEM} letters`);
      }
    }
  }
  return tokens;
}

export function tokenMatches(token: PatternToken, norm: string): boolean {
  if (token.mode === 'exact') return norm === token.text;
  if (token.mode === 'prefix') return norm.startsWith(token.text);
  return norm.endsWith(token.text);
}

// Between two words of a phrase: a few spaces, or one hyphen, apostrophe or dot ("ver.di",
// "Coming-out", "d'angoisse"); never a comma or the end of a sentence.
const GAP = /^(?:[ \t\u00a0]{1,3}|[-'’.‐]|[ \u00a0]?[-–][ \u00a0]?)$/;

export function gapOk(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  return GAP.test(text.slice(from, to));
}

/** Index after the last word of a match of `pattern` starting at words[i], or -1. */
export function matchAt(pattern: readonly PatternToken[], words: TextWords, i: number): number {
  if (i < 0 || i + pattern.length > words.count) return -1;
  for (let k = 0; k < pattern.length; k++) {
    if (k > 0 && !gapOk(words.text, defined(words.ends[i + k - 1]), defined(words.starts[i + k]))) return -1;
    if (!tokenMatches(defined(pattern[k]), words.norm(i + k))) return -1;
  }
  return i + pattern.length;
}
