import { describe, expect, test } from 'vitest';
import type { Report } from '../../../src/model/report.js';
import { buildFrame } from '../../../src/tui/frame.js';
import { computeLayout } from '../../../src/tui/layout.js';
import { lineWidth } from '../../../src/tui/lines.js';
import { initialState, reduceKey, type KeyContext, type UiState } from '../../../src/tui/state.js';
import { bucketize, timelineLines } from '../../../src/tui/timeline-view.js';
import type { Line } from '../../../src/tui/types.js';
import { ReportView } from '../../../src/tui/view-model.js';
import { makeReport, TEST_TIMELINE } from '../../helpers/make-report.js';
import { tailoredActions } from '../../../src/render/actions.js';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';

const report = makeReport({
  counts: { posts: 300, comments: 120, profile: 3 },
  countedOnly: { messages: 50 },
  extra: [{ category: 'articles', title: '日本語のタイトル', text: '長い記事 '.repeat(300), exposure: 'likely' }],
});
const view = new ReportView(report);
const ACTIONS = tailoredActions(report, loadBundledPolicy(), { listCommand: 'li-exposure list export.zip --exposure likely --category posts' });

function text(lines: Line[]): string {
  return lines.map((l) => l.map((s) => s.text).join('')).join('\n');
}

const MODES: Record<string, (s: UiState) => UiState> = {
  list: (s) => s,
  categories: (s) => ({ ...s, focus: 'categories' }),
  detail: (s) => ({ ...s, mode: 'detail' }),
  detailArticle: (s) => ({ ...s, mode: 'detail', cat: 3, detailTop: 5 }),
  timeline: (s) => ({ ...s, mode: 'timeline' }),
  actions: (s) => ({ ...s, mode: 'actions', actionsTop: 2 }),
  help: (s) => ({ ...s, help: true }),
  search: (s) => ({ ...s, prompt: 'search', draft: 'some query' }),
  searched: (s) => ({ ...s, query: 'privacy' }),
  export: (s) => ({ ...s, prompt: 'export' }),
  status: (s) => ({ ...s, status: { text: 'Exported 12 items to /a/very/long/path/'.repeat(5), tone: 'ok' } }),
  counted: (s) => ({ ...s, cat: 4 }),
};

