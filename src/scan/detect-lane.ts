// Running the detectors in a worker thread (detect-worker.ts), from the main thread's side: the
// texts of a batch go out, its findings come back in batch order.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConnectionName, DetectOptions } from '../detect/index.js';
import type { ArchiveLimits } from '../archive/limits.js';
import type { ZipEntryData } from '../archive/zip-entry.js';
import type { EncodedFindings } from './finding-codec.js';

/** The member's setup, but for the names of their connections (which the worker may read itself). */
export type MemberDetectOptions = Omit<DetectOptions, 'connections'>;

/**
 * The connections' names, as the worker gets them: read by the main thread, or read by the
 * worker itself from the ZIP's Connections files (the archive is in shared memory) while the
 * main thread reads on.
 */
export type LaneConnections = { names: readonly ConnectionName[] } | { files: Array<{ path: string; zip: ZipEntryData }>; limits: ArchiveLimits };

export interface DetectWorkerInput {
  member: MemberDetectOptions;
  connections: LaneConnections;
}

/**
 * The texts of a batch as UTF-8 in one transferred buffer (cloning a thousand strings costs more
 * than encoding them): text i is bytes ends[i-1]..ends[i].
 */
export interface DetectBatch {
  id: number;
  bytes: Uint8Array;
  ends: Int32Array;
  /** Each text's category, as its index in CATEGORY_IDS. */
  categories: Uint8Array;
}

export type DetectWorkerMessage = { kind: 'found'; id: number; findings: EncodedFindings } | { kind: 'failed'; id: number; message: string };

// Compiled, the worker sits next to this file; run from TypeScript sources (tests), it is not
// there and the detectors run on the main thread.
const WORKER_URL = new URL('./detect-worker.js', import.meta.url);

/** Whether the detectors can run in a worker here. */
export function detectWorkerAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

const encoder = new TextEncoder();

function encodeTexts(texts: readonly string[]): { bytes: Uint8Array; ends: Int32Array } {
  let chars = 0;
  for (const text of texts) chars += text.length;
  // A UTF-16 code unit takes at most 3 bytes in UTF-8.
  const room = new Uint8Array(chars * 3);
  const ends = new Int32Array(texts.length);
  let at = 0;
  for (const [i, text] of texts.entries()) {
    at += encoder.encodeInto(text, room.subarray(at)).written;
    ends[i] = at;
  }
  return { bytes: room.slice(0, at), ends };
}

/** The texts of a batch, back from encodeTexts(). */
export function decodeTexts(batch: Pick<DetectBatch, 'bytes' | 'ends'>): string[] {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const texts: string[] = [];
  let start = 0;
  for (const end of batch.ends) {
    texts.push(bytes.toString('utf8', start, end));
    start = end;
  }
  return texts;
}

/** A worker thread that detects; a batch it cannot do (the thread failed) is rejected, for the caller to do. */
export class DetectLane {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (found: EncodedFindings) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  /** `script`: the worker's code (detect-worker.js; another only in tests). */
  constructor(member: MemberDetectOptions, connections: LaneConnections, script: URL = WORKER_URL) {
    this.worker = new Worker(script, { workerData: { member, connections } satisfies DetectWorkerInput });
    this.worker.on('message', (message: DetectWorkerMessage) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.kind === 'found') waiter?.resolve(message.findings);
      else waiter?.reject(new Error(`the detecting thread failed: ${message.message}`));
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(this.failure);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the detecting thread stopped (exit code ${code})`)));
  }

  /** The findings of these texts (item index in the batch -> findings), in the order they were asked. */
  detect(texts: readonly string[], categories: Uint8Array): Promise<EncodedFindings> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const { bytes, ends } = encodeTexts(texts);
    return new Promise<EncodedFindings>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, bytes, ends, categories } satisfies DetectBatch, [bytes.buffer as ArrayBuffer, ends.buffer as ArrayBuffer, categories.buffer as ArrayBuffer]);
    });
  }

  close(): void {
    this.failure ??= new Error('the detecting thread was closed');
    void this.worker.terminate();
  }
}
