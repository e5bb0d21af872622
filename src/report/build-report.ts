import { parseArchiveName } from '../archive/archive-name.js';
import type { ArchiveEntry, OpenedArchive } from '../archive/entry.js';
import { EntryDamagedError, InputError } from '../archive/entry.js';
import { specsForKey } from '../export/catalogue.js';
import type { ReadContext } from '../export/file-result.js';
import { openArchive } from '../archive/open-archive.js';
import type { ArchiveLimits } from '../archive/limits.js';
import { CATEGORY_LABELS } from '../export/categories.js';
import type { FileResult } from '../export/file-result.js';
import { PRIVATE_CATEGORIES, emptyFileResult } from '../export/file-result.js';
import { baseName, fileKey } from '../export/file-key.js';
import { readEntry } from '../export/read-entry.js';
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
  Warning,
} from './model.js';
import { CATEGORY_IDS, REPORT_SCHEMA_VERSION } from './model.js';

export interface Verdict {
  exposure: ExposureLevel;
  reasons: Reason[];
}

/** The exposure step, decided once the profile (and so the member's location) has been read. */
export interface ExposureSetup {
  prepare(profile: { geoLocation: string | null }): {
    context: ExposureContext;
    warning: string | null;
    classify(category: CategoryId, date: string | null): Verdict;
  };
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
}

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

interface ReadArchive {
  info: ArchiveInfo;
  opened: OpenedArchive;
  results: FileResult[];
}

/** Scans one or more archives (a Basic and a Complete one of the same export merge). */
export async function scanArchives(paths: string[], options: ScanOptions): Promise<Report> {
  const archives: ReadArchive[] = [];
  let recordsSoFar = 0;
  for (const [index, path] of paths.entries()) {
    const opened = await openArchive(path, options.limits);
    const name = parseArchiveName(path);
    const info: ArchiveInfo = { path, kind: opened.kind, exportDate: name.exportDate, variant: name.variant, entries: opened.entries.length };
    // Numeric-aware, so split parts come in order: Saved Jobs.csv, _1, _2, ..., _10.
    const entries = [...opened.entries].sort((a, b) => COLLATOR.compare(a.path, b.path));
    const results: FileResult[] = [];
    for (const [done, entry] of entries.entries()) {
      const report = (inFile: number) =>
        options.onProgress?.({ archive: path, file: entry.path, filesDone: done, filesTotal: entries.length, records: recordsSoFar + inFile });
      report(0);
      const result = await readEntrySafely(entry, {
        archive: index,
        allItems: options.allItems === true,
        countOnly: options.countOnly,
        onRecords: options.onProgress ? report : undefined,
      });
      recordsSoFar += result.records;
      results.push(result);
    }
    if (!results.some((r) => r.recognized)) throw noLinkedInFiles(path, opened);
    archives.push({ info, opened, results });
  }
  return assembleReport(archives, options);
}

/** A damaged entry is reported and skipped; the other files are still read. */
async function readEntrySafely(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  try {
    return await readEntry(entry, context);
  } catch (error) {
    if (!(error instanceof EntryDamagedError)) throw error;
    const result = emptyFileResult(entry.path, specsForKey(fileKey(entry.path).key)[0]);
    result.warnings.push({ file: entry.path, line: null, archive: context.archive, message: `not read: ${error.message}` });
    return result;
  }
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

function findGeoLocation(items: Item[]): string | null {
  const field = items.find((i) => i.category === 'profile' && i.title?.toLowerCase() === 'geo location');
  return field?.text ?? null;
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

function assembleReport(archives: ReadArchive[], options: ScanOptions): Report {
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
    for (const result of archive.results) {
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
        items: duplicate ? 0 : result.items.length,
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
      const contributed = result.items.length + result.countedDates.length + result.countedUndated;
      summary.total += contributed;
      summary.listed += result.items.length;
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
  if (options.exposure) {
    const prepared = options.exposure.prepare({ geoLocation: findGeoLocation(items) });
    context = prepared.context;
    if (prepared.warning) warnings.push({ file: null, line: null, message: prepared.warning });
    for (const item of items) {
      const verdict = prepared.classify(item.category, item.date);
      item.exposure = verdict.exposure;
      item.reasons = verdict.reasons;
      categories.get(item.category)![verdict.exposure]++;
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
    generatedAt: (options.now ?? new Date()).toISOString(),
    archives: archives.map((a) => a.info),
    context,
    files,
    summary: { categories: summaries, totals },
    items,
    warnings,
  };
}
