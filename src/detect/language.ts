// A small language guess: the language whose frequent function words ("the", "und", "de la"...)
// occur most often in the text, when it has at least two and at least two more than any other
// language; otherwise null ("unsure"), and then every lexicon applies.

import type { LexiconIndex } from './lexicons.js';
import type { TextWords } from './words.js';
import { defined } from '../model/defined.js';

export function guessLanguage(words: TextWords, index: LexiconIndex): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < words.count; i++) {
    const h = defined(words.heads[i]);
    if (h >= 0 && (defined(index.bits[h]) & 4) === 0) continue;
    const langs = index.stopwords.get(words.norm(i));
    if (!langs) continue;
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = n;
    } else if (n > second) {
      second = n;
    }
  }
  return best !== null && bestCount >= 2 && bestCount >= second + 2 ? best : null;
}
