// The browser's compact item store: every item comes back exactly as it went in (every field, its
// keys in their order, hostile and non-BMP text included), the per-item columns say what the view
// model used to compute from the items, and streamed items are numbered in report order.
import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/model/report.js';
import { compareSources } from '../../../src/model/report-order.js';
import { DAY_NULL, DAY_OTHER, dayText, ItemStore, monthIndexOf } from '../../../src/tui/item-store.js';
import { makeItems } from '../../helpers/make-report.js';

const SHARED_REASONS = Object.freeze([{ text: 'Public content created before the opt-out.', sources: ['h3', 'p10'] }]);

/** An item with every field set, the optional ones included. */
function fullItem(k: number, overrides: Partial<Item> = {}): Item {
  return {
    id: `a0:Shares.csv:${k + 2}`,
    category: 'posts',
    date: `2024-0${(k % 9) + 1}-1${k % 10}T10:1${k % 10}:00Z`,
    title: k % 3 === 0 ? `Title ${k}` : null,
    text: `Post ${k}: call me on +49 30 1234567, or write to me@example.com`,
    url: `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${6000000000000000000n + BigInt(k)}`,
    source: { file: 'Shares.csv', line: k + 2, archive: 0 },
    details: { Visibility: k % 2 ? 'MEMBER_NETWORK' : 'PUBLIC', MediaUrl: '' },
    exposure: (['likely', 'possible', 'unlikely'] as const)[k % 3],
    reasons: SHARED_REASONS as never,
    findings: [
      { detector: 'phone', kind: 'phone', start: 19, end: 34 },
      { detector: 'email', kind: 'email', start: 47, end: 61, detail: 'address' },
    ],
    ...overrides,
  };
}

/** Exact equality: the same values and the same keys in the same order (what an export writes). */
function expectSame(actual: Item, expected: Item): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(actual).toEqual(expected);
}

function all(store: ItemStore): number[] {
  return Array.from({ length: store.length }, (_, i) => i);
}

describe('ItemStore round trip', () => {
  test('every field of every item comes back, over many blocks, one by one and in bulk', () => {
    const items = Array.from({ length: 3000 }, (_, k) => fullItem(k));
    const store = ItemStore.of(items);
    expect(store.length).toBe(3000);
    for (const [i, item] of items.entries()) expectSame(store.item(i), item);
    // Bulk reads keep the order asked for, whatever the blocks.
    const asked = [2999, 0, 1500, 7, 7, 2000, 1];
    store.items(asked).forEach((item, k) => expectSame(item, items[asked[k]!]!));
    expect(store.items(all(store)).map((i) => JSON.stringify(i))).toEqual(items.map((i) => JSON.stringify(i)));
    // The deflated store is much smaller than the items' JSON.
    expect(store.bytes).toBeLessThan(JSON.stringify(items).length / 4);
  });

  test('items of the generated test reports (absent and undefined optional fields) come back as they went in', () => {
    const items = makeItems({ counts: { posts: 300, comments: 200, profile: 5, reactions: 100 }, seed: 3 });
    const store = ItemStore.of(items);
    for (const [i, item] of items.entries()) expectSame(store.item(i), item);
    const bare: Item = { id: 'x', category: 'comments', date: null, title: null, text: 'no verdict', url: null, source: { file: 'C.csv', line: null, archive: 2 } };
    const back = ItemStore.of([bare]).item(0);
    expectSame(back, bare);
    expect(Object.keys(back)).toEqual(Object.keys(bare));
  });

  test('the reasons shared by many items are kept once and given back equal', () => {
    const copy = [{ text: SHARED_REASONS[0]!.text, sources: [...SHARED_REASONS[0]!.sources] }];
    const other = [{ text: 'Created after the opt-out.', sources: ['s1'] }];
    const items = [fullItem(0), fullItem(1, { reasons: copy }), fullItem(2, { reasons: other }), fullItem(3, { reasons: [] })];
    const store = ItemStore.of(items);
    expect(store.item(0).reasons).toEqual(SHARED_REASONS);
    expect(store.item(1).reasons).toEqual(copy);
    expect(store.item(2).reasons).toEqual(other);
    expect(store.item(3).reasons).toEqual([]);
  });
});

