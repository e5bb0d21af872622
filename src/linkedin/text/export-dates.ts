// LinkedIn writes a different date format in almost every file (docs/export-format.md). Each file
// spec names its parser; all return ISO 8601 in UTC ("2026-05-11T15:17:30Z") or null when the value
// does not match. Values without a zone are taken as UTC (they line up with the UTC ones). Years
// are kept as written (0001 stays 0001); the readers reject implausible ones (isPlausibleDate).
import { defined } from '../../model/defined.js';

export type DateParser = (raw: string) => string | null;

// A Map, so that no word of the input can find an inherited property of an object.
const MONTHS = new Map(
  Object.entries({
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  }),
);

function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase()) ?? null;
}

function iso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  // Date.UTC reads years 0–99 as 1900–1999: such years are computed 400 years later (the
  // Gregorian calendar repeats every 400 years) and moved back.
  const shift = year < 100 ? 400 : 0;
  const date = new Date(Date.UTC(year + shift, month - 1, day, hour, minute, second));
  if (shift) date.setUTCFullYear(date.getUTCFullYear() - shift);
  if (date.getUTCDate() !== day) return null; // 31 Feb and friends
  return date.toISOString().replace('.000Z', 'Z');
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** A year written with two or four digits. */
function fullYear(written: string): number {
  return written.length === 2 ? twoDigitYear(+written) : +written;
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase() === 'PM';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2026-05-11 15:17:30": the format of every activity file, by far the most common; no regex. */
function fastIsoDateTime(raw: string): string | null {
  if (raw.length !== 19 || raw[4] !== '-' || raw[7] !== '-' || raw[10] !== ' ' || raw[13] !== ':' || raw[16] !== ':') return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const month = (raw.charCodeAt(5) - 48) * 10 + raw.charCodeAt(6) - 48;
  const day = (raw.charCodeAt(8) - 48) * 10 + raw.charCodeAt(9) - 48;
  const hour = (raw.charCodeAt(11) - 48) * 10 + raw.charCodeAt(12) - 48;
  const minute = (raw.charCodeAt(14) - 48) * 10 + raw.charCodeAt(15) - 48;
  const second = (raw.charCodeAt(17) - 48) * 10 + raw.charCodeAt(18) - 48;
  if (month < 1 || month > 12 || day < 1 || day > defined(DAYS_IN_MONTH[month - 1]) || hour > 23 || minute > 59 || second > 59) return null;
  if (month === 2 && day === 29) {
    const year = Number(raw.slice(0, 4));
    if (!(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  }
  return `${raw.slice(0, 10)}T${raw.slice(11)}Z`;
}

/** 2026-05-11 15:17:30, 2026-05-11 14:56:48 UTC, 2026-05-05 20:55 UTC, 2019-11-06T02:08:20, 2024-11-13 */
export const isoLike: DateParser = (raw) => {
  const fast = fastIsoDateTime(raw);
  if (fast) return fast;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:UTC|Z|GMT)?$/i.exec(raw.trim());
  if (!m) return null;
  return iso(+defined(m[1]), +defined(m[2]), +defined(m[3]), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
};

/** 2024/12/07 14:51:07 UTC, 2025/10/09 */
export const slashYmd: DateParser = (raw) => {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:UTC|GMT)?$/i.exec(raw.trim());
  if (!m) return null;
  return iso(+defined(m[1]), +defined(m[2]), +defined(m[3]), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
};

/** 5/11/26, 5:37 AM · 04/15/24, 09:25 PM · 11/26/24 01:32 PM UTC · 1/14/2020 12:13 (Excel) */
export const usMonthDayYear: DateParser = (raw) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?\s*(?:UTC|GMT)?$/i.exec(raw.trim());
  if (!m) return null;
  const year = fullYear(defined(m[3]));
  return iso(year, +defined(m[1]), +defined(m[2]), to24h(+(m[4] ?? 0), m[7]), +(m[5] ?? 0), +(m[6] ?? 0));
};

/** 16 Dec 2024 · 4-Apr-21 (Excel) */
export const dayMonthYear: DateParser = (raw) => {
  const m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const month = monthNumber(defined(m[2]));
  if (!month) return null;
  const year = fullYear(defined(m[3]));
  return iso(year, month, +defined(m[1]));
};

/** Tue May 21 19:48:24 UTC 2024 (Java Date.toString) */
export const javaDate: DateParser = (raw) => {
  const m = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:UTC|GMT)\s+(\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const month = monthNumber(defined(m[1]));
  return month ? iso(+defined(m[6]), month, +defined(m[2]), +defined(m[3]), +defined(m[4]), +defined(m[5])) : null;
};

/** Jan 2020 · 2019 (profile sections: the first day of the month or year) */
export const monthYear: DateParser = (raw) => {
  const text = raw.trim();
  const year = /^(\d{4})$/.exec(text);
  if (year) return iso(+defined(year[1]), 1, 1);
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text);
  if (!m) return null;
  const month = monthNumber(defined(m[1]));
  return month ? iso(+defined(m[2]), month, 1) : null;
};

/** Apr 3, 2023 · Sep 13, 2023 01:00 PM · April 27, 2026 at 9:49 AM */
export const monthDayYear: DateParser = (raw) => {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([AP]M)?)?/i.exec(raw.trim());
  if (!m) return null;
  const month = monthNumber(defined(m[1]));
  return month ? iso(+defined(m[3]), month, +defined(m[2]), to24h(+(m[4] ?? 0), m[6]), +(m[5] ?? 0)) : null;
};