describe('buildFrame', () => {
  test('every mode at every size fills exactly rows - 1 lines, none wider than the terminal', () => {
    for (const [columns, rows] of [
      [40, 10],
      [63, 12],
      [64, 12],
      [80, 24],
      [120, 40],
      [200, 60],
      [39, 9],
      [20, 3],
    ] as const) {
      const layout = computeLayout(columns, rows);
      for (const [name, mode] of Object.entries(MODES)) {
        const lines = buildFrame(view, mode(initialState(view)), layout, { timeline: TEST_TIMELINE, actions: ACTIONS, color: true });
        expect(lines, `${name} ${columns}x${rows}`).toHaveLength(rows - 1);
        for (const l of lines) expect(lineWidth(l), `${name} ${columns}x${rows}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  test('NO_COLOR: no segment carries a colour, symbols still mark verdicts', () => {
    const layout = computeLayout(100, 30);
    for (const mode of Object.values(MODES)) {
      const off = buildFrame(view, mode(initialState(view)), layout, { timeline: TEST_TIMELINE, color: false });
      expect(off.flat().filter((s) => s.color !== undefined)).toEqual([]);
    }
    const on = buildFrame(view, initialState(view), layout, { color: true });
    expect(on.flat().some((s) => s.color === 'red')).toBe(true);
    expect(text(buildFrame(view, initialState(view), layout, { color: false }))).toMatch(/[●◐○]/);
  });

  test('without a policy context the header says so', () => {
    const r: Report = { ...report, context: null };
    const v = new ReportView(r);
    const f = text(buildFrame(v, initialState(v), computeLayout(100, 20), { color: false }));
    expect(f).toContain('exposure not assessed');
  });

  test('an empty report renders', () => {
    const v = new ReportView(makeReport({}));
    const lines = buildFrame(v, initialState(v), computeLayout(80, 20), { color: false });
    expect(lines).toHaveLength(19);
    expect(text(lines)).toContain('No data in this report.');
  });
});

describe('timeline', () => {
  test('long ranges are bucketed to fit', () => {
    const data = { start: 2000 * 12, likely: Array.from({ length: 300 }, (_, i) => i % 13), possible: Array.from({ length: 300 }, () => 1), undatedLikely: 0, undatedPossible: 0 };
    const b = bucketize(data, data.start, data.start + 299, 50);
    expect(b.size).toBe(6);
    expect(b.likely.reduce((a, x) => a + x, 0)).toBe(data.likely.reduce((a, x) => a + x, 0));
    for (const width of [30, 60, 100]) {
      const lines = timelineLines(data, width, 16, { info: TEST_TIMELINE, color: false });
      expect(lines).toHaveLength(16);
      for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(width);
    }
  });

  test('no dated items', () => {
    const data = { start: -1, likely: [], possible: [], undatedLikely: 3, undatedPossible: 0 };
    expect(text(timelineLines(data, 80, 10, { color: false }))).toContain('No dated items to plot.');
  });

  test('not opted out', () => {
    const data = { start: 2024 * 12, likely: [1, 2, 3], possible: [0, 1, 0], undatedLikely: 0, undatedPossible: 0 };
    const f = text(timelineLines(data, 80, 12, { info: { windows: [], optedOut: null }, color: false }));
    expect(f).toContain('not opted out');
    expect(f).toContain('windows not provided');
  });
});

describe('reduceKey', () => {
  const layout = computeLayout(100, 30);
  const ctx: KeyContext = { view, layout, detailLength: () => 100 };
  const key = (s: UiState, input: string, k: Parameters<typeof reduceKey>[2] = {}) => reduceKey(s, input, k, ctx);

  test('n from a category without matches goes to the next category with one', () => {
    let s: UiState = { ...initialState(view), query: 'privacy', cat: 2 };
    const m = view.matches('all', 'newest', 'privacy');
    s = key(s, 'n').state;
    const next = m.counts.findIndex((n, p) => p > 2 && n > 0);
    expect(s.cat).toBe(next >= 0 ? next : m.counts.findIndex((n) => n > 0));
    expect(s.cursor).toBe(0);
  });

  test('q quits, ? opens help, e on an empty list explains', () => {
    expect(key(initialState(view), 'q').effect).toEqual({ type: 'quit' });
    expect(key(initialState(view), '?').state.help).toBe(true);
    const empty = key({ ...initialState(view), cat: 4 }, 'e').state;
    expect(empty.prompt).toBeNull();
    expect(empty.status?.text).toMatch(/Nothing to export/);
  });

  test('f keeps the selected item when it stays in the list', () => {
    let s = initialState(view);
    const list = view.list(0, 'all', 'newest', null);
    const target = Array.from(list).findIndex((i) => view.item(i).exposure === 'likely' && Array.from(list).indexOf(i) > 5);
    s = { ...s, cursor: target };
    const selected = list[target]!;
    s = key(s, 'f').state;
    expect(s.filter).toBe('likely');
    expect(view.list(0, 'likely', 'newest', null)[s.cursor]).toBe(selected);
  });
});

describe('findings in the browser', () => {
  const TEXT = 'Reach me at +44 20 7946 0958.\nMy\u001b[2J diabetes diagnosis changed how I work, and a very long line follows here to wrap the text.';
  const phone = '+44 20 7946 0958';
  const findingsReport = makeReport({
    counts: { posts: 5 },
    extra: [
      {
        category: 'posts',
        text: TEXT,
        date: '2030-01-01T00:00:00.000Z',
        findings: [
          { detector: 'phone', kind: 'phone', start: TEXT.indexOf(phone), end: TEXT.indexOf(phone) + phone.length },
          { detector: 'special-categories', kind: 'health', start: TEXT.indexOf('diabetes'), end: TEXT.indexOf('diabetes') + 8 },
        ],
      },
    ],
  });
  const v = new ReportView(findingsReport);

  test('the list marks the item with findings, and only it', () => {
    const layout = computeLayout(100, 20);
    const frame = buildFrame(v, initialState(v), layout, { color: false });
    const rows = frame.map((l) => l.map((s) => s.text).join('')).filter((r) => /\d{4}-\d\d-\d\d [●◐○·]/.test(r));
    expect(rows.filter((r) => /[●◐○·]! /.test(r))).toHaveLength(1);
    expect(rows.find((r) => /[●◐○·]! /.test(r))).toContain('Reach me at');
  });

  test('the detail view shows exactly the found spans in inverse video, the rest of the text plain and neutralised', () => {
    for (const columns of [40, 100]) {
      const layout = computeLayout(columns, 40);
      const frame = buildFrame(v, { ...initialState(v), mode: 'detail' }, layout, { color: true });
      const marked = frame.flatMap((l) => l.filter((s) => s.inverse).map((s) => s.text));
      // A span cut by a line break is two segments; joined, they are the found text.
      expect(marked.join('|').replace(/\|/g, ' ').split(/(?<=\d) (?=diabetes)/)).toEqual([phone, 'diabetes']);
      const all = text(frame);
      expect(all).toContain('␛[2J');
      expect(all).not.toContain('\u001b');
      expect(all.replace(/\s+/g, ' ')).toContain('phone number, health: marked in the text');
      for (const l of frame) expect(lineWidth(l)).toBeLessThanOrEqual(columns);
    }
  });
});
