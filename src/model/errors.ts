export { InputError } from '../archive/entry.js';

/** Bad command-line usage (an invalid option value): exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;
