import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CategoryId, ExposureLevel, Item, Reason } from '../../../src/model/report.js';
import { PackedTexts } from '../../../src/io/packed-texts.js';
import { CONSIDER_DELETING_MAX, considerOrder } from '../../../src/render/consider-deleting.js';
import { DateKeys } from '../../../src/render/date-keys.js';
import { ReportItems } from '../../../src/render/report-items.js';
import { excerptHead, linkedInUrl, neutralise, titledExcerpt } from '../../../src/render/text-safety.js';

// The reports keep only a digest of the items (render/report-items.ts): it must give the rows,
// the reasons' numbers and the items to consider deleting exactly as sorting every item would.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

/** The string order the reports and the list sort by: newest first, undated last. */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

describe('DateKeys', () => {
  it('sorts as the string comparison of the dates does, whatever their form', () => {
    const random = rng(7);
    const forms = [
      () => `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T1${Math.floor(random() * 9)}:00:0${Math.floor(random() * 3)}Z`,
      () => `2024-05-01T10:00:0${Math.floor(random() * 3)}.${100 + Math.floor(random() * 800)}Z`,
      () => '0001-01-01T00:00:00Z',
      () => '2024-05-01T10:00:01Z',
      () => null,
    ];
    const dates = Array.from({ length: 2000 }, () => defined(forms[Math.floor(random() * forms.length)])());
    const keys = new DateKeys();
    for (const d of dates) keys.add(d);
    expect(dates.map((_, i) => keys.get(i))).toEqual(dates);
    const byKeys = Array.from(dates.keys()).sort((a, b) => keys.newestFirst(a, b) || a - b);
    const byStrings = Array.from(dates.keys()).sort((a, b) => newestFirst(dates[a] ?? null, dates[b] ?? null) || a - b);
    expect(byKeys).toEqual(byStrings);
  });
});

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

describe('titledExcerpt', () => {
  // What the reports did before the digest: join title and text, then cut (text-safety.ts's excerpt of old).
  const flatten = (text: string) => neutralise(text).replace(/\s+/g, ' ').trim();
  function reference(text: string, max: number): string {
    const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
    let flat = flatten(head);
    if (head !== text && Array.from(flat).length <= max) flat = flatten(text);
    if (flat.length <= max) return flat;
    const chars = Array.from(flat);
    return chars.length <= max ? flat : chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
  }

  it('cuts "title: text" as joining them first would, by code points, for short, long and mostly blank texts', () => {
    const random = rng(11);
    let heads = 0;
    const pieces = ['a', 'word ', ' ', '    ', '\n\n', '\r\n', '\t', '😀', '\ud800', '\udc00', 'é', '\u0007', '\u202e', '日本'];
    for (let n = 0; n < 3000; n++) {
      const length = [5, 100, 200, 600, 700, 2000][n % 6] ?? 5;
      const blank = n % 7 === 0;
      let text = '';
      while (text.length < length) text += blank && random() < 0.9 ? '      ' : defined(pieces[Math.floor(random() * pieces.length)]);
      const title = n % 3 === 0 ? null : n % 3 === 1 ? 'Title' : '';
      const max = n % 2 ? 140 : 20;
      const expected = reference(title ? `${title}: ${text}` : text, max);
      expect(titledExcerpt(title, text, max)).toBe(expected);
      // The start that the reports keep instead, when it is enough, cuts to the same excerpt.
      const head = excerptHead(title, text, max);
      if (head !== null) expect(titledExcerpt(null, head, max)).toBe(expected);
      heads += head === null ? 0 : 1;
    }
    // Only a start that is mostly blank needs the whole text.
    expect(heads).toBeGreaterThan(2000);
  });
});

function item(n: number, fields: Partial<Item>): Item {
  return { id: `i${n}`, category: 'posts', date: null, title: null, text: `text ${n}`, url: null, source: { file: 'Shares.csv', line: n + 2, archive: 0 }, ...fields };
}

