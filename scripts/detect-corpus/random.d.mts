// Types of random.mjs (the seeded PRNG of the detection corpus), for the tests that import it.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A string of n decimal digits. */
  digits(n: number): string;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function makeRng(label: string): Rng;
