// Check rules of national identifiers, each from the issuing authority's published scheme. Every
// function takes the identifier without spaces or dashes and says whether it can be a real one.
import { defined } from '../model/defined.js';

/** US Social Security number: area 001-899 except 666, group 01-99, serial 0001-9999; known void numbers out. */
export function usSsnValid(nine: string): boolean {
  const area = Number(nine.slice(0, 3));
  const group = Number(nine.slice(3, 5));
  const serial = Number(nine.slice(5));
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  return nine !== '078051120' && nine !== '219099999'; // published in advertising, voided
}

const NINO_BANNED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
/** UK National Insurance number: two allowed letters, six digits, suffix A-D (no check digit exists). */
export function ukNinoValid(value: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value) && !NINO_BANNED_PREFIXES.has(value.slice(0, 2));
}

/** French NIR (numéro de sécurité sociale): 13 characters and a key, 97 - (number mod 97); Corsica 2A/2B count as 19/18. */
export function frNirValid(fifteen: string): boolean {
  if (!/^[1278]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(fifteen)) return false;
  const month = Number(fifteen.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20)) return false;
  const body = fifteen.slice(0, 13).replace('2A', '19').replace('2B', '18');
  let r = 0;
  for (const ch of body) r = (r * 10 + Number(ch)) % 97;
  return 97 - r === Number(fifteen.slice(13));
}

/** German tax id (Steuer-IdNr): 11 digits, first not 0, one digit twice or thrice in the first ten, ISO 7064 MOD 11,10 check. */
export function deTaxIdValid(eleven: string): boolean {
  if (!/^[1-9]\d{10}$/.test(eleven)) return false;
  const counts = new Array<number>(10).fill(0);
  for (const ch of eleven.slice(0, 10)) {
    const digit = Number(ch);
    counts[digit] = defined(counts[digit]) + 1;
  }
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || defined(repeated[0]) > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(eleven[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === Number(eleven[10]);
}

/** Dutch BSN: 9 digits passing the "11-test" (9a + 8b + ... + 2h - 1i divisible by 11). */
export function nlBsnValid(nine: string): boolean {
  if (!/^\d{9}$/.test(nine) || nine === '000000000') return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(nine[i]) * (9 - i);
  s -= Number(nine[8]);
  return s % 11 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is the number mod 23. */
export function esDniNieValid(value: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(value);
  if (!m) return false;
  if (defined(m[2]).length !== (m[1] ? 7 : 8)) return false;
  const numeric = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return DNI_LETTERS[numeric % 23] === m[3];
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Italian codice fiscale: 16 characters, the last a check letter from the odd/even position tables. */
export function itCodiceFiscaleValid(value: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = value.charAt(i);
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? defined(CF_ODD[v]) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}

/** Portuguese NIF: 9 digits, first 1-3, 5, 6, 8 or 9, mod-11 check digit. */
export function ptNifValid(nine: string): boolean {
  if (!/^[1235689]\d{8}$/.test(nine)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(nine[i]) * (9 - i);
  const c = 11 - (s % 11);
  return (c >= 10 ? 0 : c) === Number(nine[8]);
}
