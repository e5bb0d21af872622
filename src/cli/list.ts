import { isCategoryId } from '../model/categories.js';
import { UsageError } from '../model/errors.js';
import type { CategoryId, ExposureLevel } from '../model/report.js';
import { CATEGORY_IDS } from '../model/categories.js';
import { ListLines } from '../render/list.js';
import { renderWarningsSummary } from '../render/text.js';
import type { Io } from './io.js';
import type { ScanCommandOptions } from './scan.js';
import { buildReport } from './scan.js';
import { loadPolicy } from '../exposure/load-policy.js';

export interface ListCommandOptions extends ScanCommandOptions {
  category?: string;
  exposure?: string;
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
  // Streamed: only each item's line and sort key are kept, not its text.
  const lines = new ListLines({ categories, exposure });
  const report = await buildReport(paths, options, io, loadPolicy(options), undefined, { items: async (items) => lines.add(items) });
  const hidden = categories.filter((c) => {
    const summary = report.summary.categories.find((s) => s.id === c);
    return summary && summary.total > summary.listed;
  });
  let out: Buffer[] = [];
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
