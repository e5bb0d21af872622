// What the HTML and Markdown reports and the letters say, derived once from the report and the
// policy: the headline counts, items per month, the region's windows, actions and caveats.

import type { CategoryId, CategorySummary, ExposureLevel, Item, Report } from '../model/report.js';
import type { OptOutCaveat, Policy, PolicyWindow, Status } from '../exposure/policy-schema.js';
import { countOf } from './category-nouns.js';
import { tailoredActions, type Action } from './actions.js';
import { monthIndex, newTally, spanItem, tallyItem, type MonthTally } from './report-items.js';

export const LEVELS: readonly ExposureLevel[] = ['likely', 'possible', 'unlikely'];
/** The verdict symbols: shape, not only colour, tells the levels apart. */
export const LEVEL_SYMBOL: Record<ExposureLevel, string> = { likely: '●', possible: '◐', unlikely: '○' };
export const LEVEL_WORD: Record<ExposureLevel, string> = { likely: 'likely', possible: 'possibly', unlikely: 'unlikely' };
export const STATUS_WORD: Record<Status, string> = { used: 'used', probable: 'probably used', uncertain: 'possibly used', not_used: 'not used' };

/** "Likely used to train LinkedIn's AI: 28 posts, 44 comments." and the same for "Possibly". */
export function headlineParts(report: Report): { likely: string[]; possible: string[] } {
  const likely: string[] = [];
  const possible: string[] = [];
  for (const c of report.summary.categories) {
    if (c.likely) likely.push(countOf(c.id, c.likely));
    if (c.possible) possible.push(countOf(c.id, c.possible));
  }
  return { likely, possible };
}

export function headlineText(report: Report): string[] {
  if (!report.context) return ['No verdict: this report was made without an exposure policy.'];
  const { likely, possible } = headlineParts(report);
  return [
    `Likely used to train LinkedIn's AI: ${likely.length ? likely.join(', ') : 'nothing'}.`,
    `Possibly: ${possible.length ? possible.join(', ') : 'nothing'}.`,
  ];
}

export interface MonthCounts {
  /** "YYYY-MM", consecutive from the first to the last month shown. */
  months: string[];
  counts: Record<ExposureLevel, number[]>;
  undated: Record<ExposureLevel, number>;
}

const monthName = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The region's windows, by start. */
export function regionWindows(report: Report, policy: Policy): PolicyWindow[] {
  const region = report.context?.region;
  if (!region) return [];
  return policy.windows.filter((w) => w.region === region).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * Listed items per month and verdict (UTC months of item.date). The range runs from the earliest
 * of the first item and the first window to the later of the last item and the as-of day.
 */
export function monthCounts(report: Report, policy: Policy, tally: MonthTally = tallyOf(report.items)): MonthCounts {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of tally.months.keys()) {
    lo = Math.min(lo, m);
    hi = Math.max(hi, m);
  }
  const bounds = regionWindows(report, policy).map((w) => monthIndex(w.start));
  if (report.context) bounds.push(monthIndex(report.context.asOf));
  if (report.context?.optedOut) bounds.push(monthIndex(report.context.optedOut));
  for (const b of bounds) {
    lo = Math.min(lo, b);
    hi = Math.max(hi, b);
  }
  const undated = { ...tally.undated };
  if (!Number.isFinite(lo)) return { months: [], counts: { likely: [], possible: [], unlikely: [] }, undated };
  const n = hi - lo + 1;
  const counts: Record<ExposureLevel, number[]> = { likely: new Array(n).fill(0), possible: new Array(n).fill(0), unlikely: new Array(n).fill(0) };
  for (const [m, c] of tally.months) for (const level of LEVELS) counts[level][m - lo] = c[level];
  return { months: Array.from({ length: n }, (_, k) => monthName(lo + k)), counts, undated };
}

function tallyOf(items: Item[]): MonthTally {
  const tally = newTally();
  for (const item of items) tallyItem(tally, item);
  return tally;
}

/** The member's actions (region, opt-out state, country), the same as the scan's: render/actions.ts. */
export function regionActions(report: Report, policy: Policy): Action[] {
  return tailoredActions(report, policy);
}

/** Opt-out caveats that apply to the member's region and opt-out day. */
export function applicableCaveats(report: Report, policy: Policy): OptOutCaveat[] {
  const ctx = report.context;
  if (!ctx?.optedOut) return [];
  return (policy.optOut.caveats ?? []).filter((c) => (c.regions as string[]).includes(ctx.region) && ctx.optedOut! >= c.optedOutFrom);
}

export interface CategoryFacts {
  summary: CategorySummary;
  /** Years of the first and last dated likely or possibly exposed item, null when none has a date. */
  years: [number, number] | null;
}

/** Categories with likely or possibly exposed records, with the years those records span (years: from the items). */
export function exposedCategoryFacts(report: Report, years?: ReadonlyMap<CategoryId, [number, number]>): CategoryFacts[] {
  let span = years;
  if (!span) {
    const spans = new Map<CategoryId, [number, number]>();
    for (const item of report.items) spanItem(spans, item);
    span = spans;
  }
  return report.summary.categories.filter((c) => c.likely + c.possible > 0).map((summary) => ({ summary, years: span.get(summary.id) ?? null }));
}

/** "2024-08-01 to 2025-11-03" or "2025-11-03 onwards". */
export function windowRange(w: PolicyWindow): string {
  return w.end === null ? `${w.start} onwards` : `${w.start} to ${w.end}`;
}

