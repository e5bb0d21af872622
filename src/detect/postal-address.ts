// Postal addresses: a street (street-type word and house number) and a postcode of the member's
// country (every known country when it is unknown), the postcode after the street and at most 60
// characters away. Either alone is not an address: "Wall Street", "our 75008 Paris office".

import { ADDRESS_PATTERNS, type AddressPattern } from './address-patterns.js';
import type { DetectContext, Detector, Finding } from './types.js';
import { defined } from '../model/defined.js';

const MAX_GAP = 60;
const EU_COUNTRIES = ['FR', 'BE', 'DE', 'AT', 'NL', 'ES', 'IT', 'PT'];

export function addressCountries(region: string, country: string | null): string[] {
  if (country && ADDRESS_PATTERNS[country]) return [country];
  if (country === 'LU') return ['BE', 'FR', 'DE'];
  if (country === 'CH') return ['DE', 'FR', 'IT'];
  if (region === 'EU' && !country) return EU_COUNTRIES;
  if (region === 'UK') return ['GB'];
  if (region === 'CA' || region === 'HK') return [region];
  return Object.keys(ADDRESS_PATTERNS);
}

function findIn(text: string, p: AddressPattern, out: Finding[]): void {
  p.street.lastIndex = 0;
  for (let s = p.street.exec(text); s; s = p.street.exec(text)) {
    const streetEnd = s.index + s[0].length;
    const window = text.slice(streetEnd, streetEnd + MAX_GAP);
    p.postcode.lastIndex = 0;
    const pc = p.postcode.exec(window);
    if (!pc) continue;
    if (/[!?]|\.\s+\p{Lu}\p{Ll}|\n\s*\n/u.test(window.slice(0, pc.index))) continue; // not across a sentence end
    const end = streetEnd + pc.index + pc[0].length;
    if (out.some((f) => f.start < end && s!.index < f.end)) continue;
    out.push({ detector: 'postal-address', kind: 'postal-address', start: s.index, end });
    p.street.lastIndex = end;
  }
}

export const postalAddressDetector: Detector = {
  id: 'postal-address',
  label: 'Postal addresses',
  kinds: ['postal-address'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null) return [];
    const out: Finding[] = [];
    for (const country of addressCountries(context.member.region, context.member.country)) {
      findIn(text, defined(ADDRESS_PATTERNS[country]), out); // addressCountries names only countries with patterns
    }
    return out;
  },
};
