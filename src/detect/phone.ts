// Phone numbers, found by libphonenumber-js (full metadata) with the member's country as the
// default for numbers written without +country code. A match counts when
//  - the library says the number is valid, or it has a possible length and is written the way
//    phone numbers are (international form, or the national trunk prefix and separators): the
//    library's allocation tables lag behind new ranges, and a phone-shaped number is a phone;
//  - and it is written as a phone: not a national number missing the trunk prefix its national
//    format starts with ("123456789" in France is an invoice number, "01 23 45 67 89" a phone),
//    not a date shape, not ten bare digits in North America, not a bare run of digits in a country
//    without trunk prefix unless it is a mobile number (Spanish and Italian mobiles are often
//    written so; other runs are ids);
//  - and no reference word (order, invoice, ISBN...) or IBAN-shaped run stands just before it.

import { findNumbers, type CountryCode, type NumberFound } from 'libphonenumber-js/max';
import { IBAN_BEFORE, REFERENCE_BEFORE } from './number-context.js';
import type { DetectContext, Detector, DetectRegion, Finding } from './types.js';

const REGION_COUNTRY: Partial<Record<DetectRegion, CountryCode>> = { UK: 'GB', CA: 'CA', HK: 'HK', CN: 'CN' };

/** The country used for numbers without +code: the member's country, else the region's only one. */
export function defaultPhoneCountry(region: DetectRegion, country: string | null): CountryCode | undefined {
  return (country as CountryCode | null) ?? REGION_COUNTRY[region];
}

// Seven digits, possibly separated, not glued to letters or % (ids inside links and codes).
const CANDIDATE = /(?<![\w%])(?:\+|\(|00)?\d(?:[ \u00a0().\/-]{0,3}\d){6}/;
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const INTERNATIONAL = /^(?:\+|00|\(\+|\(00)/;
// "0.0031877" (a probability), "12,5000": one decimal separator between two digit runs.
const DECIMAL_SHAPE = /^\d+[.,]\d+$/;
// "1001-5000" (a company size), "2019-2024": two runs of four digits, the first the smaller.
const RANGE_SHAPE = /^(\d{4})[-–](\d{4})$/;

function writtenAsPhone(raw: string, f: { number: import('libphonenumber-js').PhoneNumber }, country: CountryCode | undefined): boolean {
  if (INTERNATIONAL.test(raw)) return true;
  if (DATE_SHAPE.test(raw) || DECIMAL_SHAPE.test(raw)) return false;
  const range = RANGE_SHAPE.exec(raw);
  if (range && Number(range[1]) < Number(range[2])) return false;
  const digits = raw.replace(/\D/g, '');
  const own = f.number.country === country;
  if (own) {
    const nationalDigits = f.number.formatNational().replace(/\D/g, '');
    // The national format starts with a trunk prefix the text left out.
    if (nationalDigits.length > digits.length && nationalDigits.endsWith(digits)) return false;
  }
  if (/^\d+$/.test(raw)) {
    if (country === 'US' || country === 'CA') return false;
    if (!raw.startsWith('0') && f.number.getType() !== 'MOBILE') return false;
  }
  return true;
}

const NO_TRUNK_PREFIX = new Set(['ES', 'IT', 'PT', 'HK', 'GR', 'DK', 'NO', 'LU', 'MT', 'CY', 'IS', 'SG']);

/** Written in phone groups: international form, trunk prefix with separators, or (where there is no trunk prefix) space-separated groups that are not thousands. */
function phoneShaped(raw: string, country: CountryCode | undefined, callingCode: string): boolean {
  if (INTERNATIONAL.test(raw) || raw.startsWith(`(${callingCode})`)) return true; // "(852) 9123 4567"

  if (/^0/.test(raw)) return /[ \u00a0.\/-]/.test(raw);
  return country !== undefined && NO_TRUNK_PREFIX.has(country) && /^\d{2,}(?:[ \u00a0-]\d{2,})+$/.test(raw) && !/^\d{1,3}(?: \d{3})+$/.test(raw);
}

export const phoneDetector: Detector = {
  id: 'phone',
  label: 'Phone numbers',
  kinds: ['phone'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null || !CANDIDATE.test(text)) return [];
    const defaultCountry = defaultPhoneCountry(context.member.region, context.member.country);
    const out: Finding[] = [];
    let found: NumberFound[];
    try {
      // "POSSIBLE": numbers of a possible length too, judged below; the library's "valid" alone
      // misses numbers in ranges its tables do not list yet.
      const options = { defaultCountry, v2: true, leniency: 'POSSIBLE' } as unknown as { defaultCountry?: CountryCode; v2: true };
      found = findNumbers(text, options);
    } catch {
      return []; // the library refuses odd input (e.g. an unknown default country): no phone numbers
    }
    for (const f of found) {
      const raw = text.slice(f.startsAt, f.endsAt).trim();
      if (!f.number.isValid() && !(f.number.isPossible() && phoneShaped(raw, defaultCountry, f.number.countryCallingCode))) continue;
      if (!writtenAsPhone(raw, f, defaultCountry)) continue;
      // Part of a longer code or run of digit groups (a tracking code, a card, an account).
      const two = text.slice(Math.max(0, f.startsAt - 2), f.startsAt);
      if (/[\p{L}\d]$/u.test(two) || /\d[ \u00a0.\-]$/.test(two)) continue;
      if (/^[ \u00a0.\-]?\d/.test(text.slice(f.endsAt, f.endsAt + 2))) continue;
      const before = text.slice(Math.max(0, f.startsAt - 30), f.startsAt);
      if (REFERENCE_BEFORE.test(before) || IBAN_BEFORE.test(before)) continue;
      out.push({ detector: 'phone', kind: 'phone', start: f.startsAt, end: f.endsAt });
    }
    return out;
  },
};
