// Reading the entries of one archive: the files that become items on this thread, the large
// files that are only counted alongside them (in a worker thread when the archive is a ZIP).
// Every entry read is checked intact, and the work is bounded by the archive's size (limits.ts).

import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError, InputError } from '../archive/entry.js';
import { DEFAULT_LIMITS, checkArchiveRecords, checkFileRecords, checkWarnings, type ArchiveLimits } from '../archive/limits.js';
import { specsForKey } from '../export/catalogue.js';
import type { FileResult } from '../export/file-result.js';
import { flushItems } from '../export/file-result.js';
import { fileKey } from '../export/file-key.js';
import { readEntry } from '../export/read-entry.js';
import type { ScanOptions } from './build-report.js';
import type { ItemStream } from './item-stream.js';
import type { Item } from './model.js';
import { describeDamage } from './damage.js';
import { readInWorker, worthAWorker } from './worker-lane.js';

/** Files the verdicts depend on (the member's location): read first when items are streamed. */
export function isProfileFile(entry: ArchiveEntry): boolean {
  return specsForKey(fileKey(entry.path).key).some((spec) => spec.category === 'profile');
}

/** Bytes an entry takes in the input: what its records are bounded by. */
export function inputBytes(entry: ArchiveEntry): number {
  return entry.compressedSize ?? entry.size ?? 0;
}

/** Reads the entries (in the order given, within each lane); one result per entry. */
export async function readArchiveEntries(
  entries: ArchiveEntry[],
  path: string,
  index: number,
  options: ScanOptions,
  stream: ItemStream | null,
): Promise<FileResult[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const results: FileResult[] = [];
  const progress = new ProgressTally(path, entries, limits, options.onProgress);
  // Files that are only counted (messages...) make no items and mostly wait for inflation,
  // which runs off the main thread: they are read alongside the others.
  const countedOnly = (entry: ArchiveEntry) => !options.allItems && specsForKey(fileKey(entry.path).key).some((spec) => options.countOnly?.has(spec.category));
  const failed = new AbortController(); // one lane failed: the others stop, and the worker
  const readLane = async (lane: ArchiveEntry[]) => {
    for (const entry of lane) {
      if (failed.signal.aborted) return;
      const onRecords = progress.starting(entry.path);
      if (stream && !isProfileFile(entry) && !countedOnly(entry)) await stream.start();
      // Items are taken in batches as they are made, so that their number is checked before
      // they pile up; without a stream they are kept for the report as the reader would.
      const kept: Item[] = [];
      let items = 0;
      const takeItems = async (batch: Item[]) => {
        items += batch.length;
        checkFileRecords(limits, entry.path, inputBytes(entry), items, 'items');
        progress.items(batch.length);
        if (stream) await stream.accept(batch);
        else for (const item of batch) kept.push(item);
      };
      const result = await readEntry(entry, {
        archive: index,
        allItems: options.allItems === true,
        countOnly: options.countOnly,
        onRecords: (records) => {
          checkFileRecords(limits, entry.path, inputBytes(entry), records);
          onRecords(records);
        },
        onItems: takeItems,
      });
      await entry.verify?.();
      checkFileRecords(limits, entry.path, inputBytes(entry), result.records);
      await flushItems(result, takeItems);
      if (!stream && kept.length) {
        result.items = kept;
        result.streamedItems -= kept.length;
      }
      progress.finished(entry.path, result);
      results.push(result);
    }
  };
  // Large counted files are read in a worker thread when the archive is a ZIP, so that their
  // counting overlaps the parsing of the others on this thread.
  const counted = entries.filter(countedOnly);
  const countedLane = worthAWorker(counted)
    ? readInWorker(counted, { limits, archive: index, allItems: false, countOnly: [...(options.countOnly ?? [])] }, progress, failed.signal).then(
        (read) => void results.push(...read),
        // Bad input stays an error. Anything else (a thread that could not start or died) is
        // retried here: the same code then either reads the files or fails the same way.
        (error: unknown) => {
          if (error instanceof InputError || failed.signal.aborted) throw error;
          return readLane(counted);
        },
      )
    : readLane(counted);
  try {
    await Promise.all([readLane(entries.filter((e) => !countedOnly(e))), countedLane]);
  } catch (error) {
    failed.abort();
    if (error instanceof EntryDamagedError) throw await describeDamage(path, entries, error);
    throw error;
  }
  return results;
}

/** Progress over the files of an archive, some of them read at the same time; and its totals' limits. */
class ProgressTally {
  private done = 0;
  private recordsDone = 0;
  private itemsSoFar = 0;
  private warnings = 0;
  private readonly reading = new Map<string, number>();
  private readonly bytes: number;
  private readonly filesTotal: number;

  constructor(
    private readonly archive: string,
    entries: ArchiveEntry[],
    private readonly limits: ArchiveLimits,
    private readonly onProgress: ScanOptions['onProgress'],
  ) {
    this.bytes = entries.reduce((sum, e) => sum + inputBytes(e), 0);
    this.filesTotal = entries.length;
  }

  /** Returns the callback for records read so far in that file. */
  starting(file: string): (recordsInFile: number) => void {
    const update = (recordsInFile: number) => {
      this.reading.set(file, recordsInFile);
      let records = this.recordsDone;
      for (const n of this.reading.values()) records += n;
      checkArchiveRecords(this.limits, this.archive, this.bytes, records);
      this.onProgress?.({ archive: this.archive, file, filesDone: this.done, filesTotal: this.filesTotal, records });
    };
    update(0);
    return update;
  }

  items(count: number): void {
    this.itemsSoFar += count;
    checkArchiveRecords(this.limits, this.archive, this.bytes, this.itemsSoFar, 'items');
  }

  finished(file: string, result: FileResult): void {
    this.reading.delete(file);
    this.done++;
    this.recordsDone += result.records;
    checkArchiveRecords(this.limits, this.archive, this.bytes, this.recordsDone);
    // An unrecognised file adds one warning of its own to the report.
    this.warnings += result.warnings.length + (result.recognized ? 0 : 1);
    checkWarnings(this.limits, this.archive, this.warnings);
  }
}
