// Reading the entries of one archive: the files that become items on this thread, the large
// files that are only counted alongside them (in a worker thread when the archive is a ZIP).

import type { ArchiveEntry } from '../archive/entry.js';
import { InputError } from '../archive/entry.js';
import { DEFAULT_LIMITS } from '../archive/limits.js';
import { specsForKey } from '../export/catalogue.js';
import type { FileResult } from '../export/file-result.js';
import { flushItems } from '../export/file-result.js';
import { fileKey } from '../export/file-key.js';
import { readEntryOrWarn } from '../export/read-entry.js';
import type { ScanOptions } from './build-report.js';
import type { ItemStream } from './item-stream.js';
import { readInWorker, worthAWorker } from './worker-lane.js';

/** Files the verdicts depend on (the member's location): read first when items are streamed. */
export function isProfileFile(entry: ArchiveEntry): boolean {
  return specsForKey(fileKey(entry.path).key).some((spec) => spec.category === 'profile');
}

/** Reads the entries (in the order given, within each lane); one result per entry. */
export async function readArchiveEntries(
  entries: ArchiveEntry[],
  path: string,
  index: number,
  options: ScanOptions,
  stream: ItemStream | null,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const progress = new ProgressTally(path, entries.length, options.onProgress);
  // Files that are only counted (messages...) make no items and mostly wait for inflation,
  // which runs off the main thread: they are read alongside the others.
  const countedOnly = (entry: ArchiveEntry) => !options.allItems && specsForKey(fileKey(entry.path).key).some((spec) => options.countOnly?.has(spec.category));
  const failed = new AbortController(); // one lane failed: the others stop, and the worker
  const readLane = async (lane: ArchiveEntry[]) => {
    for (const entry of lane) {
      if (failed.signal.aborted) return;
      const onRecords = progress.starting(entry.path);
      if (stream && !isProfileFile(entry) && !countedOnly(entry)) await stream.start();
      const result = await readEntryOrWarn(entry, {
        archive: index,
        allItems: options.allItems === true,
        countOnly: options.countOnly,
        onRecords: options.onProgress ? onRecords : undefined,
        onItems: stream?.accept,
      });
      await flushItems(result, stream?.accept);
      progress.finished(entry.path, result.records);
      results.push(result);
    }
  };
  // Large counted files are read in a worker thread when the archive is a ZIP, so that their
  // counting overlaps the parsing of the others on this thread.
  const counted = entries.filter(countedOnly);
  const countedLane = worthAWorker(counted)
    ? readInWorker(counted, { limits: options.limits ?? DEFAULT_LIMITS, archive: index, allItems: false, countOnly: [...(options.countOnly ?? [])] }, progress, failed.signal).then(
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
    throw error;
  }
  return results;
}

/** Progress over the files of an archive, some of them read at the same time. */
class ProgressTally {
  private done = 0;
  private recordsDone = 0;
  private readonly reading = new Map<string, number>();

  constructor(
    private readonly archive: string,
    private readonly total: number,
    private readonly onProgress: ScanOptions['onProgress'],
  ) {}

  /** Returns the callback for records read so far in that file. */
  starting(file: string): (recordsInFile: number) => void {
    const update = (recordsInFile: number) => {
      this.reading.set(file, recordsInFile);
      let records = this.recordsDone;
      for (const n of this.reading.values()) records += n;
      this.onProgress?.({ archive: this.archive, file, filesDone: this.done, filesTotal: this.total, records });
    };
    update(0);
    return update;
  }

  finished(file: string, records: number): void {
    this.reading.delete(file);
    this.done++;
    this.recordsDone += records;
  }
}
