import { DEFAULT_LIMITS, parseSize, type ArchiveLimits } from '../archive/limits.js';
import { UsageError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { scan, type ReportSink, type ScanProgress } from '../scan/scan.js';
import { renderWarningsSummary } from '../render/text.js';
import { SCAN_RENDERERS } from '../render/registry.js';
import { COLOR_STYLE, PLAIN_STYLE, colorEnabled } from '../render/style.js';
import { openOutputFile, type OutputFile } from '../io/write-file-atomic.js';
import { inputClash } from '../io/input-clash.js';
import { writeChunk } from '../render/json.js';
import { InputError } from '../model/errors.js';
import { stat } from 'node:fs/promises';
import { fstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toolVersion } from '../model/tool-version.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { ContextOptions } from '../exposure/setup.js';
import { loadPolicy } from '../exposure/load-policy.js';
import { exposureSetup } from '../exposure/setup.js';
import type { Io } from './io.js';
import type { Policy } from '../exposure/policy-schema.js';
import { outputWidth } from '../render/terminal-width.js';
import { formatCount } from '../render/number.js';
import { memberActions as actionsFor } from '../render/actions.js';
import { whyLine } from '../render/why.js';
import { withWhatIf, type WhatIf } from './what-if.js';
import { optOutChoice, optOutWarnings } from './opt-out-option.js';
import { folderOfZipsError } from './folder-zips.js';
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
  /** --details (--verbose): the file groups under each category. */
  details?: boolean;
  verbose?: boolean;
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
  whatIf?: WhatIf,
): Promise<Report> {
  const progress = options.progress !== false && io.stderr.isTTY === true ? progressPrinter(io) : undefined;
  try {
    return await scan(paths, {
      toolVersion: toolVersion(),
      allItems: options.allItems === true,
      allowDifferentMembers: options.allowDifferentMembers === true,
      countOnly: options.allItems ? undefined : neverExposedCategories(policy),
      exposure: whatIf?.setup ?? exposureSetup({ ...options, optedOut: optOutChoice(options.optedOut).day }, policy, now),
      detect: detectSettings(options.detect),
      onProgress: progress?.update,
      limits: archiveLimits(options),
      now,
      sink,
    });
  } catch (error) {
    // A folder of export ZIPs holds no export files of its own: name the ZIPs instead.
    if (error instanceof InputError) throw (await folderOfZipsError(paths)) ?? error;
    throw error;
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
      io.stderr.write(`\r\u001b[2KReading ${p.filesDone + 1}/${p.filesTotal} "${name}" · ${formatCount(p.records)} records`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

/** The text summary of a scan: headline, why, table, what-if and the member's actions. */
export function scanText(report: Report, paths: string[], options: ScanCommandOptions, io: Io, policy: Policy, whatIf?: WhatIf): string {
  const style = colorEnabled(io.stdout, io.env, options.color) ? COLOR_STYLE : PLAIN_STYLE;
  const unknown = optOutChoice(options.optedOut).unknown;
  return SCAN_RENDERERS.text(report, {
    style,
    width: outputWidth(io.stdout, io.env),
    details: options.details === true || options.verbose === true,
    why: whyLine(report, policy, { optOutUnknown: unknown }),
    whatIf: whatIf?.rows(),
    optOutUnknown: unknown,
    actions: memberActions(report, paths, options, policy),
  });
}

/** The member's actions, for the text and the JSON alike. */
export function memberActions(report: Report, paths: string[], options: ScanCommandOptions, policy: Policy) {
  return actionsFor(report, policy, paths, options, optOutChoice(options.optedOut).unknown);
}

/** The what-if counts are made for the text summary when the member gave no opt-out day (or "unknown"). */
export function whatIfFor(options: ScanCommandOptions, policy: Policy, now: Date): WhatIf | undefined {
  const choice = optOutChoice(options.optedOut);
  return choice.day === undefined ? withWhatIf({ ...options, optedOut: undefined }, policy, now) : undefined;
}

export async function runScan(paths: string[], options: ScanCommandOptions, io: Io): Promise<number> {
  const policy = loadPolicy(options);
  const now = new Date();
  for (const w of optOutWarnings(options.optedOut, policy, options.asOf, now)) io.stderr.write(`li-exposure: warning: ${w}\n`);
  // --out alone keeps the summary on screen (unless stdout is that very file: --out /dev/stdout);
  // --json and --out write the same report to both.
  const textOut = !options.json;
  const whatIf = textOut ? whatIfFor(options, policy, now) : undefined;
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
  const json = SCAN_RENDERERS.json();
  const send = async () => {
    for (const piece of json.take()) for (const output of outputs) await output(piece);
  };
  let report: Report;
  try {
    // The items go straight to the JSON outputs (or nowhere, for the text summary, which only
    // needs the counts), so memory does not grow with the size of the export.
    report = await buildReport(paths, options, io, policy, now, { items: async (items, head) => {
      if (outputs.length === 0) return;
      json.head(head);
      for (const item of items) json.item(item);
      await send();
    } }, whatIf);
    if (outputs.length) {
      json.head(report);
      json.tail(report, memberActions(report, paths, options, policy));
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
  if (textOut && !(options.out && isStdout(options.out, io))) io.stdout.write(scanText(report, paths, options, io, policy, whatIf));
  io.stderr.write(renderWarningsSummary(report));
  return 0;
}

/** Whether `path` is the file standard output writes to (`--out /dev/stdout`, or the file `>` opened). */
function isStdout(path: string, io: Io): boolean {
  const fd = (io.stdout as { fd?: number }).fd;
  if (typeof fd !== 'number') return false;
  try {
    const [a, b] = [fstatSync(fd), statSync(path)];
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
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
