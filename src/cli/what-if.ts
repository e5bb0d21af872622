// "I don't remember when I opted out": while the scan classifies each item as the member said
// (no opt-out), the same item is also classified as if they had opted out on each key day of
// their region (the start of each training window, and today), and the likely ones are counted.
// The counts come from the items themselves, through the same classifier, in one pass.

import type { ExposureSetup, PreparedExposure } from '../scan/contract.js';
import type { ExposureChoices } from '../exposure/setup.js';
import { exposureSetup } from '../exposure/setup.js';
import type { Policy } from '../exposure/policy-schema.js';
import type { WhatIfRow } from '../render/text.js';
import { dayInWords } from '../render/number.js';
import { defined } from '../model/defined.js';

export interface WhatIf {
  setup: ExposureSetup;
  /** The rows, complete once the scan has ended. */
  rows(): WhatIfRow[];
}

/** The key days of a region: each window's start (up to as-of), then the as-of day ("today"). */
export function keyDays(policy: Policy, region: string, asOf: string): Array<{ day: string; label: string }> {
  const starts = [...new Set(policy.windows.filter((w) => w.region === region && w.start <= asOf).map((w) => w.start))].sort();
  return [...starts.map((day) => ({ day, label: dayInWords(day) })), { day: asOf, label: `${dayInWords(asOf)} (today)` }];
}

export function withWhatIf(choices: ExposureChoices, policy: Policy, now: Date): WhatIf {
  const base = exposureSetup(choices, policy, now);
  let rows: WhatIfRow[] = [];
  return {
    rows: () => rows,
    setup: {
      prepare(profile): PreparedExposure {
        const prepared = base.prepare(profile);
        const days = keyDays(policy, prepared.context.region, prepared.context.asOf);
        rows = days.map((d) => ({ ...d, likely: 0 }));
        const alternatives = days.map((d) => exposureSetup({ ...choices, region: choices.region ?? prepared.context.region, optedOut: d.day }, policy, now).prepare(profile));
        return {
          ...prepared,
          classify(category, date, qualifiers) {
            alternatives.forEach((alt, i) => {
              if (alt.classify(category, date, qualifiers).exposure === 'likely') defined(rows[i]).likely++;
            });
            return prepared.classify(category, date, qualifiers);
          },
        };
      },
    },
  };
}
