import { describe, expect, it } from 'vitest';
import { PackedTexts, packThreshold } from '../../../src/io/packed-texts.js';

// The store behind `list` and the reports' item table: texts added in stream order come back in
// any order, the same bytes whether they stayed as they were or were deflated in memory.

const texts = ['', 'plain', 'Grüße, 日本語 and 😀 emoji', 'x'.repeat((1 << 20) + 17), 'tab\tand\nnewline', ...Array.from({ length: 3000 }, (_, i) => `line ${i} ${'é'.repeat(i % 50)}\n`)];

/** A fixed shuffle of 0..n-1 (a linear congruential generator, so that the test is repeatable). */
function shuffled(n: number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

function fill(store: PackedTexts): PackedTexts {
  for (const t of texts) store.add(t);
  return store;
}

describe('PackedTexts', () => {
  it('gives back every text in the order asked, the same whether packed or not', () => {
    const order = shuffled(texts.length);
    const expected = Array.from(order, (i) => texts[i]);
    const plain = fill(new PackedTexts(1 << 30));
    const packed = fill(new PackedTexts(0));
    const partly = fill(new PackedTexts(1000));
    for (const store of [plain, packed, partly]) {
      expect(Array.from(store.orderedTexts(order, 4096), (b) => b.toString('utf8'))).toEqual(expected);
      // The buffers of ordered() hold the same texts, concatenated.
      expect(Buffer.concat([...store.ordered(order, 50_000)]).toString('utf8')).toBe(expected.join(''));
    }
    expect([plain.packed, packed.packed, partly.packed]).toEqual([false, true, true]);
    for (const store of [plain, packed, partly]) store.close();
  });

  it('takes less memory once packed: repetitive lines deflate to a fraction of their size', () => {
    const store = new PackedTexts(0);
    let size = 0;
    for (let i = 0; i < 20_000; i++) {
      const line = `2024-05-${String((i % 28) + 1).padStart(2, '0')}\tcomments\tlikely\tThanks for sharing, great post number ${i}\thttps://www.linkedin.com/feed/update/urn:li:activity:${7_000_000 + i}\n`;
      size += Buffer.byteLength(line);
      store.add(line);
    }
    const order = Uint32Array.from({ length: 20_000 }, (_, i) => 19_999 - i);
    const out = Buffer.concat([...store.ordered(order)]);
    expect(out.length).toBe(size);
    expect(out.toString().split('\n')[0]).toContain('post number 19999');
    expect(store.heldBytes()).toBeLessThan(size / 3);
    store.close();
  });

  it('stays as it is below the threshold', () => {
    const store = new PackedTexts(1 << 20);
    for (let i = 0; i < 100; i++) store.add(`line ${i}\n`);
    expect([...store.ordered(Uint32Array.from({ length: 100 }, (_, i) => 99 - i))].join('')).toBe(Array.from({ length: 100 }, (_, i) => `line ${99 - i}\n`).join(''));
    expect(store.packed).toBe(false);
    store.close();
  });

  it('reads its threshold from LI_EXPOSURE_PACK_BYTES when that is a whole number (for tests)', () => {
    expect(packThreshold({ LI_EXPOSURE_PACK_BYTES: '0' })).toBe(0);
    expect(packThreshold({ LI_EXPOSURE_PACK_BYTES: 'lots' })).toBe(4 << 20);
    expect(packThreshold({})).toBe(4 << 20);
  });
});
