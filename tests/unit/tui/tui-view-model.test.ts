import { describe, expect, test } from 'vitest';
import type { Item, Report } from '../../../src/model/report.js';
import { compareSources } from '../../../src/model/report-order.js';
import { ItemStore } from '../../../src/tui/item-store.js';
import { getReportView, monthIndexOf, nextFilter, ReportView, sortNewestFirst } from '../../../src/tui/view-model.js';
import { makeReport } from '../../helpers/make-report.js';

function dated(view: ReportView, list: Int32Array): Array<string | null> {
  return Array.from(list, (i) => view.item(i).date);
}

describe('ReportView', () => {
  const report = makeReport({ counts: { posts: 400, comments: 250, profile: 4 }, countedOnly: { messages: 99 } });
  const view = new ReportView(report);

  test('categories follow the summary; counted-only categories are kept with no items', () => {
    expect(view.categories.map((c) => c.id)).toEqual(['posts', 'comments', 'profile', 'messages']);
    const messages = view.categories[3]!;
    expect(messages).toMatchObject({ private: true, total: 99, items: 0 });
    expect(view.list(3, 'all', 'newest', null)).toHaveLength(0);
  });

  test('newest first with undated last, oldest first with undated last', () => {
    const newest = dated(view, view.list(0, 'all', 'newest', null));
    const oldest = dated(view, view.list(0, 'all', 'oldest', null));
    expect(newest).toHaveLength(400);
    const firstUndated = newest.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(newest.slice(firstUndated).every((d) => d === null)).toBe(true);
    const datedNewest = newest.slice(0, firstUndated) as string[];
    expect(datedNewest).toEqual([...datedNewest].sort().reverse());
    const datedOldest = oldest.slice(0, firstUndated) as string[];
    expect(datedOldest).toEqual([...datedNewest].reverse());
    expect(oldest.slice(firstUndated).every((d) => d === null)).toBe(true);
  });

  test('equal dates keep report order in both sorts', () => {
    const items = makeReport({ counts: { posts: 3 } }).items.map((it) => ({ ...it, date: '2024-01-01T00:00:00.000Z' }));
    const r: Report = { ...makeReport({ counts: { posts: 3 } }), items };
    const v = new ReportView(r);
    expect(Array.from(v.list(0, 'all', 'newest', null))).toEqual([0, 1, 2]);
    expect(Array.from(v.list(0, 'all', 'oldest', null))).toEqual([0, 1, 2]);
  });

  test('filter keeps only the level; lists are memoised', () => {
    const likely = view.list(0, 'likely', 'newest', null);
    expect(likely.length).toBe(report.summary.categories[0]!.likely);
    expect(Array.from(likely).every((i) => view.item(i).exposure === 'likely')).toBe(true);
    expect(view.list(0, 'likely', 'newest', null)).toBe(likely);
    expect(view.list(0, 'all', 'newest', null)).toBe(view.list(0, 'all', 'newest', null));
  });

  test('search is case-insensitive across categories and counts matches per category', () => {
    const q = 'PRIVACY';
    const expected = report.items.filter((i) => i.text.toLowerCase().includes('privacy'));
    const m = view.matches('all', 'newest', q);
    expect(m.total).toBe(expected.length);
    expect(m.counts[0]).toBe(expected.filter((i) => i.category === 'posts').length);
    expect(m.offsets[1]).toBe(m.counts[0]);
    const posts = view.list(0, 'all', 'newest', q);
    expect(Array.from(posts).every((i) => view.item(i).text.toLowerCase().includes('privacy'))).toBe(true);
    // Combined with a filter.
    const both = view.list(1, 'possible', 'oldest', 'privacy');
    expect(Array.from(both).every((i) => view.item(i).exposure === 'possible')).toBe(true);
    // Blank query means no search.
    expect(view.list(0, 'all', 'newest', '  ')).toBe(view.list(0, 'all', 'newest', null));
  });

  test('timeline counts likely and possible items per month', () => {
    const t = view.timeline();
    const likely = report.items.filter((i) => i.exposure === 'likely' && i.date);
    expect(t.likely.reduce((a, b) => a + b, 0)).toBe(likely.length);
    expect(t.undatedLikely).toBe(report.items.filter((i) => i.exposure === 'likely' && !i.date).length);
    const first = Math.min(...report.items.filter((i) => i.date && i.exposure !== 'unlikely').map((i) => monthIndexOf(i.date)));
    expect(t.start).toBe(first);
    expect(view.timeline()).toBe(t);
  });

  test('getReportView indexes a report once', () => {
    expect(getReportView(report)).toBe(getReportView(report));
  });

  test('nextFilter cycles all -> likely -> possible -> unlikely -> with findings -> all', () => {
    expect(['all', 'likely', 'possible', 'unlikely', 'findings'].map((f) => nextFilter(f as never))).toEqual(['likely', 'possible', 'unlikely', 'findings', 'all']);
  });

  test('the findings filter keeps exactly the items with findings, in the sort order', () => {
    const withFindings = makeReport({ counts: { posts: 30 } });
    const marked = [3, 17, 25];
    for (const i of marked) withFindings.items[i]!.findings = [{ detector: 'phone', kind: 'phone', start: 0, end: 2 }];
    withFindings.items[5]!.findings = [];
    const v = new ReportView(withFindings);
    const listed = Array.from(v.list(0, 'findings', 'newest', null));
    expect(listed.sort((a, b) => a - b)).toEqual(marked);
    const all = Array.from(v.list(0, 'all', 'newest', null));
    expect(Array.from(v.list(0, 'findings', 'newest', null))).toEqual(all.filter((i) => marked.includes(i)));
  });
});

