// Which errors the user can fix: the CLI shows them on one line with exit code 2. A module of its
// own so that the CLI can tell them apart without loading the scan.
import { InputError, UsageError } from '../model/errors.js';
import { PolicyError } from './policy-schema.js';

/** An error the user can fix (bad input, bad usage, a bad policy file): one line, exit code 2. */
export function isUserError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof InputError || error instanceof UsageError || error instanceof PolicyError;
}
