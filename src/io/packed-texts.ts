// An append-only store of short texts (list lines, report rows) as UTF-8 bytes, read back by
// index in any order. Small stores stay as they are; past a threshold each 1 MiB piece is
// deflated (zlib, level 1) as it fills, so that a heavy export's lines take about a third of
// their size while they are sorted. Everything stays in memory: the archive's text is never
// written to disk.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { defined } from '../model/defined.js';
import { withRoom } from '../model/typed-arrays.js';

/** Bytes kept as they are before the store packs its pieces (LI_EXPOSURE_PACK_BYTES overrides it, for tests). */
export const PACK_THRESHOLD = 4 << 20;

/** Texts are copied into pieces of this many bytes (a longer text gets a piece of its own). */
const PIECE = 1 << 20;

/** Bytes per buffer of ordered() (at least). */
const ORDERED_BUDGET = 1 << 20;

/** Passes over the packed pieces for one reading at most (each pass inflates each piece once): the buffers grow instead. */
const MAX_PASSES = 4;

/** The threshold from the environment when it is a whole number, otherwise the default. */
export function packThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['LI_EXPOSURE_PACK_BYTES']);
  return Number.isSafeInteger(value) && value >= 0 ? value : PACK_THRESHOLD;
}

export class PackedTexts {
  /** Start (global byte offset) and byte length of each text. */
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private n = 0;
  /** The pieces (deflated once the store is packed; all of them, or none) and where each starts. */
  private readonly pieces: Buffer[] = [];
  private readonly pieceStarts: number[] = [];
  private packedPieces = false;
  private piece = Buffer.allocUnsafe(PIECE);
  private used = 0;
  /** Bytes before the current piece. */
  private sealed = 0;
  /** The inflated piece being read (when packed). */
  private window = Buffer.alloc(0);
  private windowStart = 0;
  private finished = false;

  constructor(private readonly threshold = packThreshold()) {}

  get count(): number {
    return this.n;
  }

  /** Bytes the pieces take now (deflated or not; for tests). */
  heldBytes(): number {
    let bytes = this.used;
    for (const piece of this.pieces) bytes += piece.length;
    return bytes;
  }

  /** Whether the pieces are deflated (for tests). */
  get packed(): boolean {
    return this.packedPieces;
  }

