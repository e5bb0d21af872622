// Writes ZIP archives byte by byte, for the shapes jszip refuses to produce: duplicate names,
// local names that differ from the central directory's, wrong CRCs, zero sizes behind a data
// descriptor, compression methods other than stored and deflated.

import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The entry's uncompressed bytes. */
  data: string | Buffer;
  /** 0 stored, 8 deflated (default); any other number is written as-is with the data stored. */
  method?: number;
  /** Name written in the local header instead of `name`. */
  localName?: string;
  /** CRC-32 written in both headers instead of the real one. */
  crc?: number;
  /** Sizes and CRC go in a data descriptor after the data (flag bit 3); headers say 0. */
  dataDescriptor?: boolean;
  /** With dataDescriptor: the central directory says 0 too (as a broken writer might). */
  zeroCentralSizes?: boolean;
  /** Bytes written as the compressed data instead of the real ones. */
  compressed?: Buffer;
  /** Unix mode in the external attributes (made by Unix). */
  unixMode?: number;
}

function compress(entry: RawEntry): Buffer {
  if (entry.compressed) return entry.compressed;
  const data = Buffer.from(entry.data);
  return (entry.method ?? 8) === 8 ? deflateRawSync(data) : data;
}

/** The bytes of a ZIP archive holding these entries, in this order. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const body = compress(entry);
    const method = entry.method ?? 8;
    const crc = entry.crc ?? crc32(data);
    const flags = 0x0800 | (entry.dataDescriptor ? 0x8 : 0); // UTF-8 names
    const name = Buffer.from(entry.name, 'utf8');
    const localName = Buffer.from(entry.localName ?? entry.name, 'utf8');
    const inLocal = !entry.dataDescriptor;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x5a8c0000, 10); // 2025-04-12 00:00
    local.writeUInt32LE(inLocal ? crc : 0, 14);
    local.writeUInt32LE(inLocal ? body.length : 0, 18);
    local.writeUInt32LE(inLocal ? data.length : 0, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(0, 28);
    const parts = [local, localName, body];
    if (entry.dataDescriptor) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(data.length, 12);
      parts.push(descriptor);
    }
    const localBytes = Buffer.concat(parts);
    locals.push(localBytes);

    const zero = entry.zeroCentralSizes === true;
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.unixMode !== undefined ? (3 << 8) | 20 : 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x5a8c0000, 12);
    central.writeUInt32LE(zero ? 0 : crc, 16);
    central.writeUInt32LE(zero ? 0 : body.length, 20);
    central.writeUInt32LE(zero ? 0 : data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.unixMode !== undefined ? (entry.unixMode << 16) >>> 0 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name]));
    offset += localBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
