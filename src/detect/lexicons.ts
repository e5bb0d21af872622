// The special-category lexicons (lexicons/<lang>.json), read once with fs relative to this module
// (tsc copies src/**/*.json to dist), validated, and compiled into one index over all languages.

import { readFileSync } from 'node:fs';
import { LEXICON_CATEGORIES, type LexiconCategory } from './types.js';
import { parsePattern, MIN_STEM, type PatternToken } from './lexicon-pattern.js';
import { HASH_BITS, foldWord, headHash, tailHash } from './words.js';
import { defined } from '../model/defined.js';

export const LEXICON_LANGUAGES = ['en', 'fr', 'de', 'es', 'nl', 'it', 'pt'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export interface LexiconEntry {
  /** Pattern, see lexicon-pattern.ts. */
  match: string;
  category: LexiconCategory;
  /** Phrases around the match that give the words another sense ("catholic universit*"). */
  except?: string[];
  /** Only when every word is written with a capital ("Grünen" the party, not "grünen" green). */
  capitalised?: boolean;
  /** Only when the item's language is guessed to be this lexicon's ("Roma" is the people in English, the city in Italian). */
  strict?: boolean;
}

export interface LexiconFile {
  language: LexiconLanguage;
  /** Frequent function words of the language, for the language guess. */
  stopwords: string[];
  entries: LexiconEntry[];
}

export interface CompiledEntry {
  pattern: PatternToken[];
  category: LexiconCategory;
  language: LexiconLanguage;
  except: PatternToken[][];
  capitalised: boolean;
  strict: boolean;
}

export function lexiconUrl(language: LexiconLanguage): URL {
  return new URL(`./lexicons/${language}.json`, import.meta.url);
}

/** Reads and checks one lexicon file; throws an Error naming the file and the entry. */
export function readLexicon(language: LexiconLanguage): LexiconFile {
  const name = `lexicons/${language}.json`;
  const data = JSON.parse(readFileSync(lexiconUrl(language), 'utf8')) as LexiconFile;
  if (data.language !== language) throw new Error(`${name}: "language" must be ${JSON.stringify(language)}`);
  if (!Array.isArray(data.stopwords) || !Array.isArray(data.entries)) throw new Error(`${name}: needs "stopwords" and "entries" arrays`);
  data.entries.forEach((e, i) => {
    if (typeof e.match !== 'string' || !(LEXICON_CATEGORIES as readonly string[]).includes(e.category)) {
      throw new Error(`${name}: entries[${i}] needs "match" and a "category" among ${LEXICON_CATEGORIES.join(', ')}`);
    }
  });
  return data;
}

export function compileEntry(e: LexiconEntry, language: LexiconLanguage): CompiledEntry {
  return {
    pattern: parsePattern(e.match),
    category: e.category,
    language,
    except: (e.except ?? []).map(parsePattern),
    capitalised: e.capitalised === true,
    strict: e.strict === true,
  };
}

/** Candidate entries for a word, by its first pattern word: exact, stem (prefix) or ending (suffix). */
export class LexiconIndex {
  private exact = new Map<string, CompiledEntry[]>();
  private prefix = new Map<string, CompiledEntry[]>();
  private suffix = new Map<string, CompiledEntry[]>();
  // Stem (ending) lengths by the word hash of their first (last) letters: a word is cut only at
  // the lengths some stem with its first letters has.
  private prefixLengths = new Map<number, number[]>();
  private suffixLengths = new Map<number, number[]>();
  readonly stopwords = new Map<string, LexiconLanguage[]>();
  /** By word hash (words.ts): bit 1 = may start an entry, bit 2 = may end a suffix entry, bit 4 = may be a stopword. */
  readonly bits = new Uint8Array(1 << HASH_BITS);

  constructor(files: LexiconFile[]) {
    for (const file of files) {
      for (const raw of file.stopwords) {
        const w = foldWord(raw);
        this.mark(headHash(w), 4);
        const list = this.stopwords.get(w) ?? [];
        if (!list.includes(file.language)) list.push(file.language);
        this.stopwords.set(w, list);
      }
      for (const e of file.entries) this.add(compileEntry(e, file.language));
    }
    for (const list of [...this.prefixLengths.values(), ...this.suffixLengths.values()]) list.sort((a, b) => a - b);
  }

  /** Sets `bit` in the filter byte of a hash (always inside the table: hashes are masked to it). */
  private mark(hash: number, bit: number): void {
    this.bits[hash] = defined(this.bits[hash]) | bit;
  }

  private add(entry: CompiledEntry): void {
    const first = defined(entry.pattern[0]);
    const map = first.mode === 'exact' ? this.exact : first.mode === 'prefix' ? this.prefix : this.suffix;
    const list = map.get(first.text) ?? [];
    list.push(entry);
    if (first.mode === 'suffix') this.mark(tailHash(first.text), 2);
    else this.mark(headHash(first.text), 1);
    map.set(first.text, list);
    if (first.mode !== 'exact') {
      const lengths = first.mode === 'prefix' ? this.prefixLengths : this.suffixLengths;
      const h = first.mode === 'prefix' ? headHash(first.text) : tailHash(first.text);
      const list = lengths.get(h) ?? [];
      if (!list.includes(first.text.length)) list.push(first.text.length);
      lengths.set(h, list);
    }
  }

  /** Entries whose first pattern word can match `norm`; head and tail are its word hashes (words.ts). */
  candidates(norm: string, head: number, tail: number, out: CompiledEntry[]): void {
    const exact = this.exact.get(norm);
    if (exact) out.push(...exact);
    const n = norm.length;
    if (n < MIN_STEM) return;
    const prefixLengths = this.prefixLengths.get(head >= 0 ? head : headHash(norm));
    if (prefixLengths) {
      for (const len of prefixLengths) {
        if (len > n) break;
        const list = this.prefix.get(norm.slice(0, len));
        if (list) out.push(...list);
      }
    }
    const suffixLengths = this.suffixLengths.get(tail >= 0 ? tail : tailHash(norm));
    if (suffixLengths) {
      for (const len of suffixLengths) {
        if (len > n) break;
        const list = this.suffix.get(norm.slice(n - len));
        if (list) out.push(...list);
      }
    }
  }
}

let bundled: LexiconIndex | null = null;

/** Every bundled lexicon, compiled once. */
export function bundledLexicons(): LexiconIndex {
  if (!bundled) bundled = new LexiconIndex(LEXICON_LANGUAGES.map(readLexicon));
  return bundled;
}
