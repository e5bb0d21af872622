// How each entry of an archive is read, decided in one place before reading: by which reader,
// whether its records become items (listed) or are only counted, and on which thread.

import type { ArchiveEntry } from '../archive/entry.js';
import { specsForKey } from '../linkedin/catalogue.js';
import { fileKey } from '../linkedin/file-key.js';
import { readerFor, type EntryReader } from '../linkedin/readers/read-entry.js';
import type { ScanOptions } from './contract.js';
import type { MergePlan, TrackedFile } from './merge-plan.js';
import { worthAWorker } from './worker-lane.js';

/**
 * 'main': read on this thread, one file after another; 'counted': on this thread too, alongside
 * the main lane (counting mostly waits for inflation, which runs off the thread); 'worker': in a
 * worker thread, alongside the main lane.
 */
export type Lane = 'main' | 'counted' | 'worker';

export interface ReadPlan {
  entry: ArchiveEntry;
  reader: EntryReader;
  /** Its records become items; otherwise they are only counted (with their dates). */
  listed: boolean;
  /** Its records are merged with other copies' (merge-plan.ts): it needs every record's item. */
  merged: TrackedFile | null;
  lane: Lane;
}

/**
 * The plan of each entry, in the order given. Files that are only counted are the private ones
 * no policy window exposes (ScanOptions.countOnly), unless every item is listed or the file's
 * records are merged (their identities come from their items). They go to a worker when there is
 * enough of them in a ZIP to be worth a thread.
 */
/** Whether an entry's records are only counted (see planReads), before any merging is considered. */
function countedOnly(entry: ArchiveEntry, options: Pick<ScanOptions, 'allItems' | 'countOnly'>): boolean {
  return !options.allItems && specsForKey(fileKey(entry.path).key).some((spec) => options.countOnly?.has(spec.category));
}

export function planReads(entries: ArchiveEntry[], plan: Pick<MergePlan, 'tracked'>, options: Pick<ScanOptions, 'allItems' | 'countOnly'>): ReadPlan[] {
  const plans = entries.map((entry): ReadPlan => {
    const merged = plan.tracked.get(entry) ?? null;
    const counted = !merged && countedOnly(entry, options);
    return { entry, reader: readerFor(entry.path), listed: !counted, merged, lane: counted ? 'counted' : 'main' };
  });
  const counted = plans.filter((p) => p.lane === 'counted');
  if (worthAWorker(counted.map((p) => p.entry))) for (const p of counted) p.lane = 'worker';
  return plans;
}
