// Blocks of text kept deflated, for the item store (item-store.ts): each block has two parts,
// deflated on their own so that reading one does not inflate the other.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { defined } from '../model/defined.js';

/** The fastest level: blocks are small, and they are deflated while the archives are read. */
const DEFLATE = { level: 1 } as const;
/** Deflated parts are copied into slabs that double from 64 KiB up to this size. */
const SLAB = 1 << 20;
// A BOM at the start of a text is the text's own: kept.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

interface Piece {
  slab: number;
  offset: number;
  length: number;
}

export class DeflatedBlocks {
  private readonly parts: Array<[Piece, Piece]> = [];
  private readonly slabs: Buffer[] = [];
  private slabUsed = 0;
  /** The UTF-8 of the part being deflated: one buffer reused, not one left to the collector per part. */
  private scratch = Buffer.allocUnsafeSlow(0);

  get count(): number {
    return this.parts.length;
  }

  /** Adds a block of two strings (well-formed UTF-16: nothing is lost on the way to UTF-8). */
  append(first: string, second: string): void {
    this.parts.push([this.deflate(first), this.deflate(second)]);
  }

  private deflate(text: string): Piece {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > this.scratch.length) this.scratch = Buffer.allocUnsafeSlow(Math.max(size, 2 * this.scratch.length, 64 * 1024));
    this.scratch.write(text, 0, 'utf8');
    // Synchronous on purpose: zlib's asynchronous calls cost more per small block than they save.
    return this.keep(deflateRawSync(this.scratch.subarray(0, size), DEFLATE));
  }

  private keep(bytes: Buffer): Piece {
    if (this.slabUsed + bytes.length > (this.slabs.at(-1)?.length ?? 0)) {
      this.slabs.push(Buffer.allocUnsafeSlow(Math.max(bytes.length, Math.min(SLAB, 64 * 1024 * 2 ** this.slabs.length))));
      this.slabUsed = 0;
    }
    const slab = this.slabs.length - 1;
    bytes.copy(defined(this.slabs[slab]), this.slabUsed);
    const piece = { slab, offset: this.slabUsed, length: bytes.length };
    this.slabUsed += bytes.length;
    return piece;
  }

  /** One part of a block, inflated. */
  read(block: number, part: 0 | 1): string {
    const piece = defined(defined(this.parts[block])[part]);
    const slab = defined(this.slabs[piece.slab]);
    return decoder.decode(inflateRawSync(slab.subarray(piece.offset, piece.offset + piece.length)));
  }

  /** Bytes held by the deflated blocks. */
  get bytes(): number {
    return this.slabs.reduce((sum, s) => sum + s.length, 0);
  }
}