describe('ItemStore with hostile and non-BMP text', () => {
  const HOSTILE: Array<[string, string | null, string]> = [
    ['lone high surrogate', null, 'before \uD83D after'],
    ['lone low surrogate at the end', 'title \uDE00', 'text ends \uDC00'],
    ['surrogates reversed', null, '\uDE00\uD83D'],
    ['NUL and control characters', 'a\u0000b', '\u0000\u0001\u0007\u001b[2J\u001b]0;owned\u0007\u009b31m'],
    ['a BOM at the start of the block', '\uFEFFtitle', '\uFEFF\uFEFFtext'],
    ['line and paragraph separators', 'x\u2028y', 'one\r\ntwo\rthree\nfour\u2029five\u0085six'],
    ['JSON-like text', '"title":0', '{"text":0,"reasons":1}\\n"\\u0000'],
    ['empty text and empty title', '', ''],
    ['astral characters', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉', '家族 👨‍👩‍👧‍👦 flags 🇩🇪🇫🇷, math 𝛑, CJK ext B 𠀀𠀁, emoji 🚀✅'],
    ['combining marks and RTL', 'é vs é', '\u202Eevil\u202C שלום مرحبا Z̵̡̢a̸l̶g̷o'],
  ];

  test.each(HOSTILE)('%s: title and text come back exactly', (_name, title, text) => {
    // First in its block and in the middle of one.
    const items = [fullItem(1, { title, text, findings: [] }), fullItem(0), fullItem(1, { title, text }), fullItem(2)];
    const store = ItemStore.of(items);
    for (const [i, item] of items.entries()) {
      expectSame(store.item(i), item);
      expect(store.textsOf(i)).toEqual({ title: item.title, text: item.text });
    }
    const seen: Array<[number, string | null, string]> = [];
    store.forEachText((i, t, x) => seen.push([i, t, x]));
    expect(seen).toEqual(items.map((item, i) => [i, item.title, item.text]));
  });

  test('a text far larger than a block, next to small ones', () => {
    const huge = '🚀 long line with a lone \uD800 in it. '.repeat(20_000);
    const items = [fullItem(0), fullItem(1, { text: huge }), fullItem(2, { text: 'x'.repeat(100_000) }), fullItem(3)];
    const store = ItemStore.of(items);
    for (const [i, item] of items.entries()) expectSame(store.item(i), item);
  });

  test('finding offsets (UTF-16) still point at the same characters after astral text', () => {
    const text = '🎉🎉 ring 𝔘 +49 30 1234567 now';
    const start = text.indexOf('+49');
    const item = fullItem(0, { text, findings: [{ detector: 'phone', kind: 'phone', start, end: start + 15 }] });
    const back = ItemStore.of([item]).item(0);
    const f = back.findings![0]!;
    expect(back.text.slice(f.start, f.end)).toBe('+49 30 1234567 ');
  });
});

describe('ItemStore search', () => {
  /** What the browser's search matched before the store: each title and text lower-cased on its own. */
  const naive = (items: Item[], q: string) => items.map((i) => (i.text.toLowerCase().includes(q) || (i.title !== null && i.title.toLowerCase().includes(q)) ? 1 : 0));

  test('finds what lower-casing each title and text finds: never across a title and its text, or two items', () => {
    // Letters whose lower case depends on what follows (Σ) or is longer (İ, in some stores only),
    // astral ones, lone surrogates.
    const alphabet = ['a', 'A', 'b', ' ', 'Σ', 'Σ', 'σ', 'ς', 'i', '\u0307', '🎉', 'é', '\uD800', 'ß', 'ẞ'];
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const word = (n: number, extra: string[]) => Array.from({ length: n }, () => [...alphabet, ...extra][rand(alphabet.length + extra.length)]).join('');
    const queries = ['a', 'aa', 'ab', 'ba', 'bab', 'σ', 'ς', 'aσ', 'σa', 'i', 'i\u0307', 'i̇a', '🎉', '🎉a', 'é', 'ss', 'ß', ' ', 'a b', '\uD800', 'xyzq', 'yz', 'zqb', ''];
    for (const extra of [[], ['İ']]) {
      const items = Array.from({ length: 4000 }, (_, k) =>
        fullItem(k, { title: rand(3) === 0 ? null : rand(4) === 0 ? '' : word(rand(4), extra), text: word(rand(12), extra), findings: [] }),
      );
      items.push(fullItem(4000, { title: 'ab', text: 'ba' }), fullItem(4001, { title: null, text: 'xy' }), fullItem(4002, { title: 'zq', text: '' }));
      const store = ItemStore.of(items);
      for (const q of queries) expect(Array.from(store.search(q)), `${JSON.stringify(q)} ${extra}`).toEqual(naive(items, q));
      // Never across the title and the text of one item, nor across two items.
      expect(store.search('abba')[4000]).toBe(0);
      expect(store.search('bax')[4000]).toBe(0);
      expect(store.search('yzq')[4001]).toBe(0);
    }
  });

  test('numbers the matches in report order when the items were reordered', () => {
    const read = [fullItem(0, { text: 'needle', source: { archive: 0, file: 'B.csv', line: 2 } }), fullItem(1, { text: 'hay', source: { archive: 0, file: 'A.csv', line: 2 } })];
    const store = new ItemStore({ fileOrder: compareSources });
    store.add(read);
    store.finish();
    expect(Array.from(store.search('needle'))).toEqual([0, 1]);
  });
});

describe('ItemStore columns', () => {
  test('verdict, date, month, day and findings per item, as the view model reads them', () => {
    const dates = ['2024-03-05T10:00:00Z', null, 'garbage', '2024-13-01T00:00:00Z', '0999-01-02', '2025-12-31T23:59:59.999Z', ''];
    const items = dates.map((date, k) => fullItem(k, { date, exposure: k === 4 ? undefined : fullItem(k).exposure, findings: k === 1 ? [] : fullItem(k).findings?.slice(0, k % 3) }));
    const store = ItemStore.of(items);
    for (const [i, item] of items.entries()) {
      const time = item.date ? Date.parse(item.date) : Number.NaN;
      expect(Object.is(store.times[i], time), `time ${i}`).toBe(true);
      expect(store.months[i]).toBe(Number.isNaN(time) ? -1 : monthIndexOf(item.date));
      expect(store.levels[i]).toBe({ likely: 1, possible: 2, unlikely: 3 }[item.exposure ?? 'none' as never] ?? 0);
      expect(store.findingCounts[i]).toBe(item.findings?.length ?? 0);
      expect(store.category(i)).toBe('posts');
    }
    expect(Array.from(store.days)).toEqual([20240305, DAY_NULL, DAY_OTHER, 20241301, 9990102, 20251231, DAY_OTHER]);
    expect(dayText(9990102)).toBe('0999-01-02');
    expect(dayText(20241301)).toBe('2024-13-01');
  });

  test('categories are numbered in order of first appearance', () => {
    const items = [fullItem(0, { category: 'comments' }), fullItem(1), fullItem(2, { category: 'comments' }), fullItem(3, { category: 'profile' })];
    const store = ItemStore.of(items);
    expect(store.categoryList).toEqual(['comments', 'posts', 'profile']);
    expect(Array.from(store.categoryCodes)).toEqual([0, 1, 0, 2]);
  });
});

describe('ItemStore in report order', () => {
  const at = (archive: number, file: string, line: number, k: number): Item =>
    fullItem(k, { id: `a${archive}:${file}:${line}`, date: k % 4 === 0 ? null : `2024-01-${String((k % 28) + 1).padStart(2, '0')}T00:00:00Z`, source: { archive, file, line } });

  test('items read in any order are numbered by archive, then file name (numbers by value), then as read', () => {
    // Reading order: the profile first, files interleaved, a second archive before the first's last file.
    const read: Item[] = [
      at(0, 'Profile.csv', 2, 0),
      at(0, 'Saved Jobs_10.csv', 2, 1),
      at(1, 'Comments.csv', 2, 2),
      at(0, 'Saved Jobs_2.csv', 2, 3),
      at(0, 'Saved Jobs_10.csv', 3, 4),
      at(0, 'Comments.csv', 2, 5),
      at(1, 'Comments.csv', 3, 6),
      at(0, 'Saved Jobs_2.csv', 3, 7),
      at(0, 'Comments.csv', 3, 8),
    ];
    const store = new ItemStore({ fileOrder: compareSources });
    store.add(read.slice(0, 4));
    store.add(read.slice(4));
    store.finish();
    const expected = [...read].sort((a, b) => compareSources(a.source, b.source) || read.indexOf(a) - read.indexOf(b));
    expect(expected.map((i) => i.id)).toEqual([
      'a0:Comments.csv:2',
      'a0:Comments.csv:3',
      'a0:Profile.csv:2',
      'a0:Saved Jobs_2.csv:2',
      'a0:Saved Jobs_2.csv:3',
      'a0:Saved Jobs_10.csv:2',
      'a0:Saved Jobs_10.csv:3',
      'a1:Comments.csv:2',
      'a1:Comments.csv:3',
    ]);
    for (const [i, item] of expected.entries()) {
      expectSame(store.item(i), item);
      expect(store.days[i]).toBe(item.date === null ? DAY_NULL : Number(item.date.slice(0, 10).replace(/-/g, '')));
      expect(store.levels[i]).toBe({ likely: 1, possible: 2, unlikely: 3 }[item.exposure!]);
    }
    expect(store.items([8, 0, 4]).map((i) => i.id)).toEqual([expected[8]!.id, expected[0]!.id, expected[4]!.id]);
    const texts: string[] = [];
    store.forEachText((i, _title, text) => (texts[i] = text));
    expect(texts).toEqual(expected.map((i) => i.text));
  });

  test('without a file order, items keep the order they were added in', () => {
    const read = [at(0, 'B.csv', 2, 0), at(0, 'A.csv', 2, 1)];
    const store = new ItemStore();
    store.add(read);
    store.finish();
    expect([store.item(0).id, store.item(1).id]).toEqual(['a0:B.csv:2', 'a0:A.csv:2']);
    expect(() => store.add(read)).toThrow(/finished/);
  });
});

test('a store is read once finished', () => {
  const store = new ItemStore();
  store.add([fullItem(0)]);
  expect(() => store.levels).toThrow(/finish/);
  expect(store.finish().levels).toEqual(new Uint8Array([1]));
});
