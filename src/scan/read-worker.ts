// Worker thread: reads some entries of a ZIP whose bytes live in shared memory, and posts each
// file's result back. Used for the large files that are only counted (messages...), so that
// their reading overlaps the main thread's work on the files that become items.

import { parentPort, workerData } from 'node:worker_threads';
import { EntryDamagedError } from '../archive/entry.js';
import { InputError } from '../model/errors.js';
import { InflateBudget, checkFileRecords } from '../archive/limits.js';
import { zipEntry } from '../archive/zip-entry.js';
import { readEntry } from '../linkedin/readers/read-entry.js';
import type { WorkerInput, WorkerMessage } from './worker-lane.js';

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

async function run(): Promise<void> {
  // Each entry is held to its declared size, and their sum was checked against the limits
  // before any reading: a budget of its own here cannot let more through.
  const budget = new InflateBudget(input.limits);
  for (const [index, job] of input.jobs.entries()) {
    post({ kind: 'start', index });
    const entry = zipEntry(job.path, job.zip, budget);
    // The per-file bounds hold here as on the main thread (the totals are kept there).
    const bytes = job.zip.end - job.zip.start;
    const result = await readEntry(entry, {
      archive: input.archive,
      allItems: input.allItems,
      countOnly: new Set(input.countOnly),
      onRecords: (records) => {
        checkFileRecords(input.limits, job.path, bytes, records);
        post({ kind: 'records', index, records });
      },
    });
    await entry.verify?.();
    checkFileRecords(input.limits, job.path, bytes, result.records);
    post({ kind: 'done', index, result });
  }
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const damaged = error instanceof EntryDamagedError ? { entry: error.entryPath, reason: error.reason } : undefined;
  post({ kind: 'failed', input: error instanceof InputError, damaged, message, stack: error instanceof Error ? error.stack : undefined });
});
