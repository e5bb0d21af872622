// CRC-32 (the ZIP polynomial). Node's zlib computes it natively from 20.15; older Node 20
// releases get the table-driven version (exported for its test).
import * as zlib from 'node:zlib';
import { defined } from '../model/defined.js';

let table: Int32Array | null = null;

export function crc32Portable(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = defined(table[(crc ^ defined(data[i])) & 0xff]) ^ (crc >>> 8); // indexed: for-of over a typed array is slower
  return ~crc >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it). */
export const crc32: (data: Uint8Array, value?: number) => number = native ? (data, value) => native(data, value) : crc32Portable;
