// A minimal reader of a ZIP's structure. The central directory is the truth about what the
// archive holds (names, methods, sizes, CRC-32s); local headers only say where each entry's data
// starts. For a truncated download, the local headers tell which entries are still complete.

export interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Unix mode from the external attributes, when the archive was made on Unix. */
  unixMode: number | null;
  /** A folder entry (name ending in "/", or the MS-DOS directory attribute). */
  folder: boolean;
  encrypted: boolean;
}

export type DirectoryResult =
  | { ok: true; entries: DirectoryEntry[] }
  | { ok: false; reason: string; completeEntries: string[] };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

export function readZipDirectory(bytes: Buffer): DirectoryResult {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return { ok: false, reason: 'the end of the archive is missing (truncated download?)', completeEntries: scanLocalHeaders(bytes) };
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_EOCD_LOCATOR) {
    const zip64 = Number(bytes.readBigUInt64LE(eocd - 20 + 8));
    if (zip64 + 56 <= bytes.length && bytes.readUInt32LE(zip64) === ZIP64_EOCD) {
      count = Number(bytes.readBigUInt64LE(zip64 + 32));
      size = Number(bytes.readBigUInt64LE(zip64 + 40));
      offset = Number(bytes.readBigUInt64LE(zip64 + 48));
    }
  }
  if (offset + size > bytes.length) {
    return { ok: false, reason: 'the central directory points past the end of the file (truncated or damaged)', completeEntries: scanLocalHeaders(bytes) };
  }
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: `central directory record ${i + 1} of ${count} is damaged`, completeEntries: scanLocalHeaders(bytes) };
    }
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc32 = bytes.readUInt32LE(at + 16);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const madeBy = bytes.readUInt16LE(at + 4) >> 8;
    const external = bytes.readUInt32LE(at + 38);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    // ZIP64 extended information replaces the 0xFFFFFFFF fields, in this order.
    for (let e = 0; e + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= e + 4 + len) (uncompressedSize = Number(extra.readBigUInt64LE(p))), (p += 8);
        if (compressedSize === 0xffffffff && p + 8 <= e + 4 + len) (compressedSize = Number(extra.readBigUInt64LE(p))), (p += 8);
        if (localHeaderOffset === 0xffffffff && p + 8 <= e + 4 + len) localHeaderOffset = Number(extra.readBigUInt64LE(p));
      }
      e += 4 + len;
    }
    entries.push({
      name,
      flags,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      unixMode: madeBy === 3 ? external >>> 16 : null,
      folder: name.endsWith('/') || (uncompressedSize === 0 && (external & 0x10) !== 0),
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Walks local file headers from the start: the entries whose data is fully present. */
export function scanLocalHeaders(bytes: Buffer): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === LOCAL_SIGNATURE) {
    const flags = bytes.readUInt16LE(at + 6);
    const compressedSize = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    // With a data descriptor (bit 3) the size is unknown here; stop rather than guess.
    if (flags & 0x8) break;
    const end = at + 30 + nameLength + extraLength + compressedSize;
    if (end > bytes.length) break;
    if (!name.endsWith('/')) names.push(name);
    at = end;
  }
  return names;
}

export interface LocalHeader {
  name: string;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed data starts. */
  dataStart: number;
  /** Sizes are in a ZIP64 extra field (and a data descriptor, if any, has 8-byte sizes). */
  zip64: boolean;
}

/** The local header at `at`; null when there is none. */
export function readLocalHeader(bytes: Buffer, at: number): LocalHeader | null {
  if (at < 0 || at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const dataStart = at + 30 + nameLength + extraLength;
  if (dataStart > bytes.length) return null;
  const extra = bytes.subarray(at + 30 + nameLength, dataStart);
  let zip64 = false;
  for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) if (extra.readUInt16LE(e) === 0x0001) zip64 = true;
  return {
    name: bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8'),
    flags: bytes.readUInt16LE(at + 6),
    crc32: bytes.readUInt32LE(at + 14),
    compressedSize: bytes.readUInt32LE(at + 18),
    uncompressedSize: bytes.readUInt32LE(at + 22),
    dataStart,
    zip64,
  };
}
