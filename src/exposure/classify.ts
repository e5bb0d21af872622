// The exposure rule.
//
// An item created at instant d (items without a date count as existing before every window) is
// exposed in a window [start, end) of the member's region when
//     max(start, d) < min(end, optedOut, asOf)
// where optedOut is the start of the opt-out day (UTC) and asOf the exclusive end of the as-of day.
// Its level in that window is the weaker of the window status and the category status
// (used/probable -> likely, uncertain -> possible, not_used -> none), lowered further by the
// category's caps the item meets (visibility, draft, profile field: "at most possible") and, when
// the member's birth year is known, by the policy's rules for minors; the verdict is the highest
// level over all windows, or "unlikely" when there is none.
//
// Minors: windows are cut at the member's 18th birthday and at minors.excludedFrom, so each piece
// has one rule (nothing used while under 18 from excludedFrom on; at most statusBefore before it).
//
// createClassifier() precomputes, per category, the region's windows clipped to the opt-out and
// as-of instants. classify() then only compares numbers; its result depends on the item's date
// through a handful of comparisons, so results (and their Reason objects) are cached and shared:
// treat them as read-only.

import { CATEGORY_IDS, category as categoryInfo } from '../model/categories.js';
import { type CategoryId, type ExposureLevel, type Reason } from '../model/report.js';
import {
  categoryRule,
  type CategoryCap,
  type CategoryRule,
  type OptOutCaveat,
  type Policy,
  type PolicyWindow,
  type RegionId,
  type Status,
} from './policy-schema.js';
import { lastDayBefore, utcDay } from './option-dates.js';
import { NO_QUALIFIERS, meets, qualifierKey, type Qualifiers } from './qualifiers.js';
import { defined } from '../model/defined.js';

export interface ClassifierOptions {
  region: RegionId;
  /** Start of the opt-out day (00:00 UTC); null when the member never opted out. */
  optedOut: Date | null;
  /** Exclusive end of the evaluation: 00:00 UTC of the day AFTER the --as-of day (see endOfDayUtc). */
  asOf: Date;
  /** The member's 18th birthday (policy.minors.age), when the export gives a birth year; else null. */
  adultFrom?: Date | null;
}

export interface Classification {
  exposure: ExposureLevel;
  /** Shared, frozen objects: do not mutate. */
  reasons: Reason[];
}

export interface Classifier {
  /**
   * `date`: ISO 8601 instant ("2024-03-02T10:11:12Z") or null when the record has none;
   * `qualifiers`: what the policy's caps key on (qualifiersOf(item)); none for counted records.
   */
  classify(category: CategoryId, date: string | null, qualifiers?: Qualifiers): Classification;
}

type Level = 0 | 1 | 2; // none, possible, likely

const STATUS_LEVEL: Record<Status, Level> = { used: 2, probable: 2, uncertain: 1, not_used: 0 };
const STATUS_RANK: Record<Status, number> = { used: 3, probable: 2, uncertain: 1, not_used: 0 };
const LEVEL_NAME: Record<Level, ExposureLevel> = { 0: 'unlikely', 1: 'possible', 2: 'likely' };

interface ClippedWindow {
  window: PolicyWindow;
  rule: CategoryRule;
  /** First day of this piece of the window (the window's start unless cut for a minor). */
  startDay: string;
  start: number;
  /** min(end, optedOut, asOf) */
  effEnd: number;
  windowLevel: Level;
  level: Level;
  /** Tie-break between windows of the same level: the more certain statuses win. */
  strength: number;
  /** Set on pieces of a window during which the member was under 18. */
  minor: { level: Level; status: Status } | null;
}

interface Plan {
  category: CategoryId;
  windows: ClippedWindow[];
  everyRuleNotUsed: boolean;
  /** Qualifiers that some cap of this category looks at (empty: qualifiers do not matter). */
  capQualifiers: ReadonlySet<keyof Qualifiers>;
  /** Per qualifier key, results by date code. */
  cache: Map<string, Map<number, Classification>>;
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
  const minors = policy.minors && options.adultFrom ? policy.minors : null;
  const adultFrom = minors ? options.adultFrom!.getTime() : null;

  const optDay = optedOut === null ? null : utcDay(new Date(optedOut));
  const asOfDay = lastDayBefore(new Date(asOf));
  const cut = Math.min(optedOut ?? Infinity, asOf);

