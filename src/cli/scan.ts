import { DEFAULT_LIMITS, parseSize, type ArchiveLimits } from '../archive/limits.js';
import { UsageError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { scan, type ReportSink, type ScanProgress } from '../scan/scan.js';
import { renderScanText, renderWarningsSummary } from '../render/text.js';
import { COLOR_STYLE, PLAIN_STYLE, colorEnabled } from '../render/style.js';
import { openOutputFile, type OutputFile } from '../io/write-file-atomic.js';
import { inputClash } from '../io/input-clash.js';
import { ReportJsonWriter, writeChunk } from '../render/json.js';
import { InputError } from '../model/errors.js';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toolVersion } from '../model/tool-version.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { ContextOptions } from '../exposure/setup.js';
import { loadPolicy } from '../exposure/load-policy.js';
import { exposureSetup } from '../exposure/setup.js';
import type { Io } from './io.js';
import { whatYouCanDo } from '../render/policy.js';
import type { Policy } from '../exposure/policy-schema.js';
import { neverExposedCategories } from '../exposure/never-exposed.js';
import { detectSettings } from './detect-options.js';

export interface ScanCommandOptions extends ContextOptions {
  json?: boolean;
  out?: string;
  allItems?: boolean;
  allowDifferentMembers?: boolean;
  color?: boolean;
  progress?: boolean;
  maxInflated?: string;
  maxRatio?: string;
  maxRecords?: string;
  maxWarnings?: string;
  /** --detect <ids> (a string), --no-detect (false); absent: every detector. */
  detect?: string | boolean;
}

function positiveCount(option: string, text: string): number {
  const value = Number(text.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`${option} expects a whole number of at least 1, got "${text}"`);
  return value;
}

/** --max-inflated / --max-ratio / --max-records / --max-warnings on top of the defaults. */
export function archiveLimits(options: ScanCommandOptions): ArchiveLimits {
  const limits = { ...DEFAULT_LIMITS };
  if (options.maxInflated !== undefined) {
    const bytes = parseSize(options.maxInflated);
    if (bytes === null || bytes <= 0) throw new UsageError(`--max-inflated expects a size such as 20GB or 500MB, got "${options.maxInflated}"`);
    limits.maxTotalBytes = bytes;
    limits.maxEntryBytes = Math.max(limits.maxEntryBytes, bytes);
  }
  if (options.maxRatio !== undefined) {
    const ratio = Number(options.maxRatio);
    if (!Number.isFinite(ratio) || ratio < 1) throw new UsageError(`--max-ratio expects a number of at least 1, got "${options.maxRatio}"`);
    limits.maxRatio = ratio;
  }
  if (options.maxRecords !== undefined) limits.maxRecords = positiveCount('--max-records', options.maxRecords);
  if (options.maxWarnings !== undefined) limits.maxWarnings = positiveCount('--max-warnings', options.maxWarnings);
  return limits;
}

/**
 * Reads the archives into a report: every command's one call of scan(). With a sink, the items
 * are streamed there instead of being kept in the report (see ReportSink).
 */
export async function buildReport(
  paths: string[],
  options: ScanCommandOptions,
  io: Io,
  policy: Policy,
  now = new Date(),
  sink?: ReportSink,
): Promise<Report> {
  const progress = options.progress !== false && io.stderr.isTTY === true ? progressPrinter(io) : undefined;
  try {
    return await scan(paths, {
      toolVersion: toolVersion(),
      allItems: options.allItems === true,
      allowDifferentMembers: options.allowDifferentMembers === true,
      countOnly: options.allItems ? undefined : neverExposedCategories(policy),
      exposure: exposureSetup(options, policy, now),
      detect: detectSettings(options.detect),
      onProgress: progress?.update,
      limits: archiveLimits(options),
      now,
      sink,
    });
  } finally {
    progress?.done();
  }
}

/** Small archives read in a blink: progress appears only once reading takes a while. */
const PROGRESS_AFTER_MS = 300;

/** The progress line on stderr (a terminal); `after` ms and `every` ms pass before each update. */
export function progressPrinter(io: Pick<Io, 'stderr'>, timing = { after: PROGRESS_AFTER_MS, every: 100 }) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(p: ScanProgress) {
      const now = Date.now();
      if (now - started < timing.after || (last > 0 && now - last < timing.every)) return;
      last = now;
      shown = true;
      // Entry names are archive text: neutralised, then cut by characters (not UTF-16 units).
      const chars = Array.from(sanitizeForTerminal(p.file));
      const name = chars.length > 50 ? '…' + chars.slice(-49).join('') : chars.join('');
      io.stderr.write(`\r\u001b[2KReading ${p.filesDone + 1}/${p.filesTotal} "${name}" · ${p.records} records`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

export async function runScan(paths: string[], options: ScanCommandOptions, io: Io): Promise<number> {
  const policy = loadPolicy(options);
  const file = options.out ? await openReportFile(options.out, paths) : null;
  const outputs: Array<(chunk: Buffer) => Promise<void>> = [];
  if (file) {
    outputs.push((chunk) =>
      file.write(chunk).catch((error: unknown) => {
        throw cannotWrite(options.out!, error);
      }),
    );
  }
  if (options.json) outputs.push((chunk) => writeChunk(io.stdout, chunk));
  const json = new ReportJsonWriter();
  const send = async () => {
    for (const piece of json.take()) for (const output of outputs) await output(piece);
  };
  let report: Report;
  try {
    // The items go straight to the JSON outputs (or nowhere, for the text summary, which only
    // needs the counts), so memory does not grow with the size of the export.
    report = await buildReport(paths, options, io, policy, new Date(), { items: async (items, head) => {
      if (outputs.length === 0) return;
      json.head(head);
      for (const item of items) json.item(item);
      await send();
    } });
    if (outputs.length) {
      json.head(report);
      json.tail(report);
      await send();
    }
    await file?.commit().catch((error: unknown) => {
      throw cannotWrite(options.out!, error);
    });
  } catch (error) {
    await file?.abort();
    throw error;
  }
  if (options.out) io.stderr.write(`Report written to ${sanitizeForTerminal(options.out)}\n`);
  if (!options.json && (!options.out || io.stdout.isTTY)) {
    const style = colorEnabled(io.stdout, io.env, options.color) ? COLOR_STYLE : PLAIN_STYLE;
    io.stdout.write(renderScanText(report, { style, advice: whatYouCanDo(policy, { region: report.context?.region }) }));
  }
  io.stderr.write(renderWarningsSummary(report));
  return 0;
}

async function openReportFile(path: string, inputs: string[]): Promise<OutputFile> {
  const clash = await inputClash(path, inputs);
  if (clash) throw new UsageError(`--out ${clash}: writing the report there would damage your export; give another file name.`);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(`--out ${path} is a folder; give a file name, such as ${join(path, 'li-exposure-report.json')}.`);
  try {
    return await openOutputFile(path);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

function cannotWrite(path: string, error: unknown): InputError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new InputError(`cannot write the report to ${path} (${reason}).`);
}
