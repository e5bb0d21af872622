// The timeline as text, for the Markdown report: one line per month from the first to the last
// month shown, bars for likely (█), possibly (▒) and unlikely (░) items, the training status of
// the region in that month, and the opt-out month marked. Only numbers and dates: no archive text.

import type { Report } from '../model/report.js';
import type { Policy, Status } from '../exposure/policy-schema.js';
import { monthCounts, regionWindows, STATUS_WORD, type MonthCounts } from './report-facts.js';
import { defined } from '../model/defined.js';

const BAR = 40;
const RANK: Record<Status, number> = { used: 3, probable: 2, uncertain: 1, not_used: 0 };

export function textTimeline(report: Report, policy: Policy, data: MonthCounts = monthCounts(report, policy)): string[] {
  if (data.months.length === 0) return ['No dated items.'];
  // The three counts of month m (the count arrays run parallel to data.months).
  const countsAt = (m: number): [number, number, number] => [defined(data.counts.likely[m]), defined(data.counts.possible[m]), defined(data.counts.unlikely[m])];
  const totalAt = (m: number): number => countsAt(m).reduce((a, b) => a + b);
  let max = 0;
  for (let m = 0; m < data.months.length; m++) max = Math.max(max, totalAt(m));
  const windows = regionWindows(report, policy);
  const opted = report.context?.optedOut?.slice(0, 7) ?? null;
  const lines: string[] = [`month    ${'items (█ likely, ▒ possibly, ░ unlikely)'.padEnd(BAR)}  likely possibly unlikely  training`];
  const cells = (n: number): number => (n === 0 ? 0 : Math.max(1, Math.round((n / Math.max(1, max)) * BAR)));
  const statusOf = (month: string): Status | null => {
    // The status of the strongest window that overlaps the month.
    const first = `${month}-01`;
    const next = month.slice(5) === '12' ? `${Number(month.slice(0, 4)) + 1}-01-01` : `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}-01`;
    let status: Status | null = null;
    for (const w of windows) if (w.start < next && (w.end === null || w.end > first) && (status === null || RANK[w.status] > RANK[status])) status = w.status;
    return status;
  };
  const months = data.months;
  for (let m = 0; m < months.length; m++) {
    const month = defined(months[m]);
    const [l, p, u] = countsAt(m);
    const status = statusOf(month);
    const mark = opted === month ? `  ◀ opted out ${report.context!.optedOut}` : '';
    if (l + p + u === 0 && !mark) {
      // A run of empty months with the same training status is one line.
      let last = m;
      while (last + 1 < months.length && totalAt(last + 1) === 0 && months[last + 1] !== opted && statusOf(defined(months[last + 1])) === status) last++;
      if (last > m) {
        lines.push(`${month}  ${`to ${months[last]}: no items`.padEnd(BAR)}  ${'0'.padStart(6)} ${'0'.padStart(8)} ${'0'.padStart(8)}  ${status ? STATUS_WORD[status] : ''}`.trimEnd());
        m = last;
        continue;
      }
    }
    const bar = ('█'.repeat(cells(l)) + '▒'.repeat(cells(p)) + '░'.repeat(cells(u))).slice(0, BAR + 2);
    lines.push(`${month}  ${bar.padEnd(BAR)}  ${String(l).padStart(6)} ${String(p).padStart(8)} ${String(u).padStart(8)}  ${status ? STATUS_WORD[status] : ''}${mark}`.trimEnd());
  }
  const und = data.undated;
  if (und.likely + und.possible + und.unlikely) lines.push(`no date  ${''.padEnd(BAR)}  ${String(und.likely).padStart(6)} ${String(und.possible).padStart(8)} ${String(und.unlikely).padStart(8)}`);
  return lines;
}
