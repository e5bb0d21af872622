// The per-item view detectors share: words, language and the number-bearing text are computed at
// most once per item, and only when a detector asks.

import { guessLanguage } from './language.js';
import { bundledLexicons } from './lexicons.js';
import { TextWords } from './words.js';
import type { DetectContext, MemberSetup } from './types.js';

// Web addresses: their digits are ids, never a phone, card or account number.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const DIGIT = /\d/;

export class ItemContext implements DetectContext {
  private cachedWords: TextWords | null = null;
  private cachedLanguage: string | null | undefined = undefined;
  private cachedNumbers: string | null | undefined = undefined;

  constructor(
    readonly text: string,
    readonly category: string,
    readonly member: MemberSetup,
  ) {}

  /** Words of the prose (TextWords leaves web addresses out). */
  words(): TextWords {
    return (this.cachedWords ??= new TextWords(this.text));
  }

  language(): string | null {
    if (this.cachedLanguage === undefined) this.cachedLanguage = guessLanguage(this.words(), bundledLexicons());
    return this.cachedLanguage;
  }

  numbers(): string | null {
    if (this.cachedNumbers === undefined) {
      const t = this.text;
      if (!DIGIT.test(t)) this.cachedNumbers = null;
      else if (!t.includes('://') && !t.includes('www.')) this.cachedNumbers = t;
      // Most texts with a link have digits only inside it (a reaction's post address).
      else if (!DIGIT.test(t.replace(URL, ''))) this.cachedNumbers = null;
      else this.cachedNumbers = t.replace(URL, (url) => ' '.repeat(url.length));
    }
    return this.cachedNumbers;
  }
}
