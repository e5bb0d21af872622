// Reading the entries of the archives: the files that become items on this thread, the large
// files that are only counted alongside them (in a worker thread when the archive is a ZIP), and
// the copies whose records are merged (see merge-plan.ts). Every entry read is checked intact,
// and the work is bounded by the archive's size (limits.ts).

import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { InputError } from '../model/errors.js';
import { DEFAULT_LIMITS, checkArchiveRecords, checkFileRecords, checkWarnings, type ArchiveLimits } from '../archive/limits.js';
import type { FileResult } from '../linkedin/file-result.js';
import { flushItems } from '../linkedin/file-result.js';
import { readEntry } from '../linkedin/readers/read-entry.js';
import type { ScanOptions } from './contract.js';
import type { ItemStream } from './item-stream.js';
import type { MergePlan, PlannedArchive } from './merge-plan.js';
import { ProfileNames } from './members.js';
import { MergedFile, type FileOverlap } from './merged-file.js';
import type { Item } from '../model/report.js';
import { describeDamage } from './damage.js';
import { readInWorker } from './worker-lane.js';
import { planReads, type ReadPlan } from './read-plan.js';
import { defined } from '../model/defined.js';

/** Bytes an entry takes in the input: what its records are bounded by. */
export function inputBytes(entry: ArchiveEntry): number {
  return entry.compressedSize ?? entry.size ?? 0;
}

/** Reads the archives' files as the plan says, and keeps what each gave. */
export class ExportReader {
  /** One result per entry read. */
  readonly results = new Map<ArchiveEntry, FileResult>();
  /** For the files whose records were merged with other copies'. */
  readonly overlaps = new Map<ArchiveEntry, FileOverlap>();
  readonly names = new ProfileNames();
  private readonly progress = new Map<number, ProgressTally>();

  constructor(
    private readonly plan: MergePlan,
    private readonly options: ScanOptions,
    private readonly stream: ItemStream | null,
  ) {}

  /** Reads the files of an archive read before any output (MergePlan.reading), or the rest of it. */
  async read(archive: PlannedArchive, part: 'first' | 'rest'): Promise<void> {
    const planned = defined(this.plan.reading.get(archive.index));
    let progress = this.progress.get(archive.index);
    if (!progress) {
      const limits = this.options.limits ?? DEFAULT_LIMITS;
      this.progress.set(archive.index, (progress = new ProgressTally(archive.info.path, [...planned.first, ...planned.rest], limits, this.options.onProgress)));
    }
    try {
      await this.readEntries(planned[part], archive.index, progress);
    } catch (error) {
      if (error instanceof EntryDamagedError) throw await describeDamage(archive.info.path, archive.opened.entries, error);
      throw error;
    }
  }

  /** Whether the archive held any file li-exposure knows (an identical copy read elsewhere counts). */
  recognisedAny(archive: PlannedArchive): boolean {
    return archive.opened.entries.some((entry) => {
      const twin = this.plan.twins.get(entry);
      return this.results.get(twin ? twin.entry : entry)?.recognized === true;
    });
  }

  /** The profile items read so far, in reading order (when they are not streamed). */
  profileItems(): Item[] {
    return [...this.results.values()].flatMap((r) => r.items.filter((i) => i.category === 'profile'));
  }

  private async readEntries(entries: ArchiveEntry[], index: number, progress: ProgressTally): Promise<void> {
    const { options, stream, plan } = this;
    const limits = options.limits ?? DEFAULT_LIMITS;
    const plans = planReads(entries, plan, options);
    const failed = new AbortController(); // one lane failed: the others stop, and the worker
    const readLane = async (lane: ReadPlan[]) => {
      for (const { entry, merged: tracked } of lane) {
        if (failed.signal.aborted) return;
        const onRecords = progress.starting(entry.path);
        const merged = tracked ? new MergedFile(plan, tracked, options.allItems === true, stream?.accept ?? null, this.names) : null;
        const pass = merged ? merged.accept : stream?.accept;
        // Items are taken in batches as they are made, so that their number is checked before
        // they pile up; without a stream they are kept for the report as the reader would.
        const kept: Item[] = [];
        let items = 0;
        const takeItems = async (batch: Item[]) => {
          items += batch.length;
          checkFileRecords(limits, entry.path, inputBytes(entry), items, 'items');
          progress.items(batch.length);
          if (pass) await pass(batch);
          else for (const item of batch) kept.push(item);
        };
        const result = await readEntry(entry, {
          archive: index,
          allItems: merged !== null || options.allItems === true,
          countOnly: merged ? undefined : options.countOnly,
          onRecords: (records) => {
            checkFileRecords(limits, entry.path, inputBytes(entry), records);
            onRecords(records);
          },
          onItems: takeItems,
        });
        await entry.verify?.();
        checkFileRecords(limits, entry.path, inputBytes(entry), result.records);
        await flushItems(result, takeItems);
        if (!pass && kept.length) {
          result.items = kept;
          result.streamedItems -= kept.length;
        }
        if (merged) this.overlaps.set(entry, await merged.finish(result));
        progress.finished(entry.path, result);
        this.results.set(entry, result);
      }
    };
    // The lanes run at the same time: the counting of large files (in a worker thread when the
    // plan says so) overlaps the parsing of the listed ones on this thread.
    const inWorker = plans.filter((p) => p.lane === 'worker');
    const workerLane = inWorker.length
      ? readInWorker(inWorker.map((p) => p.entry), { limits, archive: index, allItems: false, countOnly: [...(options.countOnly ?? [])] }, progress, failed.signal).then(
          (read) => read.forEach((result, i) => this.results.set(defined(inWorker[i]).entry, result)),
          // Bad input stays an error. Anything else (a thread that could not start or died) is
          // retried here: the same code then either reads the files or fails the same way.
          (error: unknown) => {
            if (error instanceof InputError || failed.signal.aborted) throw error;
            return readLane(inWorker);
          },
        )
      : Promise.resolve();
    try {
      await Promise.all([readLane(plans.filter((p) => p.lane === 'main')), readLane(plans.filter((p) => p.lane === 'counted')), workerLane]);
    } catch (error) {
      failed.abort();
      throw error;
    }
  }
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
