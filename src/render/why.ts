// The sentence under the headline that says why: where the member is, when LinkedIn trained on
// members' data there (from the policy's windows), and what their opt-out day changes. Pure.

import type { Policy, PolicyWindow } from '../exposure/policy-schema.js';
import type { Report } from '../model/report.js';
import { dayInWords } from './number.js';
import { applicableCaveats, regionWindows } from './report-facts.js';

/** A stretch of back-to-back windows in which LinkedIn trained (or possibly trained) on members' data. */
interface Run {
  start: string;
  end: string | null;
  /** Every window of it is only "uncertain". */
  onlyPossibly: boolean;
}

function trainingRuns(windows: PolicyWindow[]): Run[] {
  const runs: Run[] = [];
  for (const w of windows) {
    if (w.status === 'not_used') continue;
    const last = runs[runs.length - 1];
    if (last && last.end === w.start) {
      last.end = w.end;
      last.onlyPossibly &&= w.status === 'uncertain';
    } else runs.push({ start: w.start, end: w.end, onlyPossibly: w.status === 'uncertain' });
  }
  return runs;
}

function runText(run: Run): string {
  const when = run.end === null ? `since ${dayInWords(run.start)}` : `from ${dayInWords(run.start)} to ${dayInWords(run.end)}`;
  return run.onlyPossibly ? `possibly ${when}` : when;
}

/** "You are in Germany (EU, EEA and Switzerland): LinkedIn has trained its AI on members' data there since 3 Nov 2025; ..." */
export function whyLine(report: Report, policy: Policy, options: { optOutUnknown?: boolean } = {}): string {
  const ctx = report.context;
  if (!ctx) return 'No verdict: this report was made without an exposure policy.';
  const runs = trainingRuns(regionWindows(report, policy));
  const where = `You are in ${ctx.regionName}`;
  const when = runs.length
    ? `LinkedIn has trained its AI on members' data there ${runs.map(runText).join(' and ')}${runs.every((r) => r.end !== null) ? ', not since' : ''}`
    : 'LinkedIn has not trained its AI on members\u2019 data there, as far as is known';
  let opted: string;
  if (options.optOutUnknown) opted = 'you do not know when you opted out, so this counts as if you never did (see "Items likely used if you had opted out on" below)';
  else if (!ctx.optedOut) opted = 'you gave no opt-out day (--opted-out), so this counts as if you never opted out (see "Items likely used if you had opted out on" below)';
  else if (runs[0] && ctx.optedOut <= runs[0].start) opted = `you opted out on ${dayInWords(ctx.optedOut)}, before it started, so nothing of yours is likely in its models`;
  else {
    opted = `you opted out on ${dayInWords(ctx.optedOut)}, so only what you created before then counts; opting out does not undo training that already happened`;
    if (applicableCaveats(report, policy).length) opted += ', and regulators say that content from before a late opt-out may possibly still be used in later training';
  }
  return `${where}: ${when}; ${opted}.`;
}

/** One line on what the three verdicts mean. */
export const LEGEND =
  'Likely: LinkedIn says (or its documents show) it used such data then. Possibly: not stated either way. Unlikely: not used, or created after you opted out.';
