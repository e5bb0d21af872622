import { isCategoryId } from '../model/categories.js';
import { UsageError } from '../model/errors.js';
import type { CategoryId, ExposureLevel, Report } from '../model/report.js';
import { CATEGORY_IDS } from '../model/categories.js';
import { ListLines } from '../render/list.js';
import { isListFormat, itemRenderer, LIST_FORMATS } from '../render/registry.js';
import { renderWarningsSummary } from '../render/text.js';
import type { Io } from './io.js';
import type { ScanCommandOptions } from './scan.js';
import { buildReport } from './scan.js';
import { loadPolicy } from '../exposure/load-policy.js';
import { detectSettings, parseFindingKinds } from './detect-options.js';
import { DETECTORS } from '../detect/index.js';
import { writeChunk } from '../render/json.js';

export interface ListCommandOptions extends ScanCommandOptions {
  category?: string;
  exposure?: string;
  format?: string;
  finding?: string;
}

const LEVELS: ExposureLevel[] = ['likely', 'possible', 'unlikely'];

export function parseCategoryList(value: string | undefined): CategoryId[] {
  if (!value) return [];
  return value.split(',').map((raw) => {
    const id = raw.trim().toLowerCase();
    if (!isCategoryId(id)) throw new UsageError(`--category: unknown category "${raw.trim()}" (one of: ${CATEGORY_IDS.join(', ')})`);
    return id;
  });
}

export function parseExposureList(value: string | undefined): ExposureLevel[] {
  if (!value) return [];
  return value.split(',').map((raw) => {
    const level = raw.trim().toLowerCase() as ExposureLevel;
    if (!LEVELS.includes(level)) throw new UsageError(`--exposure: unknown level "${raw.trim()}" (one of: ${LEVELS.join(', ')})`);
    return level;
  });
}

export async function runList(paths: string[], options: ListCommandOptions, io: Io): Promise<number> {
  const categories = parseCategoryList(options.category);
  const exposure = parseExposureList(options.exposure);
  const format = (options.format ?? 'tsv').trim().toLowerCase();
  if (!isListFormat(format)) throw new UsageError(`--format: unknown format "${options.format}" (one of: ${LIST_FORMATS.join(', ')})`);
  const renderer = itemRenderer(format);
  const findings = parseFindingKinds(options.finding);
  checkFindingsDetected(findings, options.detect);
  // Streamed: only each item's output line and sort key are kept, not its text.
  const lines = new ListLines({ categories, exposure, findings }, (item) => renderer.record(item) + renderer.eol);
  let report: Report;
  try {
    report = await buildReport(paths, options, io, loadPolicy(options), undefined, { items: async (items) => lines.add(items) });
  } catch (error) {
    lines.close();
    throw error;
  }
  const hidden = categories.filter((c) => {
    const summary = report.summary.categories.find((s) => s.id === c);
    return summary && summary.total > summary.listed;
  });
  try {
    await writeLines(io, renderer.header === null ? null : renderer.header + renderer.eol, lines.sorted(report));
  } finally {
    lines.close();
  }
  if (hidden.length) io.stderr.write(`Private categories ${hidden.join(', ')} are counted only; add --all-items to list their records.\n`);
  io.stderr.write(renderWarningsSummary(report));
  return 0;
}

/** The header and the lines (in buffers of a few MB) to stdout. */
async function writeLines(io: Io, header: string | null, chunks: Iterable<Buffer>): Promise<void> {
  if (header !== null) await writeChunk(io.stdout, header);
  for (const chunk of chunks) await writeChunk(io.stdout, chunk);
}

/** --finding asks for kinds that the detectors chosen (--detect, --no-detect) would never report. */
function checkFindingsDetected(kinds: string[], detect: string | boolean | undefined): void {
  if (kinds.length === 0) return;
  const settings = detectSettings(detect);
  if (!settings) throw new UsageError('--finding needs the detectors: leave out --no-detect');
  const running = DETECTORS.filter((d) => !settings.only || settings.only.includes(d.id));
  const missing = kinds.filter((kind) => !running.some((d) => (d.kinds as readonly string[]).includes(kind)));
  if (missing.length) {
    const by = DETECTORS.filter((d) => missing.some((kind) => (d.kinds as readonly string[]).includes(kind))).map((d) => d.id);
    throw new UsageError(`--finding ${missing.join(',')}: add ${by.join(',')} to --detect (those kinds are not looked for)`);
  }
}
