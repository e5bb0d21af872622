// Item dates of a large list kept as numbers, not strings: the usual form "2026-05-11T15:17:30Z"
// as the number 20260511151730 (its digits, so that numbers compare as the strings do); any
// other form (milliseconds, an unusual year) is kept as its string. Sorting then compares what
// the string comparison of the original dates would, exactly.
import { defined } from '../model/defined.js';
import { withRoom } from '../model/typed-arrays.js';

const NULL_KEY = -1;
const OTHER_KEY = -2;
/** Positions of the 14 digits in "YYYY-MM-DDThh:mm:ssZ". */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

function packed(date: string): number {
  if (date.length !== 20 || date[4] !== '-' || date[7] !== '-' || date[10] !== 'T' || date[13] !== ':' || date[16] !== ':' || date[19] !== 'Z') return OTHER_KEY;
  let n = 0;
  for (const i of DIGITS) {
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return OTHER_KEY;
    n = n * 10 + c;
  }
  return n;
}

export class DateKeys {
  private keys = new Float64Array(1024);
  private readonly others = new Map<number, string>();
  private n = 0;

  get count(): number {
    return this.n;
  }

  add(date: string | null): void {
    this.keys = withRoom(this.keys, this.n);
    const key = date === null ? NULL_KEY : packed(date);
    if (date !== null && key === OTHER_KEY) this.others.set(this.n, date);
    this.keys[this.n++] = key;
  }

  /** The date of entry `i`, as it was given. */
  get(i: number): string | null {
    const key = defined(this.keys[i]);
    if (key === NULL_KEY) return null;
    if (key === OTHER_KEY) return this.others.get(i) ?? null;
    const d = String(key).padStart(14, '0');
    return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}Z`;
  }

  /** Whether entry `i` has a date. */
  dated(i: number): boolean {
    return this.keys[i] !== NULL_KEY;
  }

  /** Newest first, undated last; 0 when the dates are equal (the same order as the string comparison). */
  newestFirst(i: number, j: number): number {
    const a = defined(this.keys[i]);
    const b = defined(this.keys[j]);
    if (a >= 0 && b >= 0) return a === b ? 0 : a < b ? 1 : -1;
    if (a === NULL_KEY) return b === NULL_KEY ? 0 : 1;
    if (b === NULL_KEY) return -1;
    const [x, y] = [this.get(i) ?? '', this.get(j) ?? ''];
    return x === y ? 0 : x < y ? 1 : -1;
  }
}
