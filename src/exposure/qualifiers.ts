// The item attributes a policy cap can key on (policy-schema.ts QUALIFIERS), read from an item.
// Kept apart from the readers: the readers record what the export says (details, titles), the
// policy decides what that means.

import type { CategoryId } from '../model/report.js';
import type { CapCondition, ValueTest } from './policy-schema.js';

export interface Qualifiers {
  /** Shares' Visibility, upper case ("PUBLIC", "MEMBER_NETWORK", 2018 "CONNECTIONS"); null when absent. */
  visibility: string | null;
  /** An article that was never published. */
  draft: boolean;
  /** Name of the profile field ("Birth Date", "Websites"); null for other items. */
  field: string | null;
}

export const NO_QUALIFIERS: Qualifiers = Object.freeze({ visibility: null, draft: false, field: null });

/** What the article reader writes in details.Published for an article without a publication date. */
export const DRAFT_PUBLISHED = 'not published (draft)';

interface QualifiableItem {
  category: CategoryId;
  title: string | null;
  details?: Record<string, string>;
}

export function qualifiersOf(item: QualifiableItem): Qualifiers {
  const visibility = item.details?.['Visibility'];
  const draft = item.category === 'articles' && item.details?.['Published'] === DRAFT_PUBLISHED;
  const field = item.category === 'profile' ? item.title : null;
  if (!visibility && !draft && field === null) return NO_QUALIFIERS;
  return { visibility: visibility ? visibility.trim().toUpperCase().replace(/\s+/g, '_') : null, draft, field };
}

function test(value: string | null, t: ValueTest): boolean {
  if (value === null) return false; // unknown values never match: the window's own rule applies
  const v = value.toLowerCase();
  if (t.in && !t.in.some((x) => x.toLowerCase() === v)) return false;
  if (t.notIn && t.notIn.some((x) => x.toLowerCase() === v)) return false;
  return true;
}

export function meets(q: Qualifiers, when: CapCondition): boolean {
  if (when.draft !== undefined && q.draft !== when.draft) return false;
  if (when.visibility && !test(q.visibility, when.visibility)) return false;
  if (when.field && !test(q.field, when.field)) return false;
  return true;
}

/** A short cache key over the qualifiers a category's caps look at. */
export function qualifierKey(q: Qualifiers, used: ReadonlySet<keyof Qualifiers>): string {
  let k = '';
  if (used.has('visibility')) k += `v${q.visibility ?? ''}|`;
  if (used.has('draft')) k += q.draft ? 'd1|' : 'd0|';
  if (used.has('field')) k += `f${q.field?.toLowerCase() ?? ''}|`;
  return k;
}
