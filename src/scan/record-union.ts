// The union of several copies of one logical file (Shares.csv of two exports, a file and its
// "(1)" copy): each record is counted once, however many copies hold it.
import { defined } from '../model/defined.js';

/**
 * Counts per record identity and per copy, in a flat typed array (a few bytes per record), with
 * the file that counted the identity first. A record is kept when its copy now holds it more
 * often than any other copy does: a record repeated inside one file stays repeated (they are
 * separate records), a record held by two copies counts once. An identity is kept as many
 * times as the copy holding it most often holds it.
 */
export class RecordUnion {
  private readonly index = new Map<string, number>();
  private readonly stride: number;
  private cells: Uint32Array;

  constructor(readonly copies: number) {
    // Per identity: the count of each copy, then 1 + the id of the file that counted it first.
    this.stride = copies + 1;
    this.cells = new Uint32Array(this.stride * 256);
  }

  /** Offers one record of file `file` in `copy`: null when it is kept, else the file that counted it. */
  offer(copy: number, file: number, identity: string): number | null {
    let at = this.index.get(identity);
    if (at === undefined) {
      at = this.index.size * this.stride;
      if (at + this.stride > this.cells.length) {
        const grown = new Uint32Array(this.cells.length * 2);
        grown.set(this.cells);
        this.cells = grown;
      }
      this.index.set(identity, at);
      this.cells[at + this.copies] = file + 1;
    }
    const mine = defined(this.cells[at + copy]) + 1;
    this.cells[at + copy] = mine;
    for (let other = 0; other < this.copies; other++) {
      if (other !== copy && defined(this.cells[at + other]) >= mine) return defined(this.cells[at + this.copies]) - 1;
    }
    return null;
  }
}
