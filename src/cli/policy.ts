import { parseRegionOption } from '../exposure/region.js';
import { renderPolicyText } from '../render/policy.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { loadPolicy } from '../exposure/load-policy.js';
import type { Io } from './io.js';

export interface PolicyCommandOptions {
  region?: string;
  policy?: string;
  json?: boolean;
}

export async function runPolicy(options: PolicyCommandOptions, io: Io): Promise<number> {
  const policy = loadPolicy(options);
  if (options.json) {
    io.stdout.write(JSON.stringify(policy, null, 2) + '\n');
    return 0;
  }
  const region = options.region ? parseRegionOption(options.region, policy) : undefined;
  // A user-supplied policy file is untrusted text too.
  io.stdout.write(sanitizeForTerminal(renderPolicyText(policy, { region }), { keepNewlines: true }));
  return 0;
}
