import { parseArchiveName } from '../archive/archive-name.js';
import type { OpenedArchive } from '../archive/entry.js';
import { InputError } from '../model/errors.js';
import { openArchive } from '../archive/open-archive.js';
import { category } from '../model/categories.js';
import type { FileResult } from '../linkedin/file-result.js';
import { fileKey } from '../linkedin/file-key.js';
import { ItemStream, annotateChatSides, classifyItems, type VerdictCounts } from './item-stream.js';
import { NO_PROFILE, profileFacts, type ProfileFacts } from '../exposure/profile-facts.js';
import { differentMemberIds } from './members.js';
import { byPath, fileLabel, planMerge, type MergePlan, type PlannedArchive } from './merge-plan.js';
import { ExportReader } from './read-archive.js';
import type { PreparedExposure, ScanOptions } from './contract.js';
import { Detection } from './detection.js';
import { connectionEntries, readConnectionNames } from './connection-names.js';

export type { ExposureSetup, PreparedExposure, ReportSink, ScanOptions, ScanProgress, Verdict } from './contract.js';
import type {
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
} from '../model/report.js';
import { CATEGORY_IDS } from '../model/categories.js';
import { REPORT_SCHEMA_VERSION } from '../model/report.js';
import { defined } from '../model/defined.js';

/**
 * The one entry point of every front end (each CLI command, the VS Code extension): scans one or
 * more archives into a report. Phase 1 reads every archive's profile, phase 2 prepares the
 * exposure step from it (the member's region decides the verdicts), phase 3 reads the rest and
 * streams the classified items to options.sink, or keeps them in the report without one.
 * Several exports of one member (a Basic and a Complete archive, exports of different dates)
 * are merged: each record is counted once (see merge-plan.ts).
 */
export async function scan(paths: string[], options: ScanOptions): Promise<Report> {
  const generatedAt = (options.now ?? new Date()).toISOString();
  const archives: PlannedArchive[] = [];
  for (const [index, path] of paths.entries()) {
    const opened = await openArchive(path, options.limits);
    const name = parseArchiveName(path);
    archives.push({ index, opened, info: { path, kind: opened.kind, exportDate: name.exportDate, variant: name.variant, entries: opened.entries.length } });
  }
  const runWarnings: Warning[] = [];
  const refuseOrWarn = (difference: string | null) => {
    if (!difference) return;
    if (!options.allowDifferentMembers) {
      throw new InputError(`${difference}. Scan each export on its own or, if they are all yours, add --allow-different-members to merge them anyway.`);
    }
    runWarnings.push({ file: null, line: null, message: `${difference}; merged anyway (--allow-different-members)` });
  };
  refuseOrWarn(differentMemberIds(archives));

  const plan = await planMerge(archives);
  const stream = options.sink ? new ItemStream(options.sink, options.exposure, generatedAt, options.toolVersion) : null;
  stream?.archives.push(...archives.map((a) => a.info));
  const reader = new ExportReader(plan, options, stream);
  let prepared: PreparedExposure | null;
  let facts: ProfileFacts = NO_PROFILE;
  let detection: Detection | null = null;
  try {
    // Every archive's profile first: the location it holds decides the verdicts, and its name
    // must be the same member's in all of them.
    for (const archive of plan.order) {
      await reader.read(archive, 'first');
      if (defined(plan.reading.get(archive.index)).rest.length === 0 && !reader.recognisedAny(archive)) throw noLinkedInFiles(archive.info.path, archive.opened);
    }
    refuseOrWarn(reader.names.differ());
    detection = options.detect && options.exposure ? await memberDetection(plan, options) : null;
    if (stream) {
      stream.detection = detection;
      await stream.start();
      prepared = stream.prepared;
      facts = stream.facts;
    } else {
      facts = profileFacts(reader.profileItems());
      prepared = options.exposure?.prepare(facts) ?? null;
      if (prepared) detection?.prepare(prepared.context);
    }
    for (const archive of plan.order) {
      await reader.read(archive, 'rest');
      if (!reader.recognisedAny(archive)) throw noLinkedInFiles(archive.info.path, archive.opened);
    }
  } catch (error) {
    stream?.close();
    throw error;
  }
  const report = assembleReport(archives, plan, reader, { options, generatedAt, prepared, stream, runWarnings, facts, detection });
  await options.sink?.end?.(report);
  return report;
}

/** The detectors for this member: the names of their connections are read first, when needed. */
async function memberDetection(plan: MergePlan, options: ScanOptions): Promise<Detection> {
  const settings = defined(options.detect);
  const names = Detection.wantsConnections(settings) ? await readConnectionNames(connectionEntries(plan), options.limits) : [];
  return new Detection(settings, names);
}

