// The exposure rule.
//
// An item created at instant d (items without a date count as existing before every window) is
// exposed in a window [start, end) of the member's region when
//     max(start, d) < min(end, optedOut, asOf)
// where optedOut is the start of the opt-out day (UTC) and asOf the exclusive end of the as-of day.
// Its level in that window is the weaker of the window status and the category status
// (used/probable -> likely, uncertain -> possible, not_used -> none); the verdict is the highest
// level over all windows, or "unlikely" when there is none.
//
// createClassifier() precomputes, per category, the region's windows clipped to the opt-out and
// as-of instants. classify() then only compares numbers; its result depends on the item's date
// through a handful of comparisons, so results (and their Reason objects) are cached and shared:
// treat them as read-only.

import { CATEGORY_IDS, type CategoryId, type ExposureLevel, type Reason } from '../report/model.js';
import { categoryRule, type CategoryRule, type Policy, type PolicyWindow, type RegionId, type Status } from './policy-schema.js';
import { lastDayBefore, utcDay } from './dates.js';

export interface ClassifierOptions {
  region: RegionId;
  /** Start of the opt-out day (00:00 UTC); null when the member never opted out. */
  optedOut: Date | null;
  /** Exclusive end of the evaluation: 00:00 UTC of the day AFTER the --as-of day (see endOfDayUtc). */
  asOf: Date;
}

export interface Classification {
  exposure: ExposureLevel;
  /** Shared, frozen objects: do not mutate. */
  reasons: Reason[];
}

export interface Classifier {
  /** `date`: ISO 8601 instant ("2024-03-02T10:11:12Z") or null when the record has none. */
  classify(category: CategoryId, date: string | null): Classification;
}

type Level = 0 | 1 | 2; // none, possible, likely

const STATUS_LEVEL: Record<Status, Level> = { used: 2, probable: 2, uncertain: 1, not_used: 0 };
const STATUS_RANK: Record<Status, number> = { used: 3, probable: 2, uncertain: 1, not_used: 0 };
const LEVEL_NAME: Record<Level, ExposureLevel> = { 0: 'unlikely', 1: 'possible', 2: 'likely' };

/** Level of an item in a window: the weaker of the window's and the category's status. */
export function combinedLevel(windowStatus: Status, categoryStatus: Status): ExposureLevel {
  return LEVEL_NAME[Math.min(STATUS_LEVEL[windowStatus], STATUS_LEVEL[categoryStatus]) as Level];
}

/** Categories whose records are profile fields (their "no date" wording differs). */
const PROFILE_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'profile', 'positions', 'education', 'skills', 'certifications', 'projects', 'publications', 'honors',
  'languages', 'courses', 'volunteering', 'patents', 'organizations', 'profile-other',
]);

interface ClippedWindow {
  window: PolicyWindow;
  rule: CategoryRule;
  start: number;
  /** min(end, optedOut, asOf) */
  effEnd: number;
  windowLevel: Level;
  level: Level;
  /** Tie-break between windows of the same level: the more certain statuses win. */
  strength: number;
}

interface Plan {
  category: CategoryId;
  windows: ClippedWindow[];
  everyRuleNotUsed: boolean;
  cache: Map<number, Classification>;
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]["')]?$/.test(t) ? t : `${t}.`;
}

function union(...lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const id of l) if (!out.includes(id)) out.push(id);
  return out;
}