describe('ReportItems', () => {
  it('keeps the first items to consider deleting as sorting all of them would (ties in report order)', () => {
    const random = rng(3);
    const levels: ExposureLevel[] = ['likely', 'possible', 'unlikely'];
    const items = Array.from({ length: 5 * CONSIDER_DELETING_MAX + 37 }, (_, n) =>
      item(n, {
        category: n % 10 === 0 ? 'messages' : 'posts',
        exposure: defined(levels[Math.floor(random() * 3)]),
        date: random() < 0.2 ? null : `2024-0${1 + Math.floor(random() * 3)}-01T00:00:00Z`,
        findings: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ detector: 'phone' as const, kind: 'phone' as const, start: 0, end: 4 })),
      }),
    );
    for (const allItems of [false, true]) {
      const digest = ReportItems.of({ items }, { allItems });
      const listed = items.filter((i) => allItems || i.category !== 'messages');
      const { items: kept, total } = digest.consideredItems();
      expect(total).toBe(listed.length);
      expect(kept.map((i) => i.text)).toEqual([...listed].sort(considerOrder).slice(0, CONSIDER_DELETING_MAX).map((i) => i.text));
    }
  });

  it('gives the table rows newest first (ties in report order), reasons numbered by first use, the same from its temporary file', () => {
    const random = rng(5);
    const reasons: Reason[][] = [[{ text: 'A', sources: ['s1'] }], [{ text: 'B', sources: [] }, { text: 'A', sources: ['s1'] }], [{ text: 'C', sources: ['s2'] }]];
    const items = Array.from({ length: 3000 }, (_, n) =>
      item(n, {
        category: (['posts', 'comments', 'messages'] as CategoryId[])[n % 3],
        exposure: n % 4 === 0 ? 'unlikely' : n % 4 === 1 ? 'possible' : 'likely',
        date: random() < 0.1 ? null : `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 3)}T00:00:00Z`,
        title: n % 5 === 0 ? 'A title' : null,
        text: `text ${n} ${'long '.repeat(n % 80)}`,
        url: n % 2 ? `https://www.linkedin.com/feed/update/urn:li:share:${n}` : null,
        // A fresh array with the same content as a shared one is the same reasons.
        reasons: n % 7 === 0 ? [...defined(reasons[n % 3])] : reasons[n % 3],
      }),
    );
    const listed = items.filter((i) => i.category !== 'messages' && (i.exposure === 'likely' || i.exposure === 'possible'));
    const sorted = listed.map((i, k) => ({ i, k })).sort((a, b) => newestFirst(a.i.date, b.i.date) || a.k - b.k).map(({ i }) => i);
    const numbers = new Map<string, number>();
    const expected = sorted.map((i) => ({
      excerpt: titledExcerpt(i.title, i.text, 140),
      href: linkedInUrl(i.url),
      date: i.date,
      line: i.source.line,
      reasons: (i.reasons ?? []).map((r) => {
        const key = `${r.text}|${r.sources.join(',')}`;
        if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
        return defined(numbers.get(key));
      }),
    }));
    const dir = mkdtempSync(join(tmpdir(), 'report-items-test-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = dir;
    try {
      for (const texts of [new PackedTexts(1 << 30), new PackedTexts(0)]) {
        const digest = new ReportItems({}, texts);
        for (let at = 0; at < items.length; at += 100) digest.add(items.slice(at, at + 100));
        expect(digest.rowCount).toBe(listed.length);
        const rows = [...digest.tableRows()].map((r) => ({ excerpt: r.excerpt, href: r.href, date: r.date, line: r.line, reasons: r.reasons }));
        expect(rows).toEqual(expected);
        expect(digest.reasons().map((r) => `${r.text}|${r.sources.join(',')}`)).toEqual([...numbers.keys()]);
        expect(digest.perCategory.get('posts')).toBe(listed.filter((i) => i.category === 'posts').length);
        digest.close();
        expect(readdirSync(dir)).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