  const regionWindows = policy.windows.filter((w) => w.region === region).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const caveats: OptOutCaveat[] =
    optDay === null ? [] : (policy.optOut.caveats ?? []).filter((c) => c.regions.includes(region) && optDay >= c.optedOutFrom);

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
  const caveatReasons = caveats.map((c) => reason(sentence(c.text), c.sources));

  /** A window, cut at the 18th birthday and at minors.excludedFrom when those fall inside it. */
  function pieces(w: PolicyWindow): Array<{ start: number; end: number; minor: ClippedWindow['minor'] }> {
    const start = dayMs(w.start);
    const end = w.end === null ? Infinity : dayMs(w.end);
    if (!minors || adultFrom === null) return [{ start, end, minor: null }];
    const excludedFrom = dayMs(minors.excludedFrom);
    const cuts = [start, ...[adultFrom, excludedFrom].filter((t) => t > start && t < end).sort((a, b) => a - b), end];
    const out: Array<{ start: number; end: number; minor: ClippedWindow['minor'] }> = [];
    let s = start; // cuts[0]
    for (const e of cuts.slice(1)) {
      if (s === e) continue;
      const status: Status = s >= excludedFrom ? 'not_used' : minors.statusBefore;
      out.push({ start: s, end: e, minor: s < adultFrom ? { level: STATUS_LEVEL[status], status } : null });
      s = e;
    }
    return out;
  }

  const plans = new Map<CategoryId, Plan>();
  for (const category of CATEGORY_IDS) {
    const windows: ClippedWindow[] = [];
    const capQualifiers = new Set<keyof Qualifiers>();
    for (const w of regionWindows) {
      const rule = categoryRule(policy, w, category);
      for (const cap of rule.caps ?? []) for (const k of Object.keys(cap.when)) capQualifiers.add(k as keyof Qualifiers);
      for (const piece of pieces(w)) {
        const windowLevel = STATUS_LEVEL[w.status];
        let level = Math.min(windowLevel, STATUS_LEVEL[rule.status]) as Level;
        if (piece.minor) level = Math.min(level, piece.minor.level) as Level;
        windows.push({
          window: w,
          rule,
          startDay: utcDay(new Date(piece.start)),
          start: piece.start,
          effEnd: Math.min(piece.end, cut),
          windowLevel,
          level,
          strength: Math.min(STATUS_RANK[w.status], STATUS_RANK[rule.status]) * 4 + STATUS_RANK[w.status],
          minor: piece.minor,
        });
      }
    }
    plans.set(category, {
      category,
      windows,
      everyRuleNotUsed: windows.length > 0 && windows.every((c) => c.rule.status === 'not_used'),
      capQualifiers,
      cache: new Map(),
    });
  }

  const optPhrase = optDay === null ? 'and you had not opted out' : `before you opted out on ${optDay}`;

  function timing(category: CategoryId, code: number, w: ClippedWindow): string {
    if (code < 0) {
      const base = categoryInfo(category).profile
        ? 'Profile data present before training began (your export gives no date for it)'
        : 'No date in your export, so treated as existing before training began';
      return optDay === null ? `${base}; you had not opted out.` : `${base}; you opted out only on ${optDay}.`;
    }
    return code === 0 ? `Already existed on ${w.startDay}, ${optPhrase}.` : `Created on or after ${w.startDay}, ${optPhrase}.`;
  }

  /** The item's level in a window once its caps apply, and the caps that lowered it. */
  function capped(w: ClippedWindow, q: Qualifiers, createdAsMinor: boolean): { level: Level; caps: CategoryCap[]; asMinor: boolean } {
    let level = w.level;
    const caps: CategoryCap[] = [];
    for (const cap of w.rule.caps ?? []) {
      if (!meets(q, cap.when)) continue;
      const capLevel = STATUS_LEVEL[cap.status];
      if (capLevel < level) {
        level = capLevel as Level;
        caps.push(cap);
      }
    }
    let asMinor = false;
    if (createdAsMinor && minors && STATUS_LEVEL[minors.createdAsMinor] < level) {
      level = STATUS_LEVEL[minors.createdAsMinor];
      asMinor = true;
    }
    return { level, caps, asMinor };
  }

