import type { ExposureSetup } from '../report/build-report.js';
import { createClassifier } from '../exposure/classify.js';
import { resolveDates } from '../exposure/dates.js';
import { loadBundledPolicy, loadPolicyFile } from '../exposure/load-policy.js';
import type { Policy } from '../exposure/policy-schema.js';
import { parseRegionOption, resolveRegion } from '../exposure/region.js';

export interface ContextOptions {
  region?: string;
  optedOut?: string;
  asOf?: string;
  policy?: string;
}

export function loadPolicy(options: { policy?: string }): Policy {
  return options.policy ? loadPolicyFile(options.policy) : loadBundledPolicy();
}

/** Turns --region/--opted-out/--as-of/--policy into the exposure step of a scan. */
export function exposureSetup(options: ContextOptions, policy: Policy, now: Date): ExposureSetup {
  // Fail fast on bad option values, before the archive is read.
  if (options.region) parseRegionOption(options.region, policy);
  const dates = resolveDates({ optedOut: options.optedOut, asOf: options.asOf, now });
  return {
    prepare({ geoLocation }) {
      const resolved = resolveRegion({ region: options.region, geoLocation }, policy);
      const classifier = createClassifier(policy, { region: resolved.region, optedOut: dates.optedOut, asOf: dates.asOf });
      return {
        context: {
          region: resolved.region,
          regionSource: resolved.regionSource,
          optedOut: dates.optedOutDay,
          asOf: dates.asOfDay,
          policyVersion: policy.version,
        },
        warning: resolved.warning,
        classify: (category, date) => classifier.classify(category, date),
      };
    },
  };
}
