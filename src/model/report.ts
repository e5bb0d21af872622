// The one report model. Everything li-exposure prints (text, JSON, TUI) is a pure function of it.
// Documented for users in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on breaking changes.

export const REPORT_SCHEMA_VERSION = 2 as const;

import type { CategoryId } from './categories.js';
import type { FindingsSummary, ItemFinding } from './findings.js';

export type { CategoryId } from './categories.js';
export type { FindingKind, FindingsSummary, ItemFinding } from './findings.js';

export type ExposureLevel = 'likely' | 'possible' | 'unlikely';

export interface SourceRef {
  /** Entry path inside the archive (normalised, e.g. "Comments_12345678.csv"). */
  file: string;
  /** 1-based physical line where the record starts; null for whole-file items (articles). */
  line: number | null;
  /** Index into report.archives when several archives were scanned. */
  archive: number;
}

export interface Reason {
  text: string;
  /** Ids of entries in the policy's source register. */
  sources: string[];
}

export interface Item {
  /** Stable id: category, archive file, line and field, so the same export gives the same ids. */
  id: string;
  category: CategoryId;
  /** ISO 8601 (UTC, "Z") when the record carries a date; null when it has none or it did not parse. */
  date: string | null;
  /** Short label for structured records: a profile field name, an article title, a job title. */
  title: string | null;
  /** The member's text, raw (JSON keeps it unchanged; terminals get a sanitised copy). */
  text: string;
  url: string | null;
  source: SourceRef;
  /** Further columns worth showing (visibility, reaction type, status...), raw values. */
  details?: Record<string, string>;
  /** Filled by the exposure classifier. */
  exposure?: ExposureLevel;
  reasons?: Reason[];
  /** What the detectors found in `text`, sorted by start; absent when detection was off. */
  findings?: ItemFinding[];
}

export interface FileReport {
  path: string;
  archive: number;
  recognized: boolean;
  /** Catalogue id of the file type ("shares", "comments", "connections"...), null when unrecognised. */
  fileType: string | null;
  category: CategoryId | null;
  /** How the file was identified: by name, by header when renamed, or neither. */
  matchedBy: 'name' | 'header' | null;
  /** Data records (empty and skipped ones included). */
  records: number;
  emptyRecords: number;
  skippedRecords: number;
  /** Items created from this file (0 for counted-only private files). */
  items: number;
  /** Records that are LinkedIn's own notices (e.g. "videos can be downloaded at ..."), not member data: no item, not counted in a category. */
  notices: number;
  encoding: string | null;
  /** Member-ID suffix stripped from the name (2026 exports), e.g. "12345678". */
  memberId: string | null;
  /** Split-part index (Saved Jobs_2.csv -> 2), null when not split. */
  part: number | null;
  /**
   * "archive path: file" of the copy that was counted instead of this one: a byte-identical
   * copy (this one was not read), or the one file that held every record of this one.
   */
  duplicateOf: string | null;
  /** Its records (for Profile.csv: fields) that another copy of the file had already counted. */
  duplicateRecords: number;
}

export interface CategorySummary {
  id: CategoryId;
  label: string;
  /** Private categories are counted but their records are not copied into items by default. */
  private: boolean;
  total: number;
  /** Items listed in report.items (equals total unless private and not --all-items). */
  listed: number;
  likely: number;
  possible: number;
  unlikely: number;
  /** The file groups that fed the category, with their record counts. */
  fileGroups: Array<{ fileType: string; label: string; records: number; files: number }>;
}

export interface Warning {
  file: string | null;
  line: number | null;
  message: string;
  archive?: number;
}

export interface ArchiveInfo {
  path: string;
  kind: 'zip' | 'folder';
  /** From the file name (…_MM-DD-YYYY.zip), ISO YYYY-MM-DD; null when not found. */
  exportDate: string | null;
  /** "Basic" or "Complete" from the archive name, null otherwise. */
  variant: 'Basic' | 'Complete' | null;
  entries: number;
}

export interface ExposureContext {
  region: string;
  /** In words: "United States (other regions)", "Germany (EU, EEA and Switzerland)". */
  regionName: string;
  /** ISO 3166-1 alpha-2 code the region rests on, when one is known. */
  country: string | null;
  regionSource: string;
  optedOut: string | null;
  asOf: string;
  policyVersion: string;
  /** Birth year from Profile.csv, when given (exports since 2023 give none): the rules for minors apply only then. */
  birthYear: number | null;
}

/** A policy source that reasons cite by id: the original document (never a mirror or proxy). */
export interface ReportSource {
  id: string;
  title: string;
  publisher: string | null;
  date: string;
  url: string;
  kind: 'primary' | 'secondary' | null;
  /** Primary words known through a verbatim quotation. */
  quoted: boolean;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'li-exposure'; version: string };
  generatedAt: string;
  archives: ArchiveInfo[];
  context: ExposureContext | null;
  /** The policy's source register, so that reason source ids resolve; [] without a verdict. */
  sources: ReportSource[];
  files: FileReport[];
  summary: {
    categories: CategorySummary[];
    totals: { total: number; listed: number; likely: number; possible: number; unlikely: number };
    /** What the detectors found in the listed items; null when detection was off (--no-detect). */
    findings: FindingsSummary | null;
  };
  items: Item[];
  warnings: Warning[];
}

/** What a report says before its items (known once the profile has been read): streamed first. */
export type ReportHead = Pick<Report, 'schemaVersion' | 'tool' | 'generatedAt' | 'archives' | 'context' | 'sources'>;