/** "You uploaded a feed photo on April 27, 2026 at 9:49 AM (GMT)" (Rich_Media.csv) */
export const richMediaSentence: DateParser = (raw) => {
  const at = raw.lastIndexOf(' on ');
  return at < 0 ? null : monthDayYear(raw.slice(at + 4));
};

/** "Sep 13, 2023 01:00 PM - Sep 13, 2023 02:00 PM" (Events.csv): the start. */
export const eventRange: DateParser = (raw) => monthDayYear(raw.split(' - ')[0] ?? '');

/** 1761387231918 (epoch milliseconds) */
export const epochMillis: DateParser = (raw) => {
  const text = raw.trim();
  if (!/^\d{12,14}$/.test(text)) return null;
  return new Date(Number(text)).toISOString().replace('.000Z', 'Z');
};

const ALL_PARSERS: DateParser[] = [isoLike, slashYmd, usMonthDayYear, dayMonthYear, javaDate, monthDayYear, monthYear, epochMillis];

/**
 * The file's own format first, then every other known one (Excel re-saves change formats);
 * null when nothing matches.
 */
export function parseDateWith(primary: DateParser, raw: string): string | null {
  const first = primary(raw);
  if (first !== null) return first;
  for (const parser of ALL_PARSERS) {
    if (parser === primary) continue;
    const value = parser(raw);
    if (value !== null) return value;
  }
  return null;
}

/** The parser that reads `raw`, in parseDateWith's order (the file's own format first); null if none. */
export function dateFormatOf(primary: DateParser, raw: string): DateParser | null {
  if (primary(raw) !== null) return primary;
  return ALL_PARSERS.find((parser) => parser !== primary && parser(raw) !== null) ?? null;
}

const EXAMPLES = new Map<DateParser, string>([
  [isoLike, '2026-05-11 15:17:30'],
  [slashYmd, '2024/12/07 14:51:07 UTC'],
  [usMonthDayYear, '5/11/26, 5:37 AM'],
  [dayMonthYear, '16 Dec 2024'],
  [javaDate, 'Tue May 21 19:48:24 UTC 2024'],
  [monthYear, 'Jan 2020'],
  [monthDayYear, 'Apr 3, 2023'],
  [richMediaSentence, 'You uploaded a photo on April 27, 2026 at 9:49 AM (GMT)'],
  [eventRange, 'Sep 13, 2023 01:00 PM - Sep 13, 2023 02:00 PM'],
  [epochMillis, '1761387231918'],
]);

/** A value in the parser's format, for messages that say what was expected. */
export function dateExample(parser: DateParser): string {
  return EXAMPLES.get(parser) ?? '2026-05-11 15:17:30';
}

/** No date in an export is older than this; earlier ones are placeholders or typing errors (0001-01-01). */
export const EARLIEST_PLAUSIBLE_YEAR = 1900;

export function isPlausibleDate(iso: string): boolean {
  return iso >= `${EARLIEST_PLAUSIBLE_YEAR}-01-01`;
}

/** Values LinkedIn writes for "no date". */
export function isMissingDate(raw: string): boolean {
  const text = raw.trim();
  return text === '' || /^(n\/a|null|-+|none)$/i.test(text);
}
