// Day-based options: --opted-out and --as-of.
//
//  --opted-out 2025-01-15  -> the setting was off from 2025-01-15T00:00:00Z (start of that day, UTC).
//  --as-of 2026-11-01      -> the evaluation covers everything up to the END of that day: the
//                             exclusive instant 2026-11-02T00:00:00Z. Default: today (UTC).

import { isDay } from './policy-schema.js';
import { UsageError } from '../model/errors.js';

const MS_PER_DAY = 86_400_000;

/** Validates a YYYY-MM-DD option value (a real calendar day); throws UsageError naming the option. */
export function parseDayOption(option: string, value: string): string {
  const v = value.trim();
  if (!isDay(v)) {
    throw new UsageError(`${option}: expected a date as YYYY-MM-DD (e.g. 2025-01-15), got ${JSON.stringify(value)}`);
  }
  return v;
}

/** 00:00 UTC at the start of a YYYY-MM-DD day. */
export function startOfDayUtc(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The exclusive end of a YYYY-MM-DD day: 00:00 UTC of the next day. */
export function endOfDayUtc(day: string): Date {
  return new Date(startOfDayUtc(day).getTime() + MS_PER_DAY);
}

/** YYYY-MM-DD of an instant, in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last day covered by an exclusive as-of instant (the day before it, when it is midnight). */
export function lastDayBefore(exclusiveEnd: Date): string {
  return utcDay(new Date(exclusiveEnd.getTime() - 1));
}

export interface DateOptions {
  /** --opted-out value, YYYY-MM-DD. */
  optedOut?: string | null | undefined;
  /** --as-of value, YYYY-MM-DD; default today (UTC). */
  asOf?: string | null | undefined;
  /** Clock for the default as-of (tests). */
  now?: Date;
}

export interface ResolvedDates {
  /** Days as given (normalised), for ExposureContext. */
  optedOutDay: string | null;
  asOfDay: string;
  /** Instants for createClassifier: opt-out start, and the exclusive end of the as-of day. */
  optedOut: Date | null;
  asOf: Date;
}

/** Parses --opted-out and --as-of. Throws UsageError on a malformed date. */
export function resolveDates(opts: DateOptions): ResolvedDates {
  const optedOutDay = opts.optedOut == null ? null : parseDayOption('--opted-out', opts.optedOut);
  const asOfDay = opts.asOf == null ? utcDay(opts.now ?? new Date()) : parseDayOption('--as-of', opts.asOf);
  return {
    optedOutDay,
    asOfDay,
    optedOut: optedOutDay === null ? null : startOfDayUtc(optedOutDay),
    asOf: endOfDayUtc(asOfDay),
  };
}
