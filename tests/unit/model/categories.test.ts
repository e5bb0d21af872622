import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, category } from '../../../src/model/categories.js';

describe('the one category table', () => {
  it('has unique ids, labels and orders, and answers by id', () => {
    expect(new Set(CATEGORY_IDS).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((c) => c.label)).size).toBe(CATEGORIES.length);
    expect(CATEGORIES.map((c) => c.order)).toEqual(CATEGORIES.map((_, i) => i));
    for (const c of CATEGORIES) expect(category(c.id)).toBe(c);
  });

  it('names the same categories, in the same order, as the sample generator (an independent copy on purpose)', () => {
    const generator = readFileSync(new URL('../../../scripts/make-samples.mjs', import.meta.url), 'utf8');
    const list = /const CATEGORY_ORDER = \[([^\]]*)\]/.exec(generator);
    if (!list) throw new Error('CATEGORY_ORDER not found in scripts/make-samples.mjs');
    const ids = [...list[1]!.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(ids).toEqual([...CATEGORY_IDS]);
  });
});