function noLinkedInFiles(path: string, opened: OpenedArchive): InputError {
  const names = opened.entries.map((e) => e.path);
  if (names.length === 0) {
    return new InputError(`${path} holds no files. A LinkedIn export holds CSV files such as Profile.csv, Connections.csv and Shares.csv.`);
  }
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} files)` : '');
  return new InputError(`${path} holds no LinkedIn export files (found: ${shown}). Expected CSV files such as Profile.csv, Connections.csv and Shares.csv.`);
}

function emptyCategory(id: CategoryId): CategorySummary {
  return {
    id,
    label: category(id).label,
    private: category(id).private,
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

/** What a file added to its category: listed items and counted records. */
function contribution(result: FileResult): number {
  return result.items.length + result.streamedItems + result.countedDates.length + result.countedUndated;
}

interface AssembleSetup {
  options: ScanOptions;
  generatedAt: string;
  prepared: PreparedExposure | null;
  stream: ItemStream | null;
  runWarnings: Warning[];
  facts: ProfileFacts;
  detection: Detection | null;
}

function assembleReport(archives: PlannedArchive[], plan: MergePlan, reader: ExportReader, setup: AssembleSetup): Report {
  const { options, generatedAt, prepared, stream } = setup;
  const files: FileReport[] = [];
  const warnings: Warning[] = [];
  const items: Item[] = [];
  const counted: Array<{ category: CategoryId; dates: Array<string | null>; undated: number }> = [];
  const categories = new Map<CategoryId, CategorySummary>(CATEGORY_IDS.map((id) => [id, emptyCategory(id)]));

  for (const archive of archives) {
    const index = archive.index;
    for (const skipped of archive.opened.skipped) {
      warnings.push({ file: skipped.path, line: null, archive: index, message: skipped.reason });
    }
    // In name order, however the files were read.
    for (const entry of [...archive.opened.entries].sort(byPath)) {
      // A byte-identical copy of a file read elsewhere was not read: it holds what that file holds.
      const twin = plan.twins.get(entry);
      const result = defined(reader.results.get(twin ? twin.entry : entry));
      const overlap = reader.overlaps.get(twin ? twin.entry : entry);
      // A copy of a file that was itself wholly a duplicate names the file that was counted.
      const duplicateOf = overlap?.duplicateOf ?? (twin ? fileLabel(twin) : null);
      const fileKeyInfo = fileKey(entry.path);
      files.push({
        path: entry.path,
        archive: index,
        recognized: result.recognized,
        fileType: result.fileType,
        category: result.category,
        matchedBy: result.matchedBy,
        records: result.records,
        emptyRecords: result.emptyRecords,
        skippedRecords: result.skippedRecords,
        notices: result.notices,
        items: twin ? 0 : result.items.length + result.streamedItems,
        encoding: result.encoding,
        memberId: fileKeyInfo.memberId,
        part: fileKeyInfo.part,
        duplicateOf,
        duplicateRecords: (twin ? contribution(result) : 0) + (overlap?.duplicateRecords ?? 0),
      });
      if (twin) continue;
      warnings.push(...result.warnings);
      if (!result.recognized || !result.category) {
        warnings.push({ file: result.path, line: null, archive: index, message: `unrecognised file: ${result.records} records not assigned to any category` });
        continue;
      }
      if (duplicateOf) continue; // every record was counted from that file
      const summary = defined(categories.get(result.category));
      const listed = result.items.length + result.streamedItems;
      const contributed = contribution(result);
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
  }
  warnings.push(...setup.runWarnings);

  let context: ExposureContext | null = null;
  annotateChatSides(items, setup.facts.name);
  if (prepared) {
    context = prepared.context;
    if (prepared.warning) warnings.push({ file: null, line: null, message: prepared.warning });
    // Streamed items were classified as they were read; the others are now.
    const verdicts: VerdictCounts = stream?.tally ?? new Map();
    classifyItems(items, prepared, verdicts, setup.detection);
    for (const [category, counts] of verdicts) {
      const summary = defined(categories.get(category));
      for (const level of ['likely', 'possible', 'unlikely'] as const) summary[level] += counts[level];
    }
    for (const { category, dates, undated } of counted) {
      const summary = defined(categories.get(category));
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
    summary: { categories: summaries, totals, findings: prepared ? (setup.detection?.summary() ?? null) : null },
    items,
    warnings,
  };
}
