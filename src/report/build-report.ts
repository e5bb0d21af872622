import { parseArchiveName } from '../archive/archive-name.js';
import type { OpenedArchive } from '../archive/entry.js';
import { InputError } from '../archive/entry.js';
import { openArchive } from '../archive/open-archive.js';
import type { ArchiveLimits } from '../archive/limits.js';
import { CATEGORY_LABELS } from '../export/categories.js';
import type { FileResult } from '../export/file-result.js';
import { PRIVATE_CATEGORIES } from '../export/file-result.js';
import { baseName, fileKey } from '../export/file-key.js';
import { ItemStream, annotateChatSides, classifyItems, type VerdictCounts } from './item-stream.js';
import { profileFacts, type ProfileFacts } from '../exposure/profile-facts.js';
import type { Qualifiers } from '../exposure/qualifiers.js';
import { isProfileFile, readArchiveEntries } from './read-archive.js';
import type {
  ArchiveInfo,
  CategoryId,
  CategorySummary,
  ExposureContext,
  ExposureLevel,
  FileReport,
  Item,
  Reason,
  Report,
  ReportSource,
  ReportHead,
  Warning,
} from './model.js';
import { CATEGORY_IDS, REPORT_SCHEMA_VERSION } from './model.js';

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
   * while the archive is read, and report.items comes back empty. Memory then stays flat however
   * many items there are. Several archives are merged first (a file in both counts once), so
   * their items are passed in one batch at the end.
   */
  onItems?: (items: Item[], head: ReportHead) => Promise<void>;
}

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

interface ReadArchive {
  info: ArchiveInfo;
  opened: OpenedArchive;
  results: FileResult[];
}

/** Scans one or more archives (a Basic and a Complete one of the same export merge). */
export async function scanArchives(paths: string[], options: ScanOptions): Promise<Report> {
  const generatedAt = (options.now ?? new Date()).toISOString();
  const stream = options.onItems && paths.length === 1 ? new ItemStream(options.onItems, options.exposure, generatedAt, options.toolVersion) : null;
  const archives: ReadArchive[] = [];
  for (const [index, path] of paths.entries()) {
    const opened = await openArchive(path, options.limits);
    const name = parseArchiveName(path);
    const info: ArchiveInfo = { path, kind: opened.kind, exportDate: name.exportDate, variant: name.variant, entries: opened.entries.length };
    stream?.archives.push(info);
    // Numeric-aware, so split parts come in order: Saved Jobs.csv, _1, _2, ..., _10. When
    // streaming, the profile comes first: it holds the location the verdicts depend on.
    const entries = [...opened.entries].sort((a, b) => (stream ? Number(isProfileFile(b)) - Number(isProfileFile(a)) : 0) || COLLATOR.compare(a.path, b.path));
    let results: FileResult[];
    try {
      results = await readArchiveEntries(entries, path, index, options, stream);
    } catch (error) {
      stream?.close();
      throw error;
    }
    if (!results.some((r) => r.recognized)) throw noLinkedInFiles(path, opened);
    archives.push({ info, opened, results });
  }
  await stream?.start();
  const report = assembleReport(archives, options, generatedAt, stream);
  if (options.onItems && !stream) {
    if (report.items.length) await options.onItems(report.items, report);
    report.items = [];
  }
  return report;
}

function noLinkedInFiles(path: string, opened: OpenedArchive): InputError {
  const names = opened.entries.map((e) => e.path);
  if (names.length === 0) {
    return new InputError(`${path} holds no files. A LinkedIn export holds CSV files such as Profile.csv, Connections.csv and Shares.csv.`);
  }
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} files)` : '');
  return new InputError(`${path} holds no LinkedIn export files (found: ${shown}). Expected CSV files such as Profile.csv, Connections.csv and Shares.csv.`);
}

/** Same logical file in several archives: count the Complete / newer / fuller copy only. */
function logicalKey(result: FileResult): string | null {
  if (!result.recognized) return null;
  const { key, part } = fileKey(result.path);
  return result.fileType === 'articles' ? `articles/${baseName(result.path)}` : `${key}#${part ?? 0}`;
}

function preference(archive: ReadArchive, result: FileResult): [number, string, number] {
  return [archive.info.variant === 'Complete' ? 1 : 0, archive.info.exportDate ?? '', result.records];
}

function isBetter(a: [number, string, number], b: [number, string, number]): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] > b[1];
  return a[2] > b[2];
}

function findDuplicates(archives: ReadArchive[]): Map<FileResult, string> {
  const duplicateOf = new Map<FileResult, string>();
  if (archives.length < 2) return duplicateOf;
  const best = new Map<string, { archive: ReadArchive; result: FileResult }>();
  for (const archive of archives) {
    for (const result of archive.results) {
      const key = logicalKey(result);
      if (!key) continue;
      const current = best.get(key);
      if (!current) best.set(key, { archive, result });
      else if (current.archive !== archive && isBetter(preference(archive, result), preference(current.archive, current.result))) {
        best.set(key, { archive, result });
      }
    }
  }
  for (const archive of archives) {
    for (const result of archive.results) {
      const key = logicalKey(result);
      if (!key) continue;
      const winner = best.get(key)!;
      if (winner.archive !== archive) duplicateOf.set(result, `${winner.archive.info.path}: ${winner.result.path}`);
    }
  }
  return duplicateOf;
}

