// National identifiers with their check rules (national-id-checks.ts). Schemes whose written shape
// is distinctive (US SSN with dashes, UK NINO, French NIR, Spanish DNI/NIE, Italian codice fiscale)
// are reported wherever they appear; bare digit runs that any order number could be (German tax
// id, Dutch BSN, Portuguese NIF, a US SSN without dashes) only after a word that names them.

import * as check from './national-id-checks.js';
import type { DetectContext, Detector, Finding } from './types.js';

interface Scheme {
  id: string;
  pattern: RegExp;
  valid(compact: string): boolean;
  /** Words one of which must stand in the 40 characters before the number; none = not needed. */
  keyword?: RegExp;
}

const SCHEMES: Scheme[] = [
  { id: 'us-ssn', pattern: /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g, valid: check.usSsnValid },
  { id: 'us-ssn', pattern: /(?<!\d)\d{9}(?!\d)/g, valid: check.usSsnValid, keyword: /\b(?:ssn|social security)\b/i },
  { id: 'uk-nino', pattern: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g, valid: check.ukNinoValid },
  { id: 'fr-nir', pattern: /(?<![\dA-Z])[1278] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\dA-Z])/g, valid: check.frNirValid },
  { id: 'de-tax-id', pattern: /(?<!\d)[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?!\d)/g, valid: check.deTaxIdValid, keyword: /(?:steuer-?id|steuer-?identifikationsnummer|identifikationsnummer|idnr|tax id|\btin\b)/i },
  { id: 'nl-bsn', pattern: /(?<!\d)\d{4}\.?\d{2}\.?\d{3}(?!\d)/g, valid: check.nlBsnValid, keyword: /\b(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)\b/i },
  { id: 'es-dni', pattern: /\b\d{8}-?[A-Z]\b/g, valid: check.esDniNieValid },
  { id: 'es-nie', pattern: /\b[XYZ]-?\d{7}-?[A-Z]\b/g, valid: check.esDniNieValid },
  { id: 'it-codice-fiscale', pattern: /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/g, valid: check.itCodiceFiscaleValid },
  { id: 'pt-nif', pattern: /(?<!\d)\d{9}(?!\d)/g, valid: check.ptNifValid, keyword: /\b(?:nif|contribuinte|n\.?º? fiscal|número fiscal)/i },
];

export const nationalIdDetector: Detector = {
  id: 'national-id',
  label: 'National identifiers',
  kinds: ['national-id'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null) return [];
    const out: Finding[] = [];
    for (const scheme of SCHEMES) {
      scheme.pattern.lastIndex = 0;
      for (let m = scheme.pattern.exec(text); m; m = scheme.pattern.exec(text)) {
        const compact = m[0].replace(/[\s.-]/g, '');
        if (!scheme.valid(compact)) continue;
        if (scheme.keyword && !scheme.keyword.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        const start = m.index;
        const end = m.index + m[0].length;
        if (out.some((f) => f.start < end && start < f.end)) continue; // one scheme per number
        out.push({ detector: 'national-id', kind: 'national-id', start, end, detail: scheme.id });
      }
    }
    return out;
  },
};
