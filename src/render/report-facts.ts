// What the HTML and Markdown reports and the letters say, derived once from the report and the
// policy: the headline counts, items per month, the region's windows, actions and caveats.

import type { CategoryId, CategorySummary, ExposureLevel, Item, Reason, Report } from '../model/report.js';
import type { OptOutCaveat, Policy, PolicyWindow, Status } from '../exposure/policy-schema.js';
import { countOf } from './category-nouns.js';
import { tailoredActions, type Action } from './actions.js';
import { defined } from '../model/defined.js';

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

/** Items the reports list in their table: likely or possibly exposed, newest first, undated last. */
export function exposedItems(report: Report): Item[] {
  const list = report.items.filter((i) => i.exposure === 'likely' || i.exposure === 'possible');
  return list.sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  });
}

export interface MonthCounts {
  /** "YYYY-MM", consecutive from the first to the last month shown. */
  months: string[];
  counts: Record<ExposureLevel, number[]>;
  undated: Record<ExposureLevel, number>;
}

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
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
export function monthCounts(report: Report, policy: Policy): MonthCounts {
  const undated: Record<ExposureLevel, number> = { likely: 0, possible: 0, unlikely: 0 };
  const dated: Array<[number, ExposureLevel]> = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of report.items) {
    const level = item.exposure ?? 'unlikely';
    if (!item.date) {
      undated[level]++;
      continue;
    }
    const m = monthIndex(item.date);
    dated.push([m, level]);
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
  if (!Number.isFinite(lo)) return { months: [], counts: { likely: [], possible: [], unlikely: [] }, undated };
  const n = hi - lo + 1;
  const counts: Record<ExposureLevel, number[]> = { likely: new Array(n).fill(0), possible: new Array(n).fill(0), unlikely: new Array(n).fill(0) };
  for (const [m, level] of dated) {
    const row = counts[level];
    row[m - lo] = defined(row[m - lo]) + 1;
  }
  return { months: Array.from({ length: n }, (_, k) => monthName(lo + k)), counts, undated };
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

/** Categories with likely or possibly exposed records, with the years those records span. */
export function exposedCategoryFacts(report: Report): CategoryFacts[] {
  const span = new Map<CategoryId, [number, number]>();
  for (const item of report.items) {
    if (!item.date || (item.exposure !== 'likely' && item.exposure !== 'possible')) continue;
    const y = Number(item.date.slice(0, 4));
    const s = span.get(item.category);
    if (!s) span.set(item.category, [y, y]);
    else span.set(item.category, [Math.min(s[0], y), Math.max(s[1], y)]);
  }
  return report.summary.categories.filter((c) => c.likely + c.possible > 0).map((summary) => ({ summary, years: span.get(summary.id) ?? null }));
}

/** "2024-08-01 to 2025-11-03" or "2025-11-03 onwards". */
export function windowRange(w: PolicyWindow): string {
  return w.end === null ? `${w.start} onwards` : `${w.start} to ${w.end}`;
}

/** Reason texts numbered in order of first use by the listed items, with their sources. */
export function reasonRegister(items: Item[]): { list: Array<{ text: string; sources: string[] }>; numbers: (item: Item) => number[] } {
  const index = new Map<string, number>();
  const list: Array<{ text: string; sources: string[] }> = [];
  // The classifier shares one reasons array between many items: each is numbered once.
  const byArray = new WeakMap<Reason[], number[]>();
  const numberOf = (r: Reason): number => {
    const key = `${r.text}\u0000${r.sources.join(',')}`;
    let n = index.get(key);
    if (n === undefined) {
      n = list.length + 1;
      index.set(key, n);
      list.push({ text: r.text, sources: r.sources });
    }
    return n;
  };
  for (const item of items) {
    if (item.reasons && !byArray.has(item.reasons)) byArray.set(item.reasons, item.reasons.map(numberOf));
  }
  return { list, numbers: (item) => (item.reasons ? defined(byArray.get(item.reasons)) : []) };
}
