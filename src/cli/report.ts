// `li-exposure report <path>... --html FILE --md FILE` and `scan --html/--md`: the HTML and
// Markdown reports, written atomically with mode 0600 (like --out). The renderers are pure
// functions in src/render/; this file only reads the export and writes the files.

import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import type { Policy } from '../exposure/policy-schema.js';
import { inputClash } from '../io/input-clash.js';
import { openOutputFile, type OutputFile } from '../io/write-file-atomic.js';
import type { Report } from '../model/report.js';
import { ReportItems } from '../render/report-items.js';
import { ReportJsonWriter, writeChunk } from '../render/json.js';
import { renderWarningsSummary } from '../render/text.js';
import { htmlReportParts } from '../render/html-report.js';
import { LAWS, type LawId } from '../render/jurisdictions.js';
import { markdownReportParts } from '../render/markdown-report.js';
import { loadPolicy } from '../exposure/load-policy.js';
import type { Io } from './io.js';
import { buildReport, memberActions, scanText, type ScanCommandOptions } from './scan.js';
import { defined } from '../model/defined.js';

export interface ReportCommandOptions extends ScanCommandOptions {
  html?: string;
  md?: string;
  name?: string;
  law?: string;
}

export function parseLaw(value: string | undefined): LawId | undefined {
  if (value === undefined) return undefined;
  const law = value.trim().toLowerCase();
  if (!(LAWS as readonly string[]).includes(law)) throw new UsageError(`--law: unknown law "${value}" (one of: ${LAWS.join(', ')})`);
  return law as LawId;
}

function cannotWrite(flag: string, path: string, error: unknown): InputError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new InputError(`${flag} ${path}: cannot write the file (${reason}).`);
}

/** Checks an output path (not an input, not a folder) and opens it for an atomic write. */
export async function openOutput(flag: string, path: string, inputs: string[], example: string): Promise<OutputFile> {
  const clash = await inputClash(path, inputs);
  if (clash) throw new UsageError(`${flag} ${clash}: writing there would damage your export; give another file name.`);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(`${flag} ${path} is a folder; give a file name, such as ${join(path, example)}.`);
  try {
    return await openOutputFile(path);
  } catch (error) {
    throw cannotWrite(flag, path, error);
  }
}

interface Target {
  flag: string;
  path: string;
  /** null for the JSON report, which is written while the export is read. */
  render: ((report: Report, policy: Policy, items: ReportItems) => Iterable<string>) | null;
}

/** Writes the report in every requested form; with `scan`, also what scan itself prints. */
export async function runReport(paths: string[], options: ReportCommandOptions, io: Io, command: 'report' | 'scan'): Promise<number> {
  const law = parseLaw(options.law);
  const policy = loadPolicy(options);
  const shared = { allItems: options.allItems === true, ...(options.name !== undefined ? { name: options.name } : {}), ...(law ? { law } : {}) };
  const targets: Target[] = [];
  if (options.html) targets.push({ flag: '--html', path: options.html, render: (r, p, items) => htmlReportParts(r, p, shared, items) });
  if (options.md) targets.push({ flag: '--md', path: options.md, render: (r, p, items) => markdownReportParts(r, p, shared, items) });
  if (command === 'scan' && options.out) targets.push({ flag: '--out', path: options.out, render: null });
  if (command === 'report' && targets.length === 0) throw new UsageError('report needs --html FILE and/or --md FILE');
  const seen = new Map<string, string>();
  for (const t of targets) {
    const other = seen.get(resolve(t.path));
    if (other) throw new UsageError(`${t.flag} ${t.path}: the same file as ${other}; give each output its own name.`);
    seen.set(resolve(t.path), t.flag);
  }

  const files: OutputFile[] = [];
  // What the HTML and Markdown reports need of the items, gathered as they stream by: never every item.
  const items = new ReportItems({ allItems: shared.allItems });
  try {
    for (const t of targets) files.push(await openOutput(t.flag, t.path, paths, t.flag === '--md' ? 'li-exposure-report.md' : t.flag === '--out' ? 'li-exposure-report.json' : 'li-exposure-report.html'));
    // Items are streamed (in the order scan --json writes them) to the JSON outputs and to the
    // digest of the HTML and Markdown renderers.
    const jsonFile = targets.findIndex((t) => t.render === null);
    const jsonStdout = command === 'scan' && options.json === true;
    const json = jsonFile >= 0 || jsonStdout ? new ReportJsonWriter() : null;
    const send = async (): Promise<void> => {
      for (const piece of json!.take()) {
        if (jsonFile >= 0) {
          await defined(files[jsonFile]).write(piece).catch((error: unknown) => {
            throw cannotWrite('--out', options.out!, error);
          });
        }
        if (jsonStdout) await writeChunk(io.stdout, piece);
      }
    };
    const rendered = targets.some((t) => t.render !== null);
    const report = await buildReport(paths, options, io, policy, new Date(), { items: async (batch, head) => {
      if (rendered) items.add(batch);
      if (!json) return;
      json.head(head);
      for (const item of batch) json.item(item);
      await send();
    } });
    if (json) {
      json.head(report);
      json.tail(report, memberActions(report, paths, options, policy));
      await send();
    }
    for (const [k, t] of targets.entries()) {
      const file = defined(files[k]); // one file per target
      try {
        // Written piece by piece (a page of the table at a time), never as one string.
        if (t.render) for (const piece of t.render(report, policy, items)) await file.write(piece);
        await file.commit();
      } catch (error) {
        throw error instanceof InputError ? error : cannotWrite(t.flag, t.path, error);
      }
    }
    for (const t of targets) io.stderr.write(`${t.flag === '--out' ? 'Report' : t.flag === '--html' ? 'HTML report' : 'Markdown report'} written to ${t.path}\n`);
    if (command === 'scan' && !options.json) {
      io.stdout.write(scanText(report, paths, options, io, policy));
    }
    io.stderr.write(renderWarningsSummary(report));
    return 0;
  } catch (error) {
    for (const f of files) await f.abort();
    throw error;
  } finally {
    items.close();
  }
}

/** `scan --html/--md`: the options scan gains. */
