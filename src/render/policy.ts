// Plain-text view of the policy: the `li-exposure policy` timeline (the advice is render/actions.ts).
// Pure functions, no colour codes; the caller sanitises for the terminal.

import { CATEGORY_IDS } from '../model/categories.js';
import { type CategoryId } from '../model/report.js';
import { STATUSES, type CategoryRule, type Policy, type PolicyWindow, type RegionId, type Status } from '../exposure/policy-schema.js';
import { defined } from '../model/defined.js';

const WIDTH = 100;

export interface RenderPolicyOptions {
  /** Show only this region's windows (and the category sets they use). */
  region?: RegionId | undefined;
  /** Also print every category rule with its note and sources. */
  details?: boolean;
}

/** Word-wraps `text` to `width` columns; lines after the first get `indent`. */
export function wrap(text: string, width: number, firstIndent: string, indent: string): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function ids(list: string[]): string {
  return list.length ? `[${list.join(', ')}]` : '';
}

function range(w: PolicyWindow): string {
  return w.end === null ? `${w.start} onwards` : `${w.start} to ${w.end}`;
}

function byStart(a: PolicyWindow, b: PolicyWindow): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

function groupByStatus(rules: Record<CategoryId, CategoryRule>): Map<Status, CategoryId[]> {
  const out = new Map<Status, CategoryId[]>(STATUSES.map((s) => [s, []]));
  for (const c of CATEGORY_IDS) defined(out.get(rules[c].status)).push(c);
  return out;
}

/** The policy as text: per region each window with dates, status, note and sources; category rules; opt-out; sources; limits. */
export function renderPolicyText(policy: Policy, options: RenderPolicyOptions = {}): string {
  const out: string[] = [];
  const push = (...l: string[]): void => {
    out.push(...l);
  };
  const regions = options.region ? policy.regions.filter((r) => r.id === options.region) : policy.regions;

  push(policy.title, `Policy ${policy.id}, version ${policy.version} (sources checked up to ${policy.updated})`);
  if (policy.description) push(...wrap(policy.description, WIDTH, '', ''));
  push(
    '',
    ...wrap(
      'Windows run from the start day (inclusive) to the end day (exclusive), 00:00 UTC. Status: used and probable = likely exposed; ' +
        "uncertain = possibly exposed; not_used = not exposed. An item's level in a window is the weaker of the window's status and the " +
        "status of the item's category; items count only if they existed in the window before you opted out.",
      WIDTH,
      '',
      '',
    ),
  );

  // Timeline per region.
  push('', 'TIMELINE BY REGION');
  const setsUsed = new Map<string, PolicyWindow[]>();
  const dateCol = 24;
  const statusCol = 10;
  const hang = ' '.repeat(2 + dateCol + 2 + statusCol + 1);
  for (const region of regions) {
    push('', `${region.id}: ${region.name}`);
    if (region.countries.length) push(...wrap(`Countries: ${region.countries.join(' ')}`, WIDTH, '  ', '    '));
    if (region.note) push(...wrap(region.note, WIDTH, '  ', '  '));
    const windows = policy.windows.filter((w) => w.region === region.id).sort(byStart);
    if (windows.length === 0) push('  (no training windows)');
    for (const w of windows) {
      const head = `  ${range(w).padEnd(dateCol)}  ${w.status.padEnd(statusCol)} `;
      push(...wrap(w.summary, WIDTH, head, hang));
      if (typeof w.categories === 'string') {
        push(`${hang}Categories: rule set "${w.categories}"`);
        const list = setsUsed.get(w.categories) ?? [];
        list.push(w);
        setsUsed.set(w.categories, list);
      } else {
        push(`${hang}Categories: all ${w.categories.all.status}`);
      }
      push(`${hang}Sources: ${w.sources.join(', ')}`);
    }
  }

  // Category rule sets.
  if (setsUsed.size) {
    push('', 'CATEGORY RULES');
    for (const [name, windows] of setsUsed) {
      const set = defined(policy.categorySets[name]);
      push('');
      push(...wrap(`"${name}": ${set.title}`, WIDTH, '', '  '));
      push(...wrap(`Used by: ${windows.map((w) => `${w.region} ${range(w)}`).join('; ')}`, WIDTH, '  ', '    '));
      for (const [status, cats] of groupByStatus(set.rules)) {
        if (cats.length) push(...wrap(cats.join(', '), WIDTH, `  ${status.padEnd(statusCol)} `, ' '.repeat(3 + statusCol)));
      }
      if (options.details) {
        for (const c of CATEGORY_IDS) {
          const r = set.rules[c];
          push(...wrap(`${c}: ${r.status}. ${r.note} ${ids(r.sources)}`, WIDTH, '    - ', '      '));
        }
      }
    }
  }

  // Opting out.
  const o = policy.optOut;
  push('', 'OPTING OUT');
  push(...wrap(`Setting: ${o.settingPath}, "${o.toggleLabel}"`, WIDTH, '  ', '    '));
  push(`  ${o.settingUrl}`);
  push(...wrap(`${o.effect}. ${ids(o.sources)}`, WIDTH, '  ', '  '));
  push(...wrap(`Objection form for other uses of your data for AI: ${o.objectionFormUrl}`, WIDTH, '  ', '    '));

  // Source register.
  push('', 'SOURCES');
  for (const s of policy.sources) {
    const meta = [s.publisher, s.date, s.kind === 'primary' && s.quoted ? 'primary, known through a verbatim quotation' : s.kind].filter(Boolean).join(', ');
    push(...wrap(`${s.title} (${meta})`, WIDTH, `${s.id.padEnd(4)} `, '     '));
    // Only the original's address is printed; the copies it was read through (retrievedVia) never are.
    push(`     ${s.url}`);
    for (const u of s.alsoAt ?? []) push(`     also: ${u}`);
    if (s.note) push(...wrap(`Note: ${s.note}`, WIDTH, '     ', '     '));
  }

  // Limits.
  push('', 'LIMITS');
  policy.limits.forEach((l, i) => {
    const n = `${i + 1}.`.padEnd(4);
    push(...wrap(`${l.text} ${ids(l.sources)}`, WIDTH, n, '    '));
  });

  return out.join('\n') + '\n';
}
