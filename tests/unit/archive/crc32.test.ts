import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { expect, it } from 'vitest';
import { crc32, crc32Portable } from '../../../src/archive/crc32.js';

it('the portable CRC-32 (Node 20 before 20.15) equals zlib, also when continued chunk by chunk', () => {
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  const data = randomBytes(100_000);
  expect(crc32Portable(Buffer.from('123456789'))).toBe(0xcbf43926); // the standard check value
  expect(crc32Portable(data)).toBe(crc32(data));
  if (native) expect(crc32Portable(data)).toBe(native(data));
  let chained = 0;
  for (let i = 0; i < data.length; i += 7777) chained = crc32Portable(data.subarray(i, i + 7777), chained);
  expect(chained).toBe(crc32(data));
  expect(crc32Portable(Buffer.alloc(0))).toBe(0);
});
