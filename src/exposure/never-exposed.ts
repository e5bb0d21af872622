import type { CategoryId } from '../model/report.js';
import { CATEGORY_IDS } from '../model/categories.js';
import type { Policy } from './policy-schema.js';
import { categoryRule } from './policy-schema.js';

/** Categories that no window of any region exposes: their records need no date to classify. */
export function neverExposedCategories(policy: Policy): Set<CategoryId> {
  return new Set(
    CATEGORY_IDS.filter((category) =>
      policy.windows.every((window) => window.status === 'not_used' || categoryRule(policy, window, category).status === 'not_used'),
    ),
  );
}
