// The guard for an index that exists by construction (a regex group that always takes part, a
// byte inside a checked length): reading it as undefined is a bug in li-exposure (exit 1), never
// something the input can cause, so it fails loudly instead of flowing on as undefined.

/** `value`, which the caller's own construction guarantees is present. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('internal error: an index that exists by construction was missing');
  return value;
}
