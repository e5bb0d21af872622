// What the detectors (src/detect) found in the items: the ids of detectors and finding kinds, a
// finding as the report keeps it, and the summary counts. A finding points into its item's text
// and never copies the matched value.

export const DETECTOR_IDS = [
  'email',
  'phone',
  'postal-address',
  'iban',
  'payment-card',
  'national-id',
  'passport',
  'special-categories',
  'connection-names',
] as const;
export type DetectorId = (typeof DETECTOR_IDS)[number];

export const FINDING_KINDS = [
  'email',
  'phone',
  'postal-address',
  'iban',
  'payment-card',
  'national-id',
  'health',
  'religion',
  'political-opinion',
  'trade-union',
  'sexual-orientation',
  'ethnic-origin',
  'criminal-record',
  'connection-name',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export function isFindingKind(value: string): value is FindingKind {
  return (FINDING_KINDS as readonly string[]).includes(value);
}

/** One finding in Item.findings: item.text.slice(start, end) (UTF-16 offsets) is what was found. */
export interface ItemFinding {
  detector: DetectorId;
  kind: FindingKind;
  start: number;
  end: number;
  /** What was recognised, never the value: an identifier scheme ("fr-nir", "passport"), "pregnancy", "disability". */
  detail?: string;
}

/** Listed items with at least one finding of a kind (or of any kind), by verdict. */
export interface FindingCounts {
  /** Items, whatever their verdict (those without one included). */
  items: number;
  likely: number;
  possible: number;
  unlikely: number;
}

export interface FindingKindSummary extends FindingCounts {
  kind: FindingKind;
  /** Findings of this kind (an item may hold several). */
  findings: number;
  /** The same counts per category (categories without such an item are left out). */
  categories: Array<FindingCounts & { id: string }>;
}

export interface FindingsSummary {
  /** The detectors that ran (--detect picks them). */
  detectors: DetectorId[];
  /** Listed items with any finding. */
  withFindings: FindingCounts;
  /** One entry per kind found, in FINDING_KINDS order. */
  kinds: FindingKindSummary[];
  /** Distinct connections named in posts, comments and articles (never who they are). */
  people: number;
}
