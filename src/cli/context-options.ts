import type { ExposureSetup } from '../scan/scan.js';
import { createClassifier } from '../exposure/classify.js';
import { resolveDates } from '../exposure/option-dates.js';
import { loadBundledPolicy, loadPolicyFile } from '../exposure/load-policy.js';
import type { Policy } from '../exposure/policy-schema.js';
import { adultFrom, birthYearOf } from '../exposure/profile-facts.js';
import { describeRegion, parseRegionOption, resolveRegion } from '../exposure/region.js';

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
    prepare(profile) {
      const resolved = resolveRegion(
        { region: options.region, geoLocations: profile.geoLocations, country: profile.country },
        policy,
      );
      const adult = policy.minors ? adultFrom(profile.birthDate, policy.minors.age) : null;
      const classifier = createClassifier(policy, {
        region: resolved.region,
        optedOut: dates.optedOut,
        asOf: dates.asOf,
        adultFrom: adult,
      });
      return {
        context: {
          region: resolved.region,
          regionName: describeRegion(resolved.region, resolved.country, policy),
          country: resolved.country,
          regionSource: resolved.regionSource,
          optedOut: dates.optedOutDay,
          asOf: dates.asOfDay,
          policyVersion: policy.version,
          birthYear: birthYearOf(profile.birthDate)?.year ?? null,
        },
        sources: policy.sources.map((s) => ({
          id: s.id,
          title: s.title,
          publisher: s.publisher ?? null,
          date: s.date,
          url: s.url,
          kind: s.kind ?? null,
          quoted: s.quoted ?? false,
        })),
        warning: resolved.warning,
        classify: (category, date, qualifiers) => classifier.classify(category, date, qualifiers),
      };
    },
  };
}
