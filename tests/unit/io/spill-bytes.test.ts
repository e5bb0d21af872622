import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpillBytes } from '../../../src/io/spill-bytes.js';

// The store behind `list` and the reports' item table: texts added in stream order come back in
// any order, the same bytes whether they stayed in memory or went to the temporary file, and that
// file is private and never left behind.

const texts = ['', 'plain', 'Grüße, 日本語 and 😀 emoji', 'x'.repeat((1 << 20) + 17), 'tab\tand\nnewline', ...Array.from({ length: 3000 }, (_, i) => `line ${i} ${'é'.repeat(i % 50)}\n`)];

/** A fixed shuffle of 0..n-1 (a linear congruential generator, so that the test is repeatable). */
function shuffled(n: number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function fill(store: SpillBytes): SpillBytes {
  for (const t of texts) store.add(t);
  return store;
}

/** Open descriptors of this process that point at files under `dir` (Linux: /proc/self/fd). */
function openFilesUnder(dir: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [`/proc/self/fd/${fd}`] : [];
    } catch {
      return [];
    }
  });
}

describe('SpillBytes', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['TMPDIR'];
    dir = mkdtempSync(join(tmpdir(), 'spill-test-'));
    process.env['TMPDIR'] = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back every text in the order asked, the same from memory and from the file', () => {
    const order = shuffled(texts.length);
    const expected = Array.from(order, (i) => texts[i]);
    const memory = fill(new SpillBytes(1 << 30));
    const file = fill(new SpillBytes(0));
    const small = fill(new SpillBytes(1000));
    for (const store of [memory, file, small]) {
      expect(Array.from(store.orderedTexts(order, 4096), (b) => b.toString('utf8'))).toEqual(expected);
      // The buffers of ordered() hold the same texts, concatenated.
      expect(Buffer.concat([...store.ordered(order, 50_000)]).toString('utf8')).toBe(expected.join(''));
    }
    expect([memory.spilled, file.spilled, small.spilled]).toEqual([false, true, true]);
    for (const store of [memory, file, small]) store.close();
  });

  it('keeps the file private (0600) and unlinked from the start, and closes it on close()', () => {
    const store = new SpillBytes(0);
    store.add('secret text');
    store.add('more');
    expect(Array.from(store.orderedTexts(Uint32Array.of(1, 0)), (b) => b.toString())).toEqual(['more', 'secret text']);
    expect(store.spilled).toBe(true);
    // Nothing in the temporary folder, even while the store is open: a crash or Ctrl-C leaves nothing.
    expect(readdirSync(dir)).toEqual([]);
    if (process.platform === 'linux') {
      const open = openFilesUnder(dir);
      expect(open).toHaveLength(1);
      expect(statSync(open[0]!).mode & 0o777).toBe(0o600);
      store.close();
      expect(openFilesUnder(dir)).toEqual([]);
    } else store.close();
  });

  it('stays in memory below the threshold (no temporary file at all)', () => {
    const store = new SpillBytes(1 << 20);
    for (let i = 0; i < 100; i++) store.add(`line ${i}\n`);
    expect([...store.ordered(Uint32Array.from({ length: 100 }, (_, i) => 99 - i))].join('')).toBe(Array.from({ length: 100 }, (_, i) => `line ${99 - i}\n`).join(''));
    expect(store.spilled).toBe(false);
    store.close();
  });

  it('says where it could not create its file, as an error the user can fix', () => {
    process.env['TMPDIR'] = join(dir, 'missing');
    const store = new SpillBytes(0);
    store.add('x');
    expect(() => [...store.ordered(Uint32Array.of(0))]).toThrow(/cannot create a temporary file in .*missing \(ENOENT\); set TMPDIR/);
  });
});
