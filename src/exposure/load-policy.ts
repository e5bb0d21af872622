// Loading the bundled policy file, or one given with --policy.
//
// The bundled JSON is read with fs relative to this module (src/exposure/policy/ under vitest,
// dist/exposure/policy/ after `tsc`: tsconfig includes src/**/*.json, so tsc copies it). This avoids
// JSON import attributes, which need Node >= 20.10 and print an ExperimentalWarning on some versions.

import { readFileSync } from 'node:fs';
import { PolicyError, validatePolicy, type Policy } from './policy-schema.js';

export const BUNDLED_POLICY_URL = new URL('./policy/linkedin-genai.json', import.meta.url);

let bundled: Policy | null = null;

/** The policy a front end asked for: a file (--policy, a setting) or the bundled one. */
export function loadPolicy(options: { policy?: string }): Policy {
  return options.policy ? loadPolicyFile(options.policy) : loadBundledPolicy();
}

/** The policy shipped with li-exposure (validated once, then cached). */
export function loadBundledPolicy(): Policy {
  if (!bundled) bundled = parsePolicyText(readFileSync(BUNDLED_POLICY_URL, 'utf8'), 'bundled policy linkedin-genai.json');
  return bundled;
}

/**
 * Reads and validates a policy file given with --policy. Throws PolicyError with a one-line message:
 *   Cannot read policy file "x.json": file not found
 *   Policy file "x.json" is not valid JSON: Unexpected token } in JSON at position 120
 *   Policy file "x.json": policy.windows[3].status: expected one of used, probable, uncertain, not_used, got "yes"
 */
export function loadPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (err as Error).message;
    throw new PolicyError(`Cannot read policy file ${JSON.stringify(path)}: ${why}`);
  }
  return parsePolicyText(text, `Policy file ${JSON.stringify(path)}`);
}

/** Parses and validates policy JSON text; `label` starts the error messages. */
export function parsePolicyText(text: string, label: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new PolicyError(`${label} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return validatePolicy(json);
  } catch (err) {
    if (err instanceof PolicyError) throw new PolicyError(`${label}: ${err.message}`, err.path);
    throw err;
  }
}
