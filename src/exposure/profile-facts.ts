// What the verdicts need from Profile.csv: where the member lives, their birth year (minors) and
// their name (which side of a chat with LinkedIn's AI is theirs). Read from the profile's items,
// which the scan reads first.

import type { Item } from '../model/report.js';
import { defined } from '../model/defined.js';

export interface ProfileFacts {
  /** Every non-empty Geo Location, in file order (exports hold one profile row; some hold more). */
  geoLocations: string[];
  /** 2018 exports: the Country column. */
  country: string | null;
  /** Birth Date as written ("Jan 1, 2000" in 2018; "Jan 1", without a year, since 2023). */
  birthDate: string | null;
  /** First and last name, for telling the member's chat messages from the assistant's. */
  name: string | null;
}

export const NO_PROFILE: ProfileFacts = { geoLocations: [], country: null, birthDate: null, name: null };

export function profileFacts(items: readonly Item[]): ProfileFacts {
  const facts: ProfileFacts = { geoLocations: [], country: null, birthDate: null, name: null };
  let first: string | null = null;
  let last: string | null = null;
  for (const item of items) {
    if (item.category !== 'profile' || item.source.file.toLowerCase().includes('summary')) continue;
    const field = item.title?.toLowerCase();
    const value = item.text.trim();
    if (!value) continue;
    if (field === 'geo location') facts.geoLocations.push(value);
    else if (field === 'country') facts.country ??= value;
    else if (field === 'birth date') facts.birthDate ??= value;
    else if (field === 'first name') first ??= value;
    else if (field === 'last name') last ??= value;
  }
  facts.name = [first, last].filter(Boolean).join(' ') || null;
  return facts;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The birth date's year, month and day: "Jan 1, 2000", "1 Jan 2000", "2000-01-01", "2000".
 * Month and day are null when only a year is given; null overall when there is no year.
 */
export function birthYearOf(raw: string | null): { year: number; month: number | null; day: number | null } | null {
  if (!raw) return null;
  const v = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(v);
  if (m) return valid(Number(m[3]), MONTHS.indexOf(defined(m[1]).toLowerCase()) + 1, Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(v);
  if (m) return valid(Number(m[3]), MONTHS.indexOf(defined(m[2]).toLowerCase()) + 1, Number(m[1]));
  m = /^(\d{4})$/.exec(v);
  if (m) return plausibleYear(Number(m[1])) ? { year: Number(m[1]), month: null, day: null } : null;
  return null;
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

function valid(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The instant the member turned `age`: their birthday that year (29 Feb -> 1 Mar), or, with only
 * a year, 1 January of that year: the earliest it can have been, so no exposure is hidden.
 */
export function adultFrom(raw: string | null, age: number): Date | null {
  const b = birthYearOf(raw);
  if (!b) return null;
  if (b.month === null || b.day === null) return new Date(Date.UTC(b.year + age, 0, 1));
  const t = new Date(Date.UTC(b.year + age, b.month - 1, b.day));
  return t.getUTCMonth() === b.month - 1 ? t : new Date(Date.UTC(b.year + age, b.month - 1 + 1, 1));
}