describe('sortNewestFirst', () => {
  test('matches the comparator sort, including sub-second order and ties', () => {
    const n = 10_000;
    const times = new Float64Array(n);
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < n; i++) times[i] = Date.UTC(2023, 0, 1) + Math.floor(rand() * 200_000) * (rand() < 0.5 ? 1000 : 7);
    const indices = Int32Array.from({ length: n }, (_, i) => i);
    const expected = Array.from(indices).sort((a, b) => times[b]! - times[a]! || a - b);
    sortNewestFirst(indices, times, n);
    expect(Array.from(indices)).toEqual(expected);
  });
});

describe('monthIndexOf', () => {
  test('parses YYYY-MM and rejects the rest', () => {
    expect(monthIndexOf('2024-03-05T00:00:00Z')).toBe(2024 * 12 + 2);
    expect(monthIndexOf('2024-13-01')).toBe(-1);
    expect(monthIndexOf(null)).toBe(-1);
    expect(monthIndexOf('March 2024')).toBe(-1);
  });
});

describe('ReportView over a store of streamed items', () => {
  test('lists, sorts, filters, searches and counts as over report.items, whatever order the files were read in', () => {
    const made = makeReport({ counts: { posts: 300, comments: 200, profile: 6, reactions: 80 }, undatedEvery: 7, seed: 9 });
    // Report order (archive, file name, as read), as the scan keeps report.items.
    const items = [...made.items].sort((a, b) => compareSources(a.source, b.source));
    const report: Report = { ...made, items };
    const expected = new ReportView(report);
    // Read file by file in another order, in batches, as a streaming scan sends them.
    const byFile = new Map<string, Item[]>();
    for (const item of items) byFile.set(item.source.file, [...(byFile.get(item.source.file) ?? []), item]);
    const reading = [...byFile.values()].reverse().flat();
    const store = new ItemStore({ fileOrder: compareSources });
    for (let k = 0; k < reading.length; k += 64) store.add(reading.slice(k, k + 64));
    store.finish();
    const view = new ReportView({ ...report, items: [] }, store);
    expect(view.categories).toEqual(expected.categories);
    for (let cat = 0; cat < view.categories.length; cat++) {
      for (const filter of ['all', 'likely', 'possible', 'unlikely', 'findings'] as const) {
        for (const sort of ['newest', 'oldest'] as const) {
          for (const query of [null, 'privacy', 'SECOND line']) {
            const list = view.list(cat, filter, sort, query);
            expect(Array.from(list), `${cat} ${filter} ${sort} ${query}`).toEqual(Array.from(expected.list(cat, filter, sort, query)));
          }
        }
      }
    }
    expect(view.matches('all', 'newest', 'about')).toEqual(expected.matches('all', 'newest', 'about'));
    expect(view.timeline()).toEqual(expected.timeline());
    for (let i = 0; i < items.length; i += 17) {
      expect(JSON.stringify(view.item(i))).toBe(JSON.stringify(items[i]));
      expect(view.day(i)).toBe(items[i]!.date === null ? null : items[i]!.date!.slice(0, 10));
    }
  });
});
