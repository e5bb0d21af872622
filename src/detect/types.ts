// The shapes shared by every detector. A Finding points into the item's text (UTF-16 offsets, as
// String.prototype.slice takes them) and never copies the matched value.

import type { DetectorId, FindingKind } from '../model/findings.js';

export { DETECTOR_IDS, FINDING_KINDS, type DetectorId, type FindingKind } from '../model/findings.js';

/** The special categories a lexicon entry can signal; pregnancy and disability are reported as kind "health". */
export const LEXICON_CATEGORIES = [
  'health',
  'pregnancy',
  'disability',
  'religion',
  'political-opinion',
  'trade-union',
  'sexual-orientation',
  'ethnic-origin',
  'criminal-record',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export interface Finding {
  detector: DetectorId;
  kind: FindingKind;
  /** Offsets into item.text: text.slice(start, end) is the match. */
  start: number;
  end: number;
  /**
   * What was recognised, never the value: the identifier scheme for national-id ("fr-nir",
   * "passport"...), "pregnancy" or "disability" for those health findings.
   */
  detail?: string;
  /** connection-name only: an opaque number, the same for every mention of one connection. */
  person?: number;
}

/** The policy regions of li-exposure (the CategoryId and RegionId types stay in their own modules). */
export type DetectRegion = 'EU' | 'UK' | 'CA' | 'HK' | 'CN' | 'OTHER';

export interface DetectItem {
  text: string;
  /** The report category (CategoryId): connection names are looked for in posts, comments and articles only. */
  category: string;
  title?: string | null;
}

/** What a detector may ask about the item it looks at; computed lazily, at most once per item. */
export interface DetectContext {
  readonly category: string;
  readonly member: MemberSetup;
  /** The words of the text (words.ts). */
  words(): import('./words.js').TextWords;
  /** The item's language ("en", "fr"...) or null when unsure. */
  language(): string | null;
  /**
   * The text with web addresses blanked out (same length, same offsets), or null when no digit
   * is left: what the detectors of numbers look at, so the digits of a link are never a phone.
   */
  numbers(): string | null;
}

/** Everything prepared once per member (per createDetectors call). */
export interface MemberSetup {
  region: DetectRegion;
  /** ISO 3166-1 alpha-2, upper case, when known. */
  country: string | null;
  connections: import('./connection-index.js').ConnectionIndex | null;
}

export interface Detector {
  id: DetectorId;
  label: string;
  /** The kinds this detector reports. */
  kinds: readonly FindingKind[];
  find(text: string, context: DetectContext): Finding[];
}
