import { UsageError } from '../errors.js';
import type { ExposureSetup } from '../report/build-report.js';
import { createClassifier } from '../exposure/classify.js';
import { loadBundledPolicy, loadPolicyFile } from '../exposure/load-policy.js';
import type { Policy } from '../exposure/policy-schema.js';
import { parseRegionOption, resolveRegion } from '../exposure/region.js';

export interface ContextOptions {
  region?: string;
  optedOut?: string;
  asOf?: string;
  policy?: string;
}

export function parseDay(value: string, option: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !date || date.getUTCDate() !== +m[3]!) {
    throw new UsageError(`${option} expects a date as YYYY-MM-DD, got "${value}"`);
  }
  return date;
}

export function loadPolicy(options: ContextOptions): Policy {
  return options.policy ? loadPolicyFile(options.policy) : loadBundledPolicy();
}

/** Turns --region/--opted-out/--as-of/--policy into the exposure step of a scan. */
export function exposureSetup(options: ContextOptions, now: Date): ExposureSetup {
  const policy = loadPolicy(options);
  if (options.region) parseRegionOption(options.region); // fail fast on a bad code, before reading
  const optedOut = options.optedOut ? parseDay(options.optedOut, '--opted-out') : null;
  const asOfDay = options.asOf ? parseDay(options.asOf, '--as-of') : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    prepare({ geoLocation }) {
      const resolved = resolveRegion({ region: options.region, geoLocation }, policy);
      const classifier = createClassifier(policy, { region: resolved.region, optedOut, asOf: asOfDay });
      return {
        context: {
          region: resolved.region,
          regionSource: resolved.regionSource,
          optedOut: optedOut ? optedOut.toISOString().slice(0, 10) : null,
          asOf: asOfDay.toISOString().slice(0, 10),
          policyVersion: policy.version,
        },
        warning: resolved.warning,
        classify: (category, date) => classifier.classify(category, date),
      };
    },
  };
}
