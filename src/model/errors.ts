// The errors a user can fix (bad input, bad usage): reported in one line with exit code 2.
// Anything else that reaches the CLI is a bug (exit 1).

/** Unusable input (not an archive, unreadable, no LinkedIn files): exit code 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

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
