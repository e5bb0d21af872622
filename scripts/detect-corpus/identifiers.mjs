// Invented identifiers for the detection corpus, built from each scheme's published rules (check
// digits computed here, independently of the libraries the detectors use), plus look-alikes that
// break exactly one rule (a wrong check digit, a never-issued range) so they are true negatives.

const mod = (numeric, m) => {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % m;
  return r;
};
const lettersToDigits = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
const group4 = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');
const alterDigit = (rng, s, at) => {
  const d = Number(s[at]);
  return s.slice(0, at) + String((d + rng.int(1, 9)) % 10) + s.slice(at + 1);
};

// ---- IBAN (ISO 13616: mod 97 over BBAN + country + check digits == 1) -------------------------

function ibanFromBban(country, bban) {
  const check = 98 - mod(lettersToDigits(bban + country) + '00', 97);
  return country + String(check).padStart(2, '0') + bban;
}

const ES_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function esControl(ten) {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * ES_WEIGHTS[i];
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

const BBAN = {
  DE: (rng) => rng.digits(18),
  NL: (rng) => rng.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + rng.digits(10),
  GB: (rng) => rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + rng.digits(14),
  IT: (rng) => String.fromCharCode(65 + rng.int(0, 25)) + rng.digits(10) + rng.digits(12),
  AT: (rng) => rng.digits(16),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
  BE: (rng) => {
    const ten = String(rng.int(1, 9)) + rng.digits(9);
    const r = mod(ten, 97);
    return ten + String(r === 0 ? 97 : r).padStart(2, '0');
  },
  FR: (rng) => {
    // RIB key: 97 - ((89 bank + 15 branch + 3 account) mod 97), numeric account.
    const bank = rng.digits(5);
    const branch = rng.digits(5);
    const account = rng.digits(11);
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
    return bank + branch + account + String(key).padStart(2, '0');
  },
  ES: (rng) => {
    const bank = rng.digits(4);
    const branch = rng.digits(4);
    const account = rng.digits(10);
    return bank + branch + esControl('00' + bank + branch) + esControl(account) + account;
  },
  PT: (rng) => {
    // NIB check digits: ISO 7064 MOD 97-10 over the 19 digits.
    const body = rng.digits(19);
    return body + String(98 - mod(body + '00', 97)).padStart(2, '0');
  },
};

export const IBAN_COUNTRIES = Object.keys(BBAN);

export function iban(rng, country) {
  const value = ibanFromBban(country, BBAN[country](rng));
  return rng.chance(0.6) ? group4(value) : value;
}

/** Same shape, one digit of the check pair changed: fails mod 97. */
export function ibanBadChecksum(rng, country) {
  const good = ibanFromBban(country, BBAN[country](rng));
  const bad = alterDigit(rng, good, 3);
  return rng.chance(0.6) ? group4(bad) : bad;
}

// ---- Payment cards (ISO/IEC 7812: IIN ranges, lengths, Luhn) -------------------------------

function luhnCheckDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const CARD_BRANDS = [
  { prefix: (rng) => '4' + rng.digits(5), length: 16 },
  { prefix: (rng) => String(rng.int(51, 55)) + rng.digits(4), length: 16 },
  { prefix: (rng) => String(rng.int(2221, 2720)) + rng.digits(2), length: 16 },
  { prefix: (rng) => rng.pick(['34', '37']) + rng.digits(4), length: 15 },
  { prefix: (rng) => '6011' + rng.digits(2), length: 16 },
  { prefix: (rng) => String(rng.int(3528, 3589)) + rng.digits(2), length: 16 },
];

function formatCard(rng, digits) {
  const style = rng.int(0, 2);
  const sep = style === 0 ? ' ' : style === 1 ? '-' : '';
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

export function card(rng) {
  const brand = rng.pick(CARD_BRANDS);
  const prefix = brand.prefix(rng);
  const body = prefix + rng.digits(brand.length - prefix.length - 1);
  return formatCard(rng, body + luhnCheckDigit(body));
}

/** A card-shaped number whose last digit breaks Luhn. */
export function cardBadLuhn(rng) {
  const brand = rng.pick(CARD_BRANDS);
  const prefix = brand.prefix(rng);
  const body = prefix + rng.digits(brand.length - prefix.length - 1);
  const wrong = String((Number(luhnCheckDigit(body)) + rng.int(1, 9)) % 10);
  return formatCard(rng, body + wrong);
}

/** 16 digits that pass Luhn but start with an IIN no card network uses (order or account numbers). */
export function luhnValidNonCard(rng) {
  const body = String(rng.pick([1, 7, 8, 9])) + rng.digits(14);
  return formatCard(rng, body + luhnCheckDigit(body));
}

/** IMEI: 15 digits, Luhn-valid, TAC starting 35 (which is inside the JCB range). */
export function imei(rng) {
  const body = '35' + rng.digits(12);
  return body + luhnCheckDigit(body);
}

// ---- National identifiers -------------------------------------------------------------------

export function usSsn(rng) {
  let area;
  do area = rng.int(1, 899);
  while (area === 666);
  const sep = rng.chance(0.8) ? '-' : ' ';
  return [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')].join(sep);
}

/** Never issued: area 000, 666 or 900-999, group 00, serial 0000, or the famous Woolworth wallet number. */
export function usSsnInvalid(rng) {
  const group = String(rng.int(1, 99)).padStart(2, '0');
  const serial = String(rng.int(1, 9999)).padStart(4, '0');
  switch (rng.int(0, 4)) {
    case 0: return `000-${group}-${serial}`;
    case 1: return `666-${group}-${serial}`;
    case 2: return `${rng.int(900, 999)}-${group}-${serial}`;
    case 3: return `${String(rng.int(1, 665)).padStart(3, '0')}-00-${serial}`;
    default: return '078-05-1120';
  }
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
const ninoFormat = (rng, prefix, six, suffix) =>
  rng.chance(0.5) ? `${prefix} ${six.slice(0, 2)} ${six.slice(2, 4)} ${six.slice(4)} ${suffix}` : `${prefix}${six}${suffix}`;

export function ukNino(rng) {
  let prefix;
  do prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BANNED.includes(prefix));
  return ninoFormat(rng, prefix, rng.digits(6), rng.pick(['A', 'B', 'C', 'D']));
}

/** HMRC's documentation example (QQ), an unallocated prefix, or a suffix outside A-D. */
export function ukNinoInvalid(rng) {
  const six = rng.digits(6);
  switch (rng.int(0, 2)) {
    case 0: return ninoFormat(rng, 'QQ', six, 'C');
    case 1: return ninoFormat(rng, rng.pick(NINO_BANNED), six, 'A');
    default: return ninoFormat(rng, 'AB', six, 'F');
  }
}

function nirParts(rng) {
  const sex = String(rng.int(1, 2));
  const yy = rng.digits(2);
  const mm = String(rng.int(1, 12)).padStart(2, '0');
  const corsica = rng.chance(0.1);
  const dept = corsica ? rng.pick(['2A', '2B']) : String(rng.pick([rng.int(1, 19), rng.int(21, 95)])).padStart(2, '0');
  const commune = String(rng.int(1, 990)).padStart(3, '0');
  const order = String(rng.int(1, 999)).padStart(3, '0');
  const body = sex + yy + mm + dept + commune + order;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  const key = String(97 - mod(numeric, 97)).padStart(2, '0');
  return { sex, yy, mm, dept, commune, order, key };
}
const nirFormat = (rng, p, key) =>
  rng.chance(0.6)
    ? `${p.sex} ${p.yy} ${p.mm} ${p.dept} ${p.commune} ${p.order} ${key}`
    : `${p.sex}${p.yy}${p.mm}${p.dept}${p.commune}${p.order}${key}`;

export function frNir(rng) {
  const p = nirParts(rng);
  return nirFormat(rng, p, p.key);
}
export function frNirBadKey(rng) {
  const p = nirParts(rng);
  return nirFormat(rng, p, String((Number(p.key) + rng.int(1, 40)) % 97 || 1).padStart(2, '0'));
}

function steuerIdCheck(ten) {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
function steuerIdBody(rng) {
  // Ten digits, first not 0, exactly one digit appearing twice (so one digit is missing).
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const nine = pool.slice(0, 9);
  const twice = rng.pick(nine);
  const ten = [...nine, twice];
  for (let i = ten.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [ten[i], ten[j]] = [ten[j], ten[i]];
  }
  if (ten[0] === 0) return steuerIdBody(rng); // the first digit is never 0
  return ten.join('');
}
const steuerFormat = (rng, s) => (rng.chance(0.5) ? `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}` : s);

export function deSteuerId(rng) {
  const ten = steuerIdBody(rng);
  return steuerFormat(rng, ten + steuerIdCheck(ten));
}
export function deSteuerIdBad(rng) {
  const ten = steuerIdBody(rng);
  return steuerFormat(rng, ten + ((steuerIdCheck(ten) + rng.int(1, 9)) % 10));
}

function bsnSum(nine) {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(nine[i]) * (9 - i);
  return s - Number(nine[8]);
}
export function nlBsn(rng) {
  for (;;) {
    const eight = rng.digits(8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
    const last = s % 11;
    if (last < 10) return eight + last;
  }
}
export function nlBsnBad(rng) {
  for (;;) {
    const nine = rng.digits(9);
    if (bsnSum(nine) % 11 !== 0) return nine;
  }
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function esDni(rng) {
  const n = rng.int(10000000, 99999999);
  return `${n}${rng.chance(0.3) ? '-' : ''}${DNI_LETTERS[n % 23]}`;
}
export function esNie(rng) {
  const head = rng.int(0, 2);
  const seven = rng.digits(7);
  return `${'XYZ'[head]}${seven}${DNI_LETTERS[Number(head + seven) % 23]}`;
}
export function esDniBad(rng) {
  const n = rng.int(10000000, 99999999);
  return `${n}${DNI_LETTERS[(n + rng.int(1, 22)) % 23]}`;
}

// Codice fiscale (Italy): 15 characters and a check letter from the odd/even position tables.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfValue = (c) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65);
function cfCheck(fifteen) {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[cfValue(fifteen[i])] : cfValue(fifteen[i]);
  return String.fromCharCode(65 + (sum % 26));
}
function cfBody(rng) {
  const letters = 'BCDFGHLMNPRSTVZ';
  const three = () => Array.from({ length: 3 }, () => rng.pick([...letters])).join('');
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  return three() + three() + rng.digits(2) + rng.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') +
    rng.pick([...'ABCDEFGHILM']) + String(rng.int(1, 999)).padStart(3, '0');
}
export function itCodiceFiscale(rng) {
  const body = cfBody(rng);
  return body + cfCheck(body);
}
export function itCodiceFiscaleBad(rng) {
  const body = cfBody(rng);
  return body + String.fromCharCode(65 + ((cfCheck(body).charCodeAt(0) - 65 + rng.int(1, 25)) % 26));
}

// NIF (Portugal): 9 digits, mod 11 check digit; persons start with 1, 2 or 3.
function nifCheck(eight) {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
  const c = 11 - (s % 11);
  return c >= 10 ? 0 : c;
}
export function ptNif(rng) {
  const eight = String(rng.int(1, 3)) + rng.digits(7);
  return eight + nifCheck(eight);
}
export function ptNifBad(rng) {
  const eight = String(rng.int(1, 3)) + rng.digits(7);
  return eight + ((nifCheck(eight) + rng.int(1, 9)) % 10);
}

/** Passport-number shapes by issuing country (letters and digits, 8-9 characters). */
export function passportNumber(rng, country) {
  const L = () => String.fromCharCode(65 + rng.int(0, 25));
  switch (country) {
    case 'FR': return rng.digits(2) + L() + L() + rng.digits(5);
    case 'DE': return 'C' + Array.from({ length: 8 }, () => rng.pick([...'CFGHJKLMNPRTVWXYZ0123456789'])).join('');
    case 'ES': return L() + L() + L() + rng.digits(6);
    case 'IT': return L() + L() + rng.digits(7);
    case 'NL': return L() + L() + Array.from({ length: 6 }, () => rng.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'])).join('') + rng.digits(1);
    case 'PT': return L() + rng.digits(6);
    default: return rng.digits(9);
  }
}
