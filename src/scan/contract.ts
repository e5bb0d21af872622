// The scan's contract with its callers: what a front end passes to scanArchives() and the
// exposure step it plugs in. Types only, so the scan's own files can import them without a circle.
import type { ArchiveLimits } from '../archive/limits.js';
import type { ProfileFacts } from '../exposure/profile-facts.js';
import type { Qualifiers } from '../exposure/qualifiers.js';
import type { CategoryId, ExposureContext, ExposureLevel, Item, Reason, ReportHead, ReportSource } from '../model/report.js';

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
   * Streams the items instead of keeping them: they are passed here, classified, in batches
   * while the archives are read, and report.items comes back empty. Memory then stays flat
   * however many items there are (merging several archives keeps a 32-byte hash per record of
   * the files that have copies, nothing more).
   */
  onItems?: (items: Item[], head: ReportHead) => Promise<void>;
  /** Merge archives even when their member IDs or profile names say they are different people's. */
  allowDifferentMembers?: boolean;
}