export function createClassifier(policy: Policy, options: ClassifierOptions): Classifier {
  const { region } = options;
  if (!policy.regions.some((r) => r.id === region)) throw new TypeError(`createClassifier: unknown region ${JSON.stringify(region)}`);
  const asOf = options.asOf.getTime();
  if (Number.isNaN(asOf)) throw new TypeError('createClassifier: asOf is an invalid Date');
  const optedOut = options.optedOut === null ? null : options.optedOut.getTime();
  if (optedOut !== null && Number.isNaN(optedOut)) throw new TypeError('createClassifier: optedOut is an invalid Date');

  const optDay = optedOut === null ? null : utcDay(new Date(optedOut));
  const asOfDay = lastDayBefore(new Date(asOf));
  const cut = Math.min(optedOut ?? Infinity, asOf);

  const regionWindows = policy.windows.filter((w) => w.region === region).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  // Reason objects are interned across categories: the same text and sources give the same object.
  const reasonPool = new Map<string, Reason>();
  const reason = (text: string, sources: string[]): Reason => {
    const k = `${text}\u0000${sources.join(',')}`;
    let r = reasonPool.get(k);
    if (!r) {
      r = Object.freeze({ text, sources: Object.freeze([...sources]) as string[] });
      reasonPool.set(k, r);
    }
    return r;
  };

  const plans = new Map<CategoryId, Plan>();
  for (const category of CATEGORY_IDS) {
    const windows = regionWindows.map((w): ClippedWindow => {
      const rule = categoryRule(policy, w, category);
      const windowLevel = STATUS_LEVEL[w.status];
      const level = Math.min(windowLevel, STATUS_LEVEL[rule.status]) as Level;
      return {
        window: w,
        rule,
        start: dayMs(w.start),
        effEnd: Math.min(w.end === null ? Infinity : dayMs(w.end), cut),
        windowLevel,
        level,
        strength: Math.min(STATUS_RANK[w.status], STATUS_RANK[rule.status]) * 4 + STATUS_RANK[w.status],
      };
    });
    plans.set(category, {
      category,
      windows,
      everyRuleNotUsed: windows.length > 0 && windows.every((c) => c.rule.status === 'not_used'),
      cache: new Map(),
    });
  }

  const optPhrase = optDay === null ? 'and you had not opted out' : `before you opted out on ${optDay}`;

  function timing(category: CategoryId, code: number, w: ClippedWindow): string {
    if (code < 0) {
      const base = PROFILE_CATEGORIES.has(category)
        ? 'Profile data present before training began (your export gives no date for it)'
        : 'No date in your export, so treated as existing before training began';
      return optDay === null ? `${base}; you had not opted out.` : `${base}; you opted out only on ${optDay}.`;
    }
    return code === 0 ? `Already existed on ${w.window.start}, ${optPhrase}.` : `Created on or after ${w.window.start}, ${optPhrase}.`;
  }

  function compute(plan: Plan, codes: number[], noDate: boolean, afterOptOut: boolean, afterAsOf: boolean): Classification {
    const ws = plan.windows;
    const inWindow = (i: number): boolean => {
      const c = codes[i]!;
      return c === 0 ? ws[i]!.start < ws[i]!.effEnd : c === 1;
    };

    let best = -1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.level === 0 || !inWindow(i)) continue;
      if (best < 0 || w.level > ws[best]!.level || (w.level === ws[best]!.level && w.strength > ws[best]!.strength)) best = i;
    }
    if (best >= 0) {
      const w = ws[best]!;
      const text = `${timing(plan.category, noDate ? -1 : codes[best]!, w)} ${sentence(w.window.summary)} ${sentence(w.rule.note)}`;
      return freeze(LEVEL_NAME[w.level], [reason(text, union(w.window.sources, w.rule.sources))]);
    }

    // Not exposed: say why.
    if (afterOptOut) {
      return freeze('unlikely', [
        reason(`Created after you opted out on ${optDay}; LinkedIn does not use your data for this training after you opt out.`, policy.optOut.sources),
      ]);
    }
    if (afterAsOf) {
      return freeze('unlikely', [reason(`Created after the evaluation date (as of ${asOfDay}), so not counted.`, [])]);
    }
    if (plan.everyRuleNotUsed) {
      // The category itself is excluded (private messages, connections...): say so once, from the
      // windows in which LinkedIn did train; windows without training add nothing here.
      const trained = ws.filter((w) => w.windowLevel > 0);
      const from = trained.length ? trained : ws;
      return freeze('unlikely', dedupe(from.map((w) => reason(sentence(w.rule.note), w.rule.sources))));
    }
    if (ws.length === 0) {
      return freeze('unlikely', [reason(`The policy has no training period for region ${region}.`, [])]);
    }
    const out: Reason[] = [];
    let endedAfter: ClippedWindow | null = null;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const inside = inWindow(i);
      if (w.level === 0) {
        if (!inside) continue;
        if (w.windowLevel === 0) out.push(reason(sentence(w.window.summary), w.window.sources));
        else out.push(reason(sentence(w.rule.note), w.rule.sources));
        continue;
      }
      if (inside) continue; // cannot happen: it would have been exposed
      if (codes[i] === 0) {
        // The window is empty once clipped: the opt-out or the as-of date comes before its start.
        if (optedOut !== null && optedOut <= w.start) {
          out.push(reason(`You opted out on ${optDay}, before ${w.window.start}. ${sentence(w.window.summary)}`, union(w.window.sources, policy.optOut.sources)));
        } else {
          out.push(reason(`The evaluation date (as of ${asOfDay}) is before ${w.window.start}. ${sentence(w.window.summary)}`, w.window.sources));
        }
      } else {
        endedAfter = w; // created after this window ended; later windows explain the rest
      }
    }
    if (out.length === 0 && endedAfter) {
      const w = endedAfter;
      out.push(reason(`Created on or after ${w.window.end ?? utcDay(new Date(w.effEnd))}, when this period ended. ${sentence(w.window.summary)}`, w.window.sources));
    }
    if (out.length === 0) out.push(reason(`Not in any training period for region ${region}.`, []));
    return freeze('unlikely', dedupe(out));
  }

  return {
    classify(category: CategoryId, date: string | null): Classification {
      const plan = plans.get(category);
      if (!plan) throw new TypeError(`classify: unknown category ${JSON.stringify(category)}`);
      const t = date === null ? NaN : Date.parse(date);
      const noDate = Number.isNaN(t);
      let key: number;
      let codes: number[] | null = null;
      let afterOptOut = false;
      let afterAsOf = false;
      if (noDate) {
        key = -1;
      } else {
        afterOptOut = optedOut !== null && t >= optedOut;
        afterAsOf = t >= asOf;
        key = (afterOptOut ? 1 : 0) + (afterAsOf ? 2 : 0);
        let mult = 4;
        const ws = plan.windows;
        for (let i = 0; i < ws.length; i++) {
          const w = ws[i]!;
          key += (t <= w.start ? 0 : t < w.effEnd ? 1 : 2) * mult;
          mult *= 3;
        }
      }
      const hit = plan.cache.get(key);
      if (hit) return hit;
      if (noDate) codes = plan.windows.map(() => 0);
      else codes = plan.windows.map((w) => (t <= w.start ? 0 : t < w.effEnd ? 1 : 2));
      const result = compute(plan, codes, noDate, afterOptOut, afterAsOf);
      plan.cache.set(key, result);
      return result;
    },
  };
}

function dedupe(list: Reason[]): Reason[] {
  return list.filter((r, i) => list.indexOf(r) === i);
}

function freeze(exposure: ExposureLevel, reasons: Reason[]): Classification {
  return Object.freeze({ exposure, reasons: Object.freeze(reasons) as Reason[] });
}