  add(text: string): void {
    if (this.finished) throw new Error('PackedTexts: add() after the first read');
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.piece.length) this.seal(text.length * 3);
    const written = this.piece.write(text, this.used);
    this.starts = withRoom(this.starts, this.n);
    this.lengths = withRoom(this.lengths, this.n);
    this.starts[this.n] = this.sealed + this.used;
    this.lengths[this.n] = written;
    this.n++;
    this.used += written;
  }

  /**
   * The texts in the order given (a permutation of the indexes, or part of one), concatenated
   * into fresh buffers of about `budget` bytes. When packed, each buffer is filled by one pass
   * over the pieces (inflating each once, not once per text), and the buffers are larger when
   * more than MAX_PASSES passes would be needed.
   */
  *ordered(order: Uint32Array, budget = ORDERED_BUDGET): Generator<Buffer> {
    for (const run of this.runs(order, budget, false)) yield run.bytes;
  }

  /**
   * Each text in the order given, as a view that is valid until the next few texts are read
   * (one buffer serves every run: a heavy table's reading leaves no megabytes of garbage).
   */
  *orderedTexts(order: Uint32Array, budget = ORDERED_BUDGET): Generator<Buffer> {
    for (const { bytes, first, end } of this.runs(order, budget, true)) {
      for (let k = first, at = 0; k < end; k++) {
        const length = defined(this.lengths[defined(order[k])]);
        yield bytes.subarray(at, at + length);
        at += length;
      }
    }
  }

  private *runs(order: Uint32Array, budget: number, reuse: boolean): Generator<{ bytes: Buffer; first: number; end: number }> {
    let spare = Buffer.alloc(0);
    if (!this.finished) this.finish();
    if (this.packedPieces) budget = Math.max(budget, Math.ceil(this.sealed / MAX_PASSES));
    const rank = new Int32Array(this.n).fill(-1);
    order.forEach((index, k) => {
      rank[index] = k;
    });
    for (let first = 0; first < order.length; ) {
      // The run of ranks [first, end) whose texts fit the budget (at least one text).
      let size = 0;
      let end = first;
      while (end < order.length && (end === first || size + defined(this.lengths[defined(order[end])]) <= budget)) size += defined(this.lengths[defined(order[end++])]);
      if (reuse && spare.length < size) spare = Buffer.allocUnsafe(Math.max(size, budget));
      const bytes = reuse ? spare.subarray(0, size) : Buffer.allocUnsafe(size);
      // Where each rank's text goes in `bytes`.
      const at = new Float64Array(end - first);
      for (let k = first, pos = 0; k < end; k++) {
        at[k - first] = pos;
        pos += defined(this.lengths[defined(order[k])]);
      }
      if (this.packedPieces) this.passOverPieces(rank, first, end, at, bytes);
      else for (let k = first; k < end; k++) this.fromMemory(defined(order[k])).copy(bytes, defined(at[k - first]));
      yield { bytes, first, end };
      first = end;
    }
  }

  /** Copies the texts of ranks [first, end) into `out` (at `at`), inflating the pieces in order, each once. */
  private passOverPieces(rank: Int32Array, first: number, end: number, at: Float64Array, out: Buffer): void {
    for (let i = 0; i < this.n; i++) {
      const k = defined(rank[i]);
      if (k < first || k >= end) continue;
      const start = defined(this.starts[i]);
      const length = defined(this.lengths[i]);
      if (start < this.windowStart || start + length > this.windowStart + this.window.length) this.load(start);
      this.window.copy(out, defined(at[k - first]), start - this.windowStart, start - this.windowStart + length);
    }
  }

  /** Frees the store; it is empty afterwards. */
  close(): void {
    this.window = Buffer.alloc(0);
    this.pieces.length = 0;
    this.pieceStarts.length = 0;
    this.n = 0;
  }

  /** Ends the current piece and starts one with room for `need` bytes. */
  private seal(need: number): void {
    this.keep(this.piece.subarray(0, this.used));
    this.sealed += this.used;
    this.used = 0;
    // A piece that was deflated is reused; one kept as it is is not.
    if (!this.packedPieces || this.piece.length < need) this.piece = Buffer.allocUnsafe(Math.max(PIECE, need));
  }

  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (!this.packedPieces && this.sealed + bytes.length > this.threshold) {
      this.packedPieces = true;
      for (const [i, piece] of this.pieces.entries()) this.pieces[i] = deflateRawSync(piece, { level: 1 });
    }
    this.pieces.push(this.packedPieces ? deflateRawSync(bytes, { level: 1 }) : bytes);
    this.pieceStarts.push(this.sealed);
  }

  private finish(): void {
    this.finished = true;
    this.keep(this.piece.subarray(0, this.used));
    this.sealed += this.used;
    this.used = 0;
    this.piece = Buffer.alloc(0);
  }

  /** Text `index` of a store that is not packed. */
  private fromMemory(index: number): Buffer {
    const start = defined(this.starts[index]);
    const length = defined(this.lengths[index]);
    const piece = this.pieceAt(start);
    const at = start - defined(this.pieceStarts[piece]);
    return defined(this.pieces[piece]).subarray(at, at + length);
  }

  /** The last piece that starts at or before `start` (a text never spans two pieces). */
  private pieceAt(start: number): number {
    let lo = 0;
    let hi = this.pieceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (defined(this.pieceStarts[mid]) <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Inflates the packed piece that holds the text starting at `start`. */
  private load(start: number): void {
    const piece = this.pieceAt(start);
    this.window = inflateRawSync(defined(this.pieces[piece]));
    this.windowStart = defined(this.pieceStarts[piece]);
  }
}
