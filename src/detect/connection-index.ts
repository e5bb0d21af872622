// The member's connections, prepared once for matching: each name folded into words (lower case,
// no accents) and indexed by its first word. The names themselves never leave this module: a
// finding carries an opaque person number.

import { HASH_BITS, headHash, splitWords } from './words.js';
import { defined } from '../model/defined.js';

export interface ConnectionName {
  first: string;
  last: string;
}

export interface IndexedName {
  words: string[];
  /** How many of the words belong to the first name (the rest is the last name). */
  firstLength: number;
  person: number;
}

// "Smith, MBA", "Müller (she/her)", "Rossi | Speaker": keep what comes before the decoration.
const DECORATION = /[,(|/[].*$/s;

export class ConnectionIndex {
  // By the first two words of the name ("anna muller"): a text's word pair is one lookup.
  private byFirstPair = new Map<string, IndexedName[]>();
  /** By word hash (words.ts): 1 when some name starts with a word of that hash. */
  readonly heads = new Uint8Array(1 << HASH_BITS);
  /** Number of distinct names indexed. */
  readonly size: number;

  constructor(connections: readonly ConnectionName[]) {
    const seen = new Map<string, number>();
    for (const c of connections) {
      const first = splitWords(String(c?.first ?? '').replace(DECORATION, ''));
      const last = splitWords(String(c?.last ?? '').replace(DECORATION, ''));
      // A pair is needed: a lone first or last name, or an initial, is not enough to point at someone.
      if (first.length === 0 || last.length === 0) continue;
      if (first.join('').length < 2 || last.join('').length < 2) continue;
      const words = [...first, ...last];
      const key = words.join(' ');
      if (seen.has(key)) continue;
      const person = seen.size;
      seen.set(key, person);
      const pairKey = `${words[0]} ${words[1]}`;
      const list = this.byFirstPair.get(pairKey) ?? [];
      list.push({ words, firstLength: first.length, person });
      this.byFirstPair.set(pairKey, list);
      this.heads[headHash(defined(words[0]))] = 1;
    }
    this.size = seen.size;
  }

  candidates(first: string, second: string): readonly IndexedName[] | undefined {
    return this.byFirstPair.get(`${first} ${second}`);
  }
}
