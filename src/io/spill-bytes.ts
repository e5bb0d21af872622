// An append-only store of short texts (list lines, report rows) as UTF-8 bytes, read back by
// index in any order. Small stores stay in memory; past a threshold the bytes go to a private
// temporary file, so that a heavy export's lines do not stay in memory while it is sorted.
// The file is mode 0600 in a fresh 0700 folder, and both are unlinked as soon as the file is
// open (POSIX keeps it readable through the descriptor): nothing is left behind on an error,
// Ctrl-C or a crash. Where unlinking an open file fails (Windows), they are removed on close,
// at exit and on SIGINT/SIGTERM.

import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defined } from '../model/defined.js';
import { InputError } from '../model/errors.js';

/** Bytes kept in memory before the store spills to its file (LI_EXPOSURE_SPILL_BYTES overrides it, for tests). */
export const SPILL_THRESHOLD = 4 << 20;

/** Texts are copied into pieces of this many bytes (a longer text gets a piece of its own). */
const PIECE = 1 << 20;

/** Bytes per buffer of ordered() (at least). */
const ORDERED_BUDGET = 1 << 20;

/** Passes over the file for one reading at most: the buffers grow instead, so that reading stays linear in the file's size. */
const MAX_PASSES = 16;

/** The threshold from the environment when it is a whole number, otherwise the default. */
export function spillThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['LI_EXPOSURE_SPILL_BYTES']);
  return Number.isSafeInteger(value) && value >= 0 ? value : SPILL_THRESHOLD;
}

type TypedArray = Float64Array | Uint32Array | Uint16Array | Int32Array;

/** A typed array twice as long, with the same values first (the stores grow by doubling). */
export function doubled<T extends TypedArray>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

export class SpillBytes {
  /** Start (global byte offset) and byte length of each text. */
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private n = 0;
  /** Pieces still in memory (all of them until the store spills) and where each starts. */
  private readonly pieces: Buffer[] = [];
  private readonly pieceStarts: number[] = [];
  private piece = Buffer.allocUnsafe(PIECE);
  private used = 0;
  /** Bytes before the current piece. */
  private sealed = 0;
  private file: TempFile | null = null;
  private window = Buffer.alloc(0);
  private windowStart = 0;
  private windowLength = 0;
  private finished = false;

  constructor(private readonly threshold = spillThreshold()) {}

  get count(): number {
    return this.n;
  }

  /** Whether the bytes went to the temporary file (for tests). */
  get spilled(): boolean {
    return this.file !== null;
  }

