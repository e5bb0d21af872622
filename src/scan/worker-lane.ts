// Reading entries in a worker thread (see read-worker.ts), from the main thread's side.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { InputError } from '../model/errors.js';
import type { ArchiveLimits } from '../archive/limits.js';
import { zipDataOf, type ZipEntryData } from '../archive/zip-entry.js';
import type { FileResult } from '../linkedin/file-result.js';
import type { CategoryId } from '../model/report.js';
import { defined } from '../model/defined.js';

export interface WorkerInput {
  jobs: Array<{ path: string; zip: ZipEntryData }>;
  limits: ArchiveLimits;
  archive: number;
  allItems: boolean;
  countOnly: CategoryId[];
}

export type WorkerMessage =
  | { kind: 'start'; index: number }
  | { kind: 'records'; index: number; records: number }
  | { kind: 'done'; index: number; result: FileResult }
  | { kind: 'failed'; input: boolean; damaged?: { entry: string; reason: string }; message: string; stack?: string };

/** Below this much data to inflate, starting a thread costs more than it saves. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

// Compiled, the worker sits next to this file; run from TypeScript sources (tests), it is not
// there and entries are read on the main thread.
const WORKER_URL = new URL('./read-worker.js', import.meta.url);

/** Whether these entries are worth reading in a worker, and can be. */
export function worthAWorker(entries: ArchiveEntry[]): boolean {
  let bytes = 0;
  for (const entry of entries) {
    const zip = zipDataOf(entry);
    if (!zip) return false;
    bytes += zip.declaredSize;
  }
  return bytes >= WORKER_MIN_BYTES && existsSync(fileURLToPath(WORKER_URL));
}

export interface WorkerProgress {
  starting(path: string): (records: number) => void;
  finished(path: string, result: FileResult): void;
}

/**
 * Reads ZIP entries in a worker thread; resolves with their results in order. Errors the worker
 * meets keep their kind (bad input stays an InputError); `signal` stops the worker.
 */
export function readInWorker(
  entries: ArchiveEntry[],
  settings: Omit<WorkerInput, 'jobs'>,
  progress: WorkerProgress,
  signal: AbortSignal,
): Promise<FileResult[]> {
  const jobs = entries.map((e) => {
    const zip = zipDataOf(e);
    if (!zip) throw new Error(`${e.path} is not a ZIP entry: it cannot be read in a worker`);
    return { path: e.path, zip };
  });
  const workerData: WorkerInput = { ...settings, jobs };
  const worker = new Worker(WORKER_URL, { workerData });
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  const results: FileResult[] = [];
  const onRecords: Array<(records: number) => void> = [];
  return new Promise<FileResult[]>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      // The progress callbacks check the archive's totals: a limit reached fails the lane.
      try {
        if (message.kind === 'start') onRecords[message.index] = progress.starting(defined(entries[message.index]).path);
        else if (message.kind === 'records') onRecords[message.index]?.(message.records);
        else if (message.kind === 'failed') reject(workerFailure(message));
        else {
          results[message.index] = message.result;
          progress.finished(defined(entries[message.index]).path, message.result);
          if (results.filter(Boolean).length === entries.length) resolve(results);
        }
      } catch (error) {
        reject(error);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the reading thread stopped (exit code ${code})`)));
  }).finally(() => {
    signal.removeEventListener('abort', stop);
    stop();
  });
}

/** The error the worker met, of the same kind (bad input stays an InputError). */
function workerFailure(message: Extract<WorkerMessage, { kind: 'failed' }>): Error {
  if (message.damaged) return new EntryDamagedError(message.damaged.entry, message.damaged.reason);
  if (message.input) return new InputError(message.message);
  return workerBug(message.message, message.stack);
}

/** A bug inside the worker, with its stack there (shown with --debug). */
function workerBug(message: string, stack: string | undefined): Error {
  const error = new Error(message);
  if (stack) error.stack = `${stack}\n    (in the reading thread)`;
  return error;
}
