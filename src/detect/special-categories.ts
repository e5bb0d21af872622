// Special categories of personal data (GDPR Art. 9, plus pregnancy, disability and criminal
// records): lexicon words and phrases, as whole words, in the item's language (all languages when
// the guess is unsure). Pregnancy and disability are reported as kind "health" with that detail.

import { bundledLexicons, type CompiledEntry } from './lexicons.js';
import { gapOk, matchAt } from './lexicon-pattern.js';
import type { DetectContext, Detector, Finding, FindingKind, LexiconCategory } from './types.js';
import type { TextWords } from './words.js';
import { defined } from '../model/defined.js';

const KIND_OF: Record<LexiconCategory, FindingKind> = {
  health: 'health',
  pregnancy: 'health',
  disability: 'health',
  religion: 'religion',
  'political-opinion': 'political-opinion',
  'trade-union': 'trade-union',
  'sexual-orientation': 'sexual-orientation',
  'ethnic-origin': 'ethnic-origin',
  'criminal-record': 'criminal-record',
};

function allCapitalised(words: TextWords, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = words.text.charAt(defined(words.starts[k]));
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  }
  return true;
}

function excepted(entry: CompiledEntry, words: TextWords, i: number): boolean {
  for (const ex of entry.except) {
    for (let s = Math.max(0, i - ex.length + 1); s <= i; s++) {
      if (matchAt(ex, words, s) > i) return true;
    }
  }
  return false;
}

export const specialCategoriesDetector: Detector = {
  id: 'special-categories',
  label: 'Special categories of personal data',
  kinds: ['health', 'religion', 'political-opinion', 'trade-union', 'sexual-orientation', 'ethnic-origin', 'criminal-record'],
  find(text: string, context: DetectContext): Finding[] {
    const index = bundledLexicons();
    const bits = index.bits;
    const words = context.words();
    const findings: Finding[] = [];
    const candidates: CompiledEntry[] = [];
    for (let i = 0; i < words.count; i++) {
      const h = defined(words.heads[i]);
      const t = defined(words.tails[i]);
      if (h >= 0 && t >= 0 && (defined(bits[h]) & 1) === 0 && (defined(bits[t]) & 2) === 0) continue;
      candidates.length = 0;
      index.candidates(words.norm(i), h, t, candidates);
      if (candidates.length === 0) continue;
      let best: CompiledEntry | null = null;
      let bestEnd = -1;
      // An except phrase of any language's entry gives the words another sense here: when the
      // language is unsure, "Universidad Católica" must not pass through the Portuguese entry.
      let blocked: Set<string> | null = null;
      for (const entry of candidates) {
        if (matchAt(entry.pattern, words, i) >= 0 && excepted(entry, words, i)) (blocked ??= new Set()).add(entry.category);
      }
      for (const entry of candidates) {
        const end = matchAt(entry.pattern, words, i);
        if (end <= bestEnd) continue;
        if (blocked?.has(entry.category)) continue;
        if (entry.capitalised && !allCapitalised(words, i, end)) continue;
        const lang = context.language();
        if (lang === null ? entry.strict : lang !== entry.language) continue;
        best = entry;
        bestEnd = end;
      }
      if (!best) continue;
      const start = defined(words.starts[i]);
      const end = defined(words.ends[bestEnd - 1]);
      const kind = KIND_OF[best.category];
      const detail = best.category === 'pregnancy' || best.category === 'disability' ? best.category : undefined;
      const previous = findings[findings.length - 1];
      // "came out as" + "bisexual", "Voto al" + "PP": one mention, not two.
      if (previous && previous.kind === kind && previous.detail === detail && gapOk(text, previous.end, start)) {
        previous.end = end;
      } else {
        const finding: Finding = { detector: 'special-categories', kind, start, end };
        if (detail) finding.detail = detail;
        findings.push(finding);
      }
      i = bestEnd - 1;
    }
    return findings;
  },
};
