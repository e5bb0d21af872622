// How each finding kind is named in the text summary, the browser and the reports.

import type { FindingKind, Item } from '../model/report.js';
import { FINDING_KINDS } from '../model/findings.js';

/** A short name, for column markers and filters: "phone number", "health". */
export const FINDING_LABELS: Record<FindingKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  'postal-address': 'postal address',
  iban: 'bank account (IBAN)',
  'payment-card': 'payment card number',
  'national-id': 'identity or passport number',
  health: 'health',
  religion: 'religion or belief',
  'political-opinion': 'political opinion',
  'trade-union': 'trade-union membership',
  'sexual-orientation': 'sexual orientation',
  'ethnic-origin': 'ethnic origin',
  'criminal-record': 'criminal record',
  'connection-name': 'name of a connection',
};

/** What items with such a finding do, after "3 posts": "contain a phone number", "mention health". */
export function findingPredicate(kind: FindingKind, plural: boolean): string {
  const label = FINDING_LABELS[kind];
  if (kind === 'connection-name') return plural ? 'name people in your network' : 'names people in your network';
  const contact = ['email', 'phone', 'postal-address', 'iban', 'payment-card', 'national-id'].includes(kind);
  if (contact) return `${plural ? 'contain' : 'contains'} ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
  return `${plural ? 'mention' : 'mentions'} ${label}`;
}

/** The kinds of an item's findings, each once, in the order of the kind list ("phone,health"); "" when none. */
export function findingKindsOf(item: Pick<Item, 'findings'>): string {
  const found = item.findings;
  if (!found || found.length === 0) return '';
  return FINDING_KINDS.filter((kind) => found.some((f) => f.kind === kind)).join(',');
}
