// One ZIP entry's compressed bytes, located in the archive, and how to stream them inflated and
// checked: every read is held to the central directory's size and CRC-32, on whichever thread
// reads it. Plain data (the archive lives in a SharedArrayBuffer), so a worker thread can read
// the entry too, without a copy of the archive.

import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { crc32 } from './crc32.js';
import type { ArchiveEntry } from './entry.js';
import { EntryDamagedError } from './entry.js';
import { InputError } from '../model/errors.js';
import { InflateBudget } from './limits.js';
import { readLocalHeader, type DirectoryEntry } from './zip-directory.js';

export interface ZipEntryData {
  /** The whole archive. */
  archive: SharedArrayBuffer;
  /** Where the entry's compressed bytes are in it. */
  start: number;
  end: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Uncompressed size and CRC-32 from the central directory: what reading must give. */
  declaredSize: number;
  crc32: number;
}

/** A ZIP entry: an ArchiveEntry that also says where its bytes are, for a worker thread to read it. */
export interface ZipArchiveEntry extends ArchiveEntry {
  zip: ZipEntryData;
}

/** Where a ZIP entry's bytes are; undefined for any other entry (a folder's file). */
export function zipDataOf(entry: ArchiveEntry): ZipEntryData | undefined {
  return (entry as Partial<ZipArchiveEntry>).zip;
}

export type Located = { ok: true; data: ZipEntryData; localName: string } | { ok: false; damage: string };

const DESCRIPTOR_SIGNATURE = 0x08074b50;
const SLICE = 256 * 1024;

/**
 * Finds a stored or deflated entry's data from its local header, and checks that the local
 * header (or the data descriptor after the data) agrees with the central directory.
 */
export function locateZipEntry(bytes: Buffer, archive: SharedArrayBuffer, info: DirectoryEntry & { method: 0 | 8 }): Located {
  const local = readLocalHeader(bytes, info.localHeaderOffset);
  if (!local) return { ok: false, damage: 'has no local header where the central directory says' };
  const start = local.dataStart;
  const end = start + info.compressedSize;
  if (end > bytes.length) return { ok: false, damage: 'has data running past the end of the file' };
  if ((info.flags & 0x8) !== 0 || (local.flags & 0x8) !== 0) {
    if (!descriptorAgrees(bytes, end, info, local.zip64)) return { ok: false, damage: 'has a data descriptor that disagrees with the central directory (size or CRC-32)' };
  } else if (!local.zip64 && (local.crc32 !== info.crc32 || local.compressedSize !== info.compressedSize || local.uncompressedSize !== info.uncompressedSize)) {
    return { ok: false, damage: 'has a local header that disagrees with the central directory (size or CRC-32)' };
  }
  return {
    ok: true,
    localName: local.name,
    data: { archive, start, end, method: info.method, declaredSize: info.uncompressedSize, crc32: info.crc32 },
  };
}

/** A data descriptor (optional signature, CRC-32, then 4- or 8-byte sizes) matching the central directory. */
function descriptorAgrees(bytes: Buffer, at: number, info: DirectoryEntry, zip64: boolean): boolean {
  if (at + 4 <= bytes.length && bytes.readUInt32LE(at) === DESCRIPTOR_SIGNATURE) at += 4;
  const wide = zip64 ? 8 : 4;
  if (at + 4 + 2 * wide > bytes.length) return false;
  const crc = bytes.readUInt32LE(at);
  const compressed = wide === 8 ? Number(bytes.readBigUInt64LE(at + 4)) : bytes.readUInt32LE(at + 4);
  const uncompressed = wide === 8 ? Number(bytes.readBigUInt64LE(at + 12)) : bytes.readUInt32LE(at + 8);
  return crc === info.crc32 && compressed === info.compressedSize && uncompressed === info.uncompressedSize;
}

/** The entry as an ArchiveEntry: inflated with Node's zlib (off the main thread), checked, budget-counted. */
export function zipEntry(path: string, data: ZipEntryData, budget: InflateBudget): ZipArchiveEntry {
  const compressedSize = data.end - data.start;
  let verified = false;
  const read = (counter: InflateBudget) => {
    const compressed = Buffer.from(data.archive, data.start, compressedSize);
    const checked = checkIntegrity(damageAsError(inflate(compressed, data.method), path), data, path, () => (verified = true));
    return counter.count(checked, path, compressedSize, data.declaredSize);
  };
  return {
    path,
    size: data.declaredSize,
    compressedSize,
    zip: data,
    open: () => read(budget),
    async verify() {
      if (verified) return;
      // Held to its declared size (whose sum the limits checked), not to the archive's total again.
      for await (const _ of read(new InflateBudget(budget.limits)));
    },
  };
}

async function* slices(data: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, Math.min(i + SLICE, data.length));
}

function inflate(data: Buffer, method: number): AsyncIterable<Buffer> {
  if (method === 0) return slices(data);
  return Readable.from(slices(data)).pipe(createInflateRaw({ chunkSize: SLICE }));
}

/** Passes the bytes on; at their end, throws unless they have the declared length and CRC-32. */
async function* checkIntegrity(source: AsyncIterable<Buffer>, data: ZipEntryData, path: string, onIntact: () => void): AsyncGenerator<Buffer> {
  let crc = 0;
  let length = 0;
  for await (const chunk of source) {
    crc = crc32(chunk, crc);
    length += chunk.length;
    yield chunk;
  }
  if (length !== data.declaredSize) throw new EntryDamagedError(path, `inflates to ${length} bytes, not the ${data.declaredSize} the archive declares`);
  if (crc !== data.crc32) throw new EntryDamagedError(path, 'fails its CRC-32 check (its bytes are not those that were zipped)');
  onIntact();
}

/** Inflate failures inside one entry become EntryDamagedError. */
async function* damageAsError(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  try {
    yield* source;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new EntryDamagedError(name, `has corrupt compressed data (${reason})`);
  }
}
