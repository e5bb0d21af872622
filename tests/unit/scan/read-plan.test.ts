import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../../src/archive/entry.js';
import { planReads } from '../../../src/scan/read-plan.js';
import { RecordUnion } from '../../../src/scan/record-union.js';
import type { TrackedFile } from '../../../src/scan/merge-plan.js';
import type { CategoryId } from '../../../src/model/report.js';

// The per-entry read plan: which reader, whether the records are listed or only counted, and on
// which lane. (From the TypeScript sources the compiled worker is absent, so counted files stay
// on this thread; the worker lane is tested on the built CLI in e2e-worker.test.ts.)

const entry = (path: string): ArchiveEntry => ({ path, size: 10, compressedSize: 5, open: async function* () {} });
const COUNT_ONLY = new Set<CategoryId>(['messages', 'connections']);

describe('planReads', () => {
  const entries = ['Profile.csv', 'Shares.csv', 'messages.csv', 'Connections.csv', 'Articles/Articles/post.html', 'notes.pdf'].map(entry);

  it('counts the never-exposed private files and lists the rest, each with its reader', () => {
    const plans = planReads(entries, { tracked: new Map() }, { countOnly: COUNT_ONLY });
    expect(plans.map((p) => [p.entry.path, p.reader, p.listed, p.lane])).toEqual([
      ['Profile.csv', 'csv', true, 'main'],
      ['Shares.csv', 'csv', true, 'main'],
      ['messages.csv', 'csv', false, 'counted'],
      ['Connections.csv', 'csv', false, 'counted'],
      ['Articles/Articles/post.html', 'article', true, 'main'],
      ['notes.pdf', 'none', true, 'main'],
    ]);
  });

  it('lists everything with --all-items', () => {
    const plans = planReads(entries, { tracked: new Map() }, { allItems: true, countOnly: COUNT_ONLY });
    expect(plans.every((p) => p.listed && p.lane === 'main')).toBe(true);
  });

  it('lists a counted file whose records are merged with another copy (its items carry their identities)', () => {
    const messages = entries[2]!;
    const tracked: TrackedFile = { union: new RecordUnion(2), copy: 0, file: 0 };
    const plans = planReads(entries, { tracked: new Map([[messages, tracked]]) }, { countOnly: COUNT_ONLY });
    const plan = plans.find((p) => p.entry === messages);
    expect(plan).toMatchObject({ listed: true, lane: 'main', merged: tracked });
    expect(plans.find((p) => p.entry.path === 'Connections.csv')).toMatchObject({ listed: false, merged: null });
  });

  it('keeps counted files of a folder on this thread (only ZIP entries can go to a worker)', () => {
    const big = { ...entry('messages.csv'), size: 64 * 1024 * 1024 };
    expect(planReads([big], { tracked: new Map() }, { countOnly: COUNT_ONLY })[0]!.lane).toBe('counted');
  });
});
