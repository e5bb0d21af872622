// Payment-card numbers (ISO/IEC 7812): 12-19 digits, in one block or in groups separated by one
// kind of separator, whose first digits are a card network's range (IIN) for that length, and
// whose last digit is the Luhn check. Not reported: a number right after a word that names it as
// something else (order, IMEI, loyalty account...), or the account part of an IBAN.

import { IBAN_BEFORE } from './number-context.js';
import type { DetectContext, Detector, Finding } from './types.js';

const CANDIDATE = /(?<![\d\w])\d{3,6}(?:([ \-])\d{3,6})(?:\1\d{1,6}){0,4}(?![\d\w]|[ \-]\d)|(?<![\d\w])\d{12,19}(?![\d\w])/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card networks' ranges and lengths: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro. */
export function cardNetworkAccepts(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners Club
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  return false;
}

const NOT_A_CARD_BEFORE =
  /(?:order|ref|reference|invoice|tracking|imei|account|loyalty|member|ticket|commande|référence|fidélité|compte|bestell|kunden|konto|sendung|pedido|referencia|fidelizaci|cuenta|bestel|klanten|ordine|riferimento|fedeltà|encomenda|referência|fidelização|conta)[^\d\n]{0,14}$/i;

export const paymentCardDetector: Detector = {
  id: 'payment-card',
  label: 'Payment-card numbers',
  kinds: ['payment-card'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null) return [];
    const out: Finding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 12 || digits.length > 19) continue;
      if (!cardNetworkAccepts(digits) || !luhnValid(digits)) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NOT_A_CARD_BEFORE.test(before) || IBAN_BEFORE.test(before)) continue;
      out.push({ detector: 'payment-card', kind: 'payment-card', start: m.index, end: m.index + m[0].length });
    }
    return out;
  },
};
