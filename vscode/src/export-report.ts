// Export the report as JSON (what `scan --json` writes), Markdown or HTML (what `report --md` and
// `report --html` write), with the core's renderers and its atomic writer (mode 0600), never
// over or into the export that was scanned.
import type { Action, Core, Policy, Report } from './core';

export type ExportFormat = 'json' | 'md' | 'html';

export const EXPORT_FILTERS: Record<string, string[]> = { JSON: ['json'], Markdown: ['md'], HTML: ['html'] };

/** The format a file name asks for, by its extension; null when it names none of them. */
export function exportFormat(path: string): ExportFormat | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/** The report in `format`, in pieces (a large report is never one string here). */
export function* exportPieces(core: Core, report: Report, policy: Policy, format: ExportFormat): Generator<string | Buffer> {
  if (format === 'html') return yield* core.htmlReportParts(report, policy);
  if (format === 'md') return yield* core.markdownReportParts(report, policy);
  const json = new core.ReportJsonWriter();
  json.head(report);
  for (const item of report.items) json.item(item);
  json.tail(report, (report as Report & { actions?: Action[] }).actions);
  yield* json.take();
}

export class ExportRefused extends Error {}

/** Writes the report to `path`; refuses a path that is, or is inside, one of `inputs`. */
export async function exportReport(core: Core, report: Report, policy: Policy, path: string, inputs: string[]): Promise<ExportFormat> {
  const clash = await core.inputClash(path, inputs);
  if (clash) throw new ExportRefused(`li-exposure: ${clash}: writing there would damage your export; choose another file.`);
  const format = exportFormat(path);
  if (!format) throw new ExportRefused(`li-exposure: ${path}: give the file a .json, .md or .html name; its extension picks the format.`);
  await core.writeFileAtomic(path, exportPieces(core, report, policy, format));
  return format;
}
