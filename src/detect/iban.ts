// IBANs: two capital letters, two check digits and the account, written in one block or in groups
// of four; accepted only when ibantools validates it (country length, mod-97 check digits and, for
// the countries that have one, the national check inside the account number).

import { isValidIBAN } from 'ibantools';
import type { DetectContext, Detector, Finding } from './types.js';

// A candidate: country + check digits, then up to 32 more letters/digits in space-separated groups.
const CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8}\b/g;

export const ibanDetector: Detector = {
  id: 'iban',
  label: 'Bank account numbers (IBAN)',
  kinds: ['iban'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null) return [];
    const out: Finding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      // The candidate may have swallowed a following word ("... 0130 00 EUR"): take the longest
      // run of groups that is a valid IBAN.
      const groups = m[0].split(/[ \u00a0]/);
      let compact = '';
      let length = 0;
      let bestLength = 0;
      for (const [g, group] of groups.entries()) {
        compact += group;
        length += (g > 0 ? 1 : 0) + group.length;
        if (compact.length >= 15 && isValidIBAN(compact)) bestLength = length;
      }
      if (bestLength > 0) {
        out.push({ detector: 'iban', kind: 'iban', start: m.index, end: m.index + bestLength });
        CANDIDATE.lastIndex = m.index + bestLength;
      }
    }
    return out;
  },
};
