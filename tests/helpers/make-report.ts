// Builds Report objects for tests and benchmarks: deterministic items spread over 2023-2026 with
// varied verdicts, plus a summary that matches them.

import type { CategoryId, CategorySummary, ExposureLevel, Item, Report } from '../../src/model/report.js';
import { summaryTotals } from '../../src/scan/scan.js';
import { category } from '../../src/model/categories.js';

export interface MakeReportOptions {
  /** Listed items per category, e.g. { posts: 500, comments: 300 }. */
  counts?: Partial<Record<CategoryId, number>>;
  /** Private categories counted but not listed, e.g. { messages: 1200 }. */
  countedOnly?: Partial<Record<CategoryId, number>>;
  /** Extra hand-made items (appended after the generated ones). */
  extra?: Array<Partial<Item> & { category: CategoryId; text: string }>;
  /** Every n-th generated item has no date (0 = none undated). Default 25. */
  undatedEvery?: number;
  seed?: number;
  context?: Report['context'];
}

const FILES: Partial<Record<CategoryId, string>> = {
  posts: 'Shares.csv',
  comments: 'Comments.csv',
  articles: 'Articles/Articles/article.html',
  reactions: 'Reactions.csv',
  profile: 'Profile.csv',
};

const WORDS = ['privacy', 'training', 'model', 'career', 'hiring', 'launch', 'team', 'data', 'conference', 'design', 'cloud', 'security'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2026, 4, 1);
const OPTED_OUT = Date.UTC(2025, 10, 3);

export function makeItems(options: MakeReportOptions = {}): Item[] {
  const random = rng(options.seed ?? 42);
  const undatedEvery = options.undatedEvery ?? 25;
  const items: Item[] = [];
  let serial = 0;
  for (const [category, count] of Object.entries(options.counts ?? {}) as Array<[CategoryId, number]>) {
    const file = FILES[category] ?? `${category}.csv`;
    for (let i = 0; i < count; i++) {
      serial++;
      const undated = undatedEvery > 0 && serial % undatedEvery === 0;
      const t = START + Math.floor(random() * (END - START));
      const before = t < OPTED_OUT;
      const r = random();
      const exposure: ExposureLevel = before ? (r < 0.55 ? 'likely' : r < 0.85 ? 'possible' : 'unlikely') : r < 0.1 ? 'possible' : 'unlikely';
      const word = WORDS[Math.floor(random() * WORDS.length)]!;
      const multi = i % 7 === 0;
      const text = `${category} ${i + 1} about ${word}${multi ? `\nsecond line of ${category} ${i + 1}\nthird line` : ''}`;
      items.push({
        id: `${category}:${file}:${i + 2}:text`,
        category,
        date: undated ? null : new Date(t).toISOString(),
        title: category === 'profile' ? `Field ${i + 1}` : null,
        text,
        url: category === 'posts' ? `https://www.linkedin.com/feed/update/urn:li:activity:${7000000000000000000n + BigInt(i)}` : null,
        source: { file, line: i + 2, archive: 0 },
        details: category === 'posts' ? { visibility: i % 3 === 0 ? 'CONNECTIONS' : 'PUBLIC' } : undefined,
        exposure,
        reasons: [
          {
            text: before ? `Public ${category} created before the opt-out on 2025-11-03.` : `Created after the opt-out.`,
            sources: before ? ['li-privacy-2024-09', 'li-eu-notice-2025'] : ['li-settings-optout'],
          },
        ],
      });
    }
  }
  for (const [k, extra] of (options.extra ?? []).entries()) {
    items.push({
      id: extra.id ?? `${extra.category}:extra:${k}`,
      category: extra.category,
      date: extra.date === undefined ? '2024-06-01T12:00:00.000Z' : extra.date,
      title: extra.title ?? null,
      text: extra.text,
      url: extra.url ?? null,
      source: extra.source ?? { file: 'Extra.csv', line: k + 2, archive: 0 },
      details: extra.details,
      exposure: extra.exposure ?? 'likely',
      reasons: extra.reasons ?? [{ text: 'Hand-made test item.', sources: ['test-source'] }],
      ...(extra.findings ? { findings: extra.findings } : {}),
    });
  }
  return items;
}

export function summarize(items: Item[], countedOnly: Partial<Record<CategoryId, number>> = {}): Report['summary'] {
  const byCat = new Map<CategoryId, CategorySummary>();
  const entry = (id: CategoryId, priv: boolean): CategorySummary => {
    let c = byCat.get(id);
    if (!c) {
      c = { id, label: category(id).label, private: priv, total: 0, listed: 0, likely: 0, possible: 0, unlikely: 0, fileGroups: [] };
      byCat.set(id, c);
    }
    return c;
  };
  for (const item of items) {
    const c = entry(item.category, false);
    c.total++;
    c.listed++;
    if (item.exposure) c[item.exposure]++;
  }
  for (const [id, n] of Object.entries(countedOnly) as Array<[CategoryId, number]>) {
    const c = entry(id, true);
    c.total += n;
    c.unlikely += n;
  }
  const categories = [...byCat.values()];
  return { categories, totals: summaryTotals(categories), findings: null };
}

export function makeReport(options: MakeReportOptions = {}): Report {
  const items = makeItems(options);
  return {
    schemaVersion: 2,
    tool: { name: 'li-exposure', version: '0.0.0-test' },
    generatedAt: '2026-05-12T10:00:00.000Z',
    archives: [{ path: 'Complete_LinkedInDataExport_05-12-2026.zip', kind: 'zip', exportDate: '2026-05-12', variant: 'Complete', entries: 40 }],
    // regionName is kept to the region code, not a name in words ("EU, EEA and Switzerland"): the TUI
    // layout tests expect the region, opt-out and policy to fit in a 100-column header.
    context:
      options.context === undefined
        ? { region: 'EU', regionName: 'EU', country: null, regionSource: 'profile location', optedOut: '2025-11-03', asOf: '2026-05-12', policyVersion: '2026.05', birthYear: null }
        : options.context,
    // No source register: the reasons cite made-up ids, which renderers leave unresolved.
    sources: [],
    files: [],
    summary: summarize(items, options.countedOnly),
    items,
    warnings: [],
  };
}

export const TEST_TIMELINE = {
  windows: [
    { start: '2023-01-01', end: '2024-09-17', status: 'not_used' as const },
    { start: '2024-09-18', end: '2025-11-02', status: 'used' as const },
    { start: '2025-11-03', end: null, status: 'uncertain' as const },
  ],
  optedOut: '2025-11-03',
};
