// The options that set the exposure step (--region, --opted-out, --as-of, --policy).
import { loadBundledPolicy, loadPolicyFile } from '../exposure/load-policy.js';
import type { Policy } from '../exposure/policy-schema.js';
import type { ExposureChoices } from '../exposure/setup.js';

export interface ContextOptions extends ExposureChoices {
  policy?: string;
}

export function loadPolicy(options: { policy?: string }): Policy {
  return options.policy ? loadPolicyFile(options.policy) : loadBundledPolicy();
}
