// The scan's contract with its callers: what a front end passes to scan() and the
// exposure step it plugs in. Types only, so the scan's own files can import them without a circle.
import type { ArchiveLimits } from '../archive/limits.js';
import type { ProfileFacts } from '../exposure/profile-facts.js';
import type { Qualifiers } from '../exposure/qualifiers.js';
import type { DetectSettings } from './detection.js';

export type { DetectSettings } from './detection.js';
import type { CategoryId, ExposureContext, ExposureLevel, Item, Reason, Report, ReportHead, ReportSource } from '../model/report.js';

export interface Verdict {
  exposure: ExposureLevel;
  reasons: Reason[];
}

/** The exposure step, decided once the profile (and so the member's location) has been read. */
export interface ExposureSetup {
  prepare(profile: ProfileFacts): PreparedExposure;
}

export interface PreparedExposure {
  context: ExposureContext;
  sources: ReportSource[];
  warning: string | null;
  classify(category: CategoryId, date: string | null, qualifiers?: Qualifiers): Verdict;
}

export interface ScanProgress {
  archive: string;
  file: string;
  filesDone: number;
  filesTotal: number;
  records: number;
}

export interface ScanOptions {
  toolVersion: string;
  /** Copy private records (messages, contacts...) into items too. */
  allItems?: boolean;
  /** Categories the policy never exposes and that are not listed: counted on the cheap path. */
  countOnly?: ReadonlySet<CategoryId>;
  exposure?: ExposureSetup;
  onProgress?: (progress: ScanProgress) => void;
  now?: Date;
  limits?: ArchiveLimits;
  /**
   * Streams the items instead of keeping them (see ReportSink): report.items then comes back
   * empty, and memory stays flat however many items there are (merging several archives keeps a
   * 32-byte hash per record of the files that have copies, nothing more).
   */
  sink?: ReportSink;
  /**
   * Run the sensitive-content detectors on every listed item (Item.findings, summary.findings);
   * off when absent. They need the exposure step: the member's region is the phones' default country.
   */
  detect?: DetectSettings;
  /** Merge archives even when their member IDs or profile names say they are different people's. */
  allowDifferentMembers?: boolean;
}

/**
 * Where a streaming scan sends its report, in this order: head() once, when the profile has been
 * read and the verdicts can be decided; items() for each batch, classified, while the archives are
 * read; end() once with the counts, files and warnings (and no items).
 */
export interface ReportSink {
  head?(head: ReportHead): Promise<void> | void;
  items(items: Item[], head: ReportHead): Promise<void>;
  end?(report: Report): Promise<void> | void;
}
