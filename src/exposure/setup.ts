// The exposure step of a scan, from what the member said (region, opt-out and as-of days) and a
// policy: the verdicts are decided once the profile (and so the member's location) is read.
// Any front end (CLI, TUI, a report or an editor extension) builds its verdicts with this.
import type { ExposureSetup } from '../scan/contract.js';
import { createClassifier } from './classify.js';
import { resolveDates } from './option-dates.js';
import type { Policy } from './policy-schema.js';
import { adultFrom, birthYearOf } from './profile-facts.js';
import { describeRegion, parseRegionOption, resolveRegion } from './region.js';

export interface ExposureChoices {
  /** A region code or country the member gave (--region); else the profile's location decides. */
  region?: string;
  /** YYYY-MM-DD the member opted out (--opted-out); else the policy's default. */
  optedOut?: string;
  /** YYYY-MM-DD the verdicts are for (--as-of); else today. */
  asOf?: string;
}

/** What a front end asks the scan for: the exposure choices and, optionally, a policy file. */
export interface ContextOptions extends ExposureChoices {
  /** A policy file (--policy); else the bundled policy. */
  policy?: string;
}

/** Turns the member's choices (region, opt-out and as-of dates) and a policy into the exposure step of a scan. */
export function exposureSetup(options: ExposureChoices, policy: Policy, now: Date): ExposureSetup {
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
