// A minimal reader of a ZIP's central directory, used before jszip sees the bytes: it finds
// encrypted entries (which jszip refuses for the whole archive), the declared sizes that the
// bomb limits check, and, for a truncated download, the entries that are still complete.

export interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Offset of this record in the central directory (to patch its flags). */
  centralOffset: number;
  /** Unix mode from the external attributes, when the archive was made on Unix. */
  unixMode: number | null;
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
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const madeBy = bytes.readUInt16LE(at + 4) >> 8;
    const external = bytes.readUInt32LE(at + 38);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8') /* as jszip decodes names */;
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
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      centralOffset: at,
      unixMode: madeBy === 3 ? external >>> 16 : null,
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
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8') /* as jszip decodes names */;
    // With a data descriptor (bit 3) the size is unknown here; stop rather than guess.
    if (flags & 0x8) break;
    const end = at + 30 + nameLength + extraLength + compressedSize;
    if (end > bytes.length) break;
    if (!name.endsWith('/')) names.push(name);
    at = end;
  }
  return names;
}

/**
 * Clears the encryption flag of the given entries in place so that jszip accepts the archive;
 * li-exposure never reads those entries (it reports them as unreadable).
 */
export function maskEncryptedEntries(bytes: Buffer, entries: DirectoryEntry[]): void {
  for (const entry of entries) {
    if (!entry.encrypted) continue;
    bytes.writeUInt16LE(entry.flags & ~1, entry.centralOffset + 8);
    const local = entry.localHeaderOffset;
    if (local + 30 <= bytes.length && bytes.readUInt32LE(local) === LOCAL_SIGNATURE) {
      bytes.writeUInt16LE(bytes.readUInt16LE(local + 6) & ~1, local + 6);
    }
  }
}