function emptyCategory(id: CategoryId): CategorySummary {
  return {
    id,
    label: CATEGORY_LABELS[id],
    private: PRIVATE_CATEGORIES.has(id),
    total: 0,
    listed: 0,
    likely: 0,
    possible: 0,
    unlikely: 0,
    fileGroups: [],
  };
}

/** The summary's totals: each count added up over the categories. */
export function summaryTotals(categories: CategorySummary[]): Report['summary']['totals'] {
  const totals = { total: 0, listed: 0, likely: 0, possible: 0, unlikely: 0 };
  for (const c of categories) {
    totals.total += c.total;
    totals.listed += c.listed;
    totals.likely += c.likely;
    totals.possible += c.possible;
    totals.unlikely += c.unlikely;
  }
  return totals;
}

function assembleReport(archives: ReadArchive[], options: ScanOptions, generatedAt: string, stream: ItemStream | null): Report {
  const duplicateOf = findDuplicates(archives);
  const files: FileReport[] = [];
  const warnings: Warning[] = [];
  const items: Item[] = [];
  const counted: Array<{ category: CategoryId; dates: Array<string | null>; undated: number }> = [];
  const categories = new Map<CategoryId, CategorySummary>(CATEGORY_IDS.map((id) => [id, emptyCategory(id)]));

  archives.forEach((archive, index) => {
    for (const skipped of archive.opened.skipped) {
      warnings.push({ file: skipped.path, line: null, archive: index, message: skipped.reason });
    }
    // In name order, however the files were read.
    for (const result of [...archive.results].sort((a, b) => COLLATOR.compare(a.path, b.path))) {
      const duplicate = duplicateOf.get(result) ?? null;
      const fileKeyInfo = fileKey(result.path);
      files.push({
        path: result.path,
        archive: index,
        recognized: result.recognized,
        fileType: result.fileType,
        category: result.category,
        matchedBy: result.matchedBy,
        records: result.records,
        emptyRecords: result.emptyRecords,
        skippedRecords: result.skippedRecords,
        notices: result.notices,
        items: duplicate ? 0 : result.items.length + result.streamedItems,
        encoding: result.encoding,
        memberId: fileKeyInfo.memberId,
        part: fileKeyInfo.part,
        duplicateOf: duplicate,
      });
      if (duplicate) continue;
      warnings.push(...result.warnings);
      if (!result.recognized || !result.category) {
        warnings.push({ file: result.path, line: null, archive: index, message: `unrecognised file: ${result.records} records not assigned to any category` });
        continue;
      }
      const summary = categories.get(result.category)!;
      const listed = result.items.length + result.streamedItems;
      const contributed = listed + result.countedDates.length + result.countedUndated;
      summary.total += contributed;
      summary.listed += listed;
      const group = summary.fileGroups.find((g) => g.fileType === result.fileType);
      if (group) {
        group.records += contributed;
        group.files += 1;
      } else {
        summary.fileGroups.push({ fileType: result.fileType!, label: result.fileLabel ?? result.fileType!, records: contributed, files: 1 });
      }
      for (const item of result.items) items.push(item);
      if (result.countedDates.length || result.countedUndated) {
        counted.push({ category: result.category, dates: result.countedDates, undated: result.countedUndated });
      }
    }
  });

  let context: ExposureContext | null = null;
  const facts = stream ? stream.facts : profileFacts(items);
  annotateChatSides(items, facts.name);
  const prepared = stream ? stream.prepared : (options.exposure?.prepare(facts) ?? null);
  if (prepared) {
    context = prepared.context;
    if (prepared.warning) warnings.push({ file: null, line: null, message: prepared.warning });
    // Streamed items were classified as they were read; the others are now.
    const verdicts: VerdictCounts = stream?.tally ?? new Map();
    classifyItems(items, prepared, verdicts);
    for (const [category, counts] of verdicts) {
      const summary = categories.get(category)!;
      for (const level of ['likely', 'possible', 'unlikely'] as const) summary[level] += counts[level];
    }
    for (const { category, dates, undated } of counted) {
      const summary = categories.get(category)!;
      for (const date of dates) summary[prepared.classify(category, date).exposure]++;
      if (undated) summary[prepared.classify(category, null).exposure] += undated;
    }
  }

  const summaries = [...categories.values()];
  const totals = summaryTotals(summaries);

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'li-exposure', version: options.toolVersion },
    generatedAt,
    archives: archives.map((a) => a.info),
    context,
    sources: prepared?.sources ?? [],
    files,
    summary: { categories: summaries, totals },
    items,
    warnings,
  };
}
