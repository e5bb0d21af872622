import { isCategoryId } from '../model/categories.js';
import { UsageError } from '../model/errors.js';
import type { CategoryId, ExposureLevel } from '../model/report.js';
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
  const report = await buildReport(paths, options, io, loadPolicy(options), undefined, { items: async (items) => lines.add(items) });
  const hidden = categories.filter((c) => {
    const summary = report.summary.categories.find((s) => s.id === c);
    return summary && summary.total > summary.listed;
  });
  let out: Buffer[] = renderer.header === null ? [] : [Buffer.from(renderer.header + renderer.eol)];
  let size = 0;
  for (const line of lines.sorted(report)) {
    out.push(line);
    size += line.length;
    if (size > 1 << 16) {
      io.stdout.write(Buffer.concat(out));
      out = [];
      size = 0;
    }
  }
  io.stdout.write(Buffer.concat(out));
  if (hidden.length) io.stderr.write(`Private categories ${hidden.join(', ')} are counted only; add --all-items to list their records.\n`);
  io.stderr.write(renderWarningsSummary(report));
  return 0;
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
