// One ZIP entry's compressed bytes, located in the archive, and how to stream them inflated.
// Plain data (the archive lives in a SharedArrayBuffer), so a worker thread can read the entry
// too, without a copy of the archive.

import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ArchiveEntry } from './entry.js';
import { EntryDamagedError, InputError } from './entry.js';
import type { InflateBudget } from './limits.js';

export interface ZipEntryData {
  /** The whole archive. */
  archive: SharedArrayBuffer;
  /** Where the entry's compressed bytes are in it. */
  start: number;
  end: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Uncompressed size the archive declares (the bomb checks hold the entry to it). */
  declaredSize: number;
}

const LOCAL_SIGNATURE = 0x04034b50;
const SLICE = 256 * 1024;

/**
 * Locates an entry's compressed bytes from its local header; null when the method is not one
 * Node's zlib reads or the header does not add up.
 */
export function locateZipEntry(
  bytes: Buffer,
  info: { method: number; localHeaderOffset: number; compressedSize: number; uncompressedSize: number },
): ZipEntryData | null {
  if (info.method !== 0 && info.method !== 8) return null;
  if (!(bytes.buffer instanceof SharedArrayBuffer) || bytes.byteOffset !== 0) return null;
  const at = info.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + info.compressedSize;
  if (end > bytes.length) return null;
  return { archive: bytes.buffer, start, end, method: info.method, declaredSize: info.uncompressedSize };
}

/** The entry as an ArchiveEntry: inflated with Node's zlib (off the main thread), budget-checked. */
export function zipEntry(path: string, data: ZipEntryData, budget: InflateBudget): ArchiveEntry {
  const compressed = () => Buffer.from(data.archive, data.start, data.end - data.start);
  return {
    path,
    size: data.declaredSize,
    zip: data,
    open: () => budget.count(damageAsError(inflate(compressed(), data.method), path), path, data.end - data.start, data.declaredSize),
  };
}

async function* slices(data: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, Math.min(i + SLICE, data.length));
}

function inflate(data: Buffer, method: number): AsyncIterable<Buffer> {
  if (method === 0) return slices(data);
  return Readable.from(slices(data)).pipe(createInflateRaw({ chunkSize: SLICE }));
}

/** Inflate failures inside one entry become EntryDamagedError (the rest of the archive is still read). */
export async function* damageAsError(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  try {
    yield* source;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new EntryDamagedError(name, error instanceof Error ? error.message : String(error));
  }
}