  function compute(plan: Plan, codes: number[], noDate: boolean, afterOptOut: boolean, afterAsOf: boolean, q: Qualifiers, createdAsMinor: boolean): Classification {
    const ws = plan.windows;
    const inWindow = (w: ClippedWindow, i: number): boolean => {
      const c = codes[i];
      return c === 0 ? w.start < w.effEnd : c === 1;
    };
    const levels = ws.map((w) => capped(w, q, createdAsMinor));

    let best: { i: number; w: ClippedWindow; capped: (typeof levels)[number] } | null = null;
    for (const [i, w] of ws.entries()) {
      const c = defined(levels[i]);
      if (c.level === 0 || !inWindow(w, i)) continue;
      if (!best || c.level > best.capped.level || (c.level === best.capped.level && w.strength > best.w.strength)) best = { i, w, capped: c };
    }
    if (best) {
      const { w } = best;
      const { level, caps, asMinor } = best.capped;
      const parts = [timing(plan.category, noDate ? -1 : defined(codes[best.i]), w), sentence(w.window.summary), sentence(w.rule.note)];
      let sources = union(w.window.sources, w.rule.sources);
      for (const cap of caps) {
        parts.push(sentence(cap.note));
        sources = union(sources, cap.sources);
      }
      if (w.minor && minors) {
        parts.push(sentence(minors.note));
        sources = union(sources, minors.sources);
      }
      if (asMinor && minors) {
        parts.push(sentence(minors.createdAsMinorNote));
        sources = union(sources, minors.sources);
      }
      return freeze(LEVEL_NAME[level], [reason(parts.join(' '), sources), ...caveatReasons]);
    }

    // Not exposed: say why.
    if (afterOptOut) {
      return freeze('unlikely', [
        reason(`Created after you opted out on ${optDay}; LinkedIn says it does not use your data for this training after you opt out.`, policy.optOut.sources),
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
    for (const [i, w] of ws.entries()) {
      const inside = inWindow(w, i);
      const { level, caps, asMinor } = defined(levels[i]);
      const lastCap = caps.at(-1);
      if (level === 0) {
        if (!inside) continue;
        if (w.windowLevel === 0) out.push(reason(sentence(w.window.summary), w.window.sources));
        else if (w.minor && w.minor.level === 0 && minors) out.push(reason(sentence(minors.note), minors.sources));
        else if (lastCap) out.push(reason(`${sentence(w.rule.note)} ${sentence(lastCap.note)}`, union(w.rule.sources, lastCap.sources)));
        else if (asMinor && minors) out.push(reason(sentence(minors.createdAsMinorNote), minors.sources));
        else out.push(reason(sentence(w.rule.note), w.rule.sources));
        continue;
      }
      if (inside) continue; // cannot happen: it would have been exposed
      if (codes[i] === 0) {
        // The window is empty once clipped: the opt-out or the as-of date comes before its start.
        if (optedOut !== null && optedOut <= w.start) {
          out.push(reason(`You opted out on ${optDay}, before ${w.startDay}. ${sentence(w.window.summary)}`, union(w.window.sources, policy.optOut.sources)));
        } else {
          out.push(reason(`The evaluation date (as of ${asOfDay}) is before ${w.startDay}. ${sentence(w.window.summary)}`, w.window.sources));
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
    classify(category: CategoryId, date: string | null, qualifiers: Qualifiers = NO_QUALIFIERS): Classification {
      const plan = plans.get(category);
      if (!plan) throw new TypeError(`classify: unknown category ${JSON.stringify(category)}`);
      const t = date === null ? NaN : Date.parse(date);
      const noDate = Number.isNaN(t);
      // Undated records are not known to have been created as a minor.
      const createdAsMinor = !noDate && adultFrom !== null && t < adultFrom;
      let key: number;
      let afterOptOut = false;
      let afterAsOf = false;
      if (noDate) {
        key = -1;
      } else {
        afterOptOut = optedOut !== null && t >= optedOut;
        afterAsOf = t >= asOf;
        key = (afterOptOut ? 1 : 0) + (afterAsOf ? 2 : 0) + (createdAsMinor ? 4 : 0);
        let mult = 8;
        const ws = plan.windows;
        for (const w of ws) {
          key += (t <= w.start ? 0 : t < w.effEnd ? 1 : 2) * mult;
          mult *= 3;
        }
      }
      const qKey = plan.capQualifiers.size ? qualifierKey(qualifiers, plan.capQualifiers) : '';
      let cache = plan.cache.get(qKey);
      if (!cache) plan.cache.set(qKey, (cache = new Map()));
      const hit = cache.get(key);
      if (hit) return hit;
      const codes = noDate ? plan.windows.map(() => 0) : plan.windows.map((w) => (t <= w.start ? 0 : t < w.effEnd ? 1 : 2));
      const result = compute(plan, codes, noDate, afterOptOut, afterAsOf, qualifiers, createdAsMinor);
      cache.set(key, result);
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
