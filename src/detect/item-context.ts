// The per-item view detectors share: words, language and the number-bearing text are computed at
// most once per item, and only when a detector asks.

import { guessLanguage } from './language.js';
import { bundledLexicons } from './lexicons.js';
import { TextWords } from './words.js';
import type { DetectContext, MemberSetup } from './types.js';

// Web addresses: their digits are ids, never a phone, card or account number.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const DIGIT = /\d/;

/** Whether a digit stands outside the web addresses of the text (without building a copy of it). */
function digitOutsideLinks(text: string): boolean {
  let from = 0;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); ; m = URL.exec(text)) {
    const to = m ? m.index : text.length;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return true;
    }
    if (!m) return false;
    from = m.index + m[0].length;
  }
}

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
      else if (!digitOutsideLinks(t)) this.cachedNumbers = null;
      else this.cachedNumbers = t.replace(URL, (url) => ' '.repeat(url.length));
    }
    return this.cachedNumbers;
  }
}
