// --opted-out: a day, or "unknown" (the member does not remember: the summary shows the what-if),
// and the warnings for a day that cannot be right (before the setting existed, or in the future).

import type { Policy } from '../exposure/policy-schema.js';
import { utcDay } from '../exposure/option-dates.js';

export interface OptOutChoice {
  /** The day to classify with (undefined: no opt-out day). */
  day: string | undefined;
  unknown: boolean;
}

export function optOutChoice(value: string | undefined): OptOutChoice {
  if (value !== undefined && value.trim().toLowerCase() === 'unknown') return { day: undefined, unknown: true };
  return { day: value, unknown: false };
}

/**
 * Warnings on a well-formed day that is unlikely to be right. The setting appeared about when
 * the policy's first training window starts (August 2024, see docs/policy-file.md); a day
 * after the as-of day (or today) has not happened yet.
 */
export function optOutWarnings(value: string | undefined, policy: Policy, asOf: string | undefined, now: Date): string[] {
  const { day } = optOutChoice(value);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day.trim())) return [];
  const d = day.trim();
  const out: string[] = [];
  const first = policy.windows.map((w) => w.start).sort()[0];
  if (first && d < first) out.push(`--opted-out ${d} is before the setting existed (it appeared about ${first}); check the day, or use --opted-out unknown.`);
  const today = asOf ?? utcDay(now);
  if (d > today) out.push(`--opted-out ${d} is after ${asOf ? 'the --as-of day' : 'today'} (${today}); it is counted as not opted out yet.`);
  return out;
}
