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

import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
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

function writtenAsPhone(raw: string, f: { number: import('libphonenumber-js').PhoneNumber }, country: CountryCode | undefined): boolean {
  if (INTERNATIONAL.test(raw)) return true;
  if (DATE_SHAPE.test(raw)) return false;
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

function phoneShaped(raw: string): boolean {
  return INTERNATIONAL.test(raw) || (/^0/.test(raw) && /[ \u00a0.\/-]/.test(raw));
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
    let found;
    try {
      found = findPhoneNumbersInText(text, defaultCountry ? { defaultCountry } : {});
    } catch {
      return []; // the library refuses odd input (e.g. an unknown default country): no phone numbers
    }
    for (const f of found) {
      const raw = text.slice(f.startsAt, f.endsAt).trim();
      if (!f.number.isValid() && !(f.number.isPossible() && phoneShaped(raw))) continue;
      if (!writtenAsPhone(raw, f, defaultCountry)) continue;
      const before = text.slice(Math.max(0, f.startsAt - 30), f.startsAt);
      if (REFERENCE_BEFORE.test(before) || IBAN_BEFORE.test(before)) continue;
      out.push({ detector: 'phone', kind: 'phone', start: f.startsAt, end: f.endsAt });
    }
    return out;
  },
};