  add(text: string): void {
    if (this.finished) throw new Error('SpillBytes: add() after the first read');
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.piece.length) this.seal(text.length * 3);
    const written = this.piece.write(text, this.used);
    if (this.n === this.starts.length) {
      this.starts = doubled(this.starts);
      this.lengths = doubled(this.lengths);
    }
    this.starts[this.n] = this.sealed + this.used;
    this.lengths[this.n] = written;
    this.n++;
    this.used += written;
  }

  /**
   * The texts in the order given (a permutation of the indexes, or part of one), concatenated
   * into fresh buffers of about `budget` bytes. From the file, each buffer is filled by one
   * sequential pass over it (a random read per text would cost a system call each), and the
   * buffers are larger when more than MAX_PASSES passes would be needed.
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
    if (this.file) budget = Math.max(budget, Math.ceil(this.sealed / MAX_PASSES));
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
      if (this.file) this.passOverFile(rank, first, end, at, bytes);
      else for (let k = first; k < end; k++) this.fromMemory(defined(order[k])).copy(bytes, defined(at[k - first]));
      yield { bytes, first, end };
      first = end;
    }
  }

  /** Copies the texts of ranks [first, end) into `out` (at `at`), reading the file from start to end once. */
  private passOverFile(rank: Int32Array, first: number, end: number, at: Float64Array, out: Buffer): void {
    for (let i = 0; i < this.n; i++) {
      const k = defined(rank[i]);
      if (k < first || k >= end) continue;
      const start = defined(this.starts[i]);
      const length = defined(this.lengths[i]);
      if (start < this.windowStart || start + length > this.windowStart + this.windowLength) this.load(start, length);
      this.window.copy(out, defined(at[k - first]), start - this.windowStart, start - this.windowStart + length);
    }
  }

  /** Closes and removes the temporary file; the store is empty afterwards. */
  close(): void {
    this.file?.close();
    this.file = null;
    this.pieces.length = 0;
    this.pieceStarts.length = 0;
    this.n = 0;
  }

  /** Ends the current piece (to memory or to the file) and starts one with room for `need` bytes. */
  private seal(need: number): void {
    this.keep(this.piece.subarray(0, this.used));
    this.sealed += this.used;
    this.used = 0;
    // A piece that went to the file is reused; one kept in memory is not.
    if (!this.file || this.piece.length < need) this.piece = Buffer.allocUnsafe(Math.max(PIECE, need));
  }

  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (!this.file && this.sealed + bytes.length > this.threshold) {
      this.file = new TempFile();
      for (const p of this.pieces) this.file.append(p);
      this.pieces.length = 0;
      this.pieceStarts.length = 0;
    }
    if (this.file) this.file.append(bytes);
    else {
      this.pieces.push(bytes);
      this.pieceStarts.push(this.sealed);
    }
  }

  private finish(): void {
    this.finished = true;
    this.keep(this.piece.subarray(0, this.used));
    this.sealed += this.used;
    this.used = 0;
    this.piece = Buffer.alloc(0);
  }

  /** Text `index` of a store that did not spill. */
  private fromMemory(index: number): Buffer {
    const start = defined(this.starts[index]);
    const length = defined(this.lengths[index]);
    // The last piece that starts at or before `start` (a text never spans two pieces).
    let lo = 0;
    let hi = this.pieceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (defined(this.pieceStarts[mid]) <= start) lo = mid;
      else hi = mid - 1;
    }
    const at = start - (this.pieceStarts[lo] ?? 0);
    return (this.pieces[lo] ?? Buffer.alloc(0)).subarray(at, at + length);
  }

  /** Reads the window of the file that starts with a text. */
  private load(start: number, length: number): void {
    if (!this.file) return;
    const size = Math.max(PIECE, length);
    if (this.window.length < size) this.window = Buffer.allocUnsafe(size);
    this.windowStart = start;
    this.windowLength = this.file.read(this.window, size, start);
  }
}

/** The private temporary file of one store. */
class TempFile {
  private fd: number;
  private size = 0;
  /** Paths still to remove (only where an open file cannot be unlinked). */
  private leftovers: string[] = [];
  private readonly cleanUp = (): void => this.remove();
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.remove();
    process.kill(process.pid, signal);
  };

  constructor() {
    let dir: string;
    try {
      dir = mkdtempSync(join(tmpdir(), 'li-exposure-'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(`cannot create a temporary file in ${tmpdir()} (${reason}); set TMPDIR to a writable folder.`);
    }
    const path = join(dir, 'spill');
    this.fd = openSync(path, 'wx+', 0o600);
    try {
      unlinkSync(path);
      rmdirSync(dir);
    } catch {
      this.leftovers = [path, dir];
      process.once('exit', this.cleanUp);
      process.once('SIGINT', this.onSignal);
      process.once('SIGTERM', this.onSignal);
    }
  }

  append(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    this.size += bytes.length;
  }

  /** Reads up to `length` bytes at `position`; returns how many were read. */
  read(into: Buffer, length: number, position: number): number {
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, into, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    this.remove();
  }

  private remove(): void {
    if (this.leftovers.length === 0) return;
    const [path, dir] = this.leftovers;
    this.leftovers = [];
    process.removeListener('exit', this.cleanUp);
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    try {
      if (this.fd >= 0) closeSync(this.fd);
      this.fd = -1;
      if (path) unlinkSync(path);
      if (dir) rmdirSync(dir);
    } catch {
      // Already gone, or the system's temporary folder is cleaned by the system.
    }
  }
}
