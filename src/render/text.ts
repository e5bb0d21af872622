import type { CategorySummary, Report } from '../model/report.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';
import type { Style } from './style.js';
import { padEnd, padStart } from './style.js';
import { renderFindingsText } from './findings-text.js';

export interface TextOptions {
  style: Style;
  /** Lines of guidance shown after the table ("what you can do now"). */
  advice?: string[];
}

const LABEL_WIDTH = 44;

function archiveLine(report: Report): string[] {
  return report.archives.map((a) => {
    const name = sanitizeForTerminal(a.path);
    const bits = [a.exportDate ? `exported ${a.exportDate}` : null, `${a.entries} files`].filter(Boolean).join(', ');
    return `  ${name} (${bits})`;
  });
}

function headline(report: Report, style: Style): string[] {
  const ctx = report.context;
  if (!ctx) return [];
  const { likely, possible, total } = report.summary.totals;
  const opted = ctx.optedOut ? `opted out ${ctx.optedOut}` : 'never opted out';
  return [
    `Region: ${style.bold(sanitizeForTerminal(ctx.regionName))} (${sanitizeForTerminal(ctx.regionSource)}), ${opted}, as of ${ctx.asOf}, policy ${sanitizeForTerminal(ctx.policyVersion)}`,
    '',
    style.bold(
      `${style.red(`${likely} items likely`)} and ${style.yellow(`${possible} possibly`)} exposed to LinkedIn's generative-AI training` +
        ` (of ${total} records).`,
    ),
    '',
  ];
}

function categoryRow(c: CategorySummary, withExposure: boolean, style: Style): string {
  const label = c.private ? `${c.label} ${style.dim('(private, counted)')}` : c.label;
  let row = padEnd(label, LABEL_WIDTH) + padStart(String(c.total), 8);
  if (withExposure) {
    row += padStart(c.likely ? style.red(String(c.likely)) : '0', 9);
    row += padStart(c.possible ? style.yellow(String(c.possible)) : '0', 10);
    row += padStart(String(c.unlikely), 10);
  }
  return row;
}

/** The scan summary: the answer first, then the per-category table, then what to do. */
export function renderScanText(report: Report, options: TextOptions): string {
  const { style } = options;
  const withExposure = report.context !== null;
  const lines: string[] = [`li-exposure ${report.tool.version}`, ...archiveLine(report), ''];
  lines.push(...headline(report, style));

  let header = padEnd('Category', LABEL_WIDTH) + padStart('Items', 8);
  if (withExposure) header += padStart('Likely', 9) + padStart('Possible', 10) + padStart('Unlikely', 10);
  lines.push(style.bold(header));
  const shown = report.summary.categories.filter((c) => c.total > 0);
  for (const c of shown) {
    lines.push(categoryRow(c, withExposure, style));
    for (const group of c.fileGroups) {
      const files = group.files > 1 ? ` (${group.files} files)` : '';
      lines.push(style.dim(padEnd(`  ${group.label}${files}`, LABEL_WIDTH) + padStart(String(group.records), 8)));
    }
  }
  const t = report.summary.totals;
  let total = padEnd('Total', LABEL_WIDTH) + padStart(String(t.total), 8);
  if (withExposure) total += padStart(String(t.likely), 9) + padStart(String(t.possible), 10) + padStart(String(t.unlikely), 10);
  lines.push(style.bold(total));
  lines.push(...renderFindingsText(report, style));

  const empty = report.summary.categories.filter((c) => c.total === 0).map((c) => c.id);
  if (onlyBasic(report)) {
    lines.push(
      '',
      'This Basic archive holds no posts, comments, articles or reactions: they come in the Complete archive.',
      'LinkedIn usually e-mails it within 24 hours of the request (Me > Settings & Privacy > Data privacy >',
      'Get a copy of your data > "Download larger data archive"); scan it, or both archives together.',
    );
  } else if (empty.length) lines.push('', style.dim(`No records for: ${empty.join(', ')}`));
  const privateCounted = report.summary.categories.filter((c) => c.private && c.total > c.listed);
  if (privateCounted.length) {
    lines.push(style.dim('Private records are counted but not copied into reports; add --all-items to list them.'));
  }

  const unrecognised = report.files.filter((f) => !f.recognized);
  if (unrecognised.length) {
    lines.push('', `Unrecognised files (${unrecognised.length}), listed in --json under "files":`);
    for (const f of unrecognised.slice(0, 10)) lines.push(`  ${oneLine(f.path, 70)} (${f.records} records)`);
    if (unrecognised.length > 10) lines.push(`  … and ${unrecognised.length - 10} more`);
  }
  const duplicates = report.files.filter((f) => f.duplicateOf);
  const overlap = report.files.reduce((n, f) => n + (f.duplicateOf ? 0 : f.duplicateRecords), 0);
  if (duplicates.length || overlap) lines.push('');
  if (duplicates.length) {
    const n = duplicates.length;
    lines.push(style.dim(`${n} ${n === 1 ? 'file is a copy' : 'files are copies'} of files counted (in another archive, another folder or under a copy's name): ${n === 1 ? 'it adds' : 'they add'} nothing.`));
  }
  if (overlap) lines.push(style.dim(`${overlap} other record${overlap === 1 ? ' was' : 's were'} found in more than one copy of a file and counted once.`));

  if (options.advice?.length) lines.push('', style.bold('What you can do now'), ...options.advice.map((a) => `  ${sanitizeForTerminal(a)}`));
  return lines.join('\n') + '\n';
}

/** Only Basic archives were scanned: they never hold the content the answer is mostly about. */
function onlyBasic(report: Report): boolean {
  const content = report.summary.categories.filter((c) => ['posts', 'comments', 'articles', 'reactions'].includes(c.id));
  return report.archives.length > 0 && report.archives.every((a) => a.variant === 'Basic') && content.every((c) => c.total === 0);
}

/** Count and first few warnings, for stderr. */
export function renderWarningsSummary(report: Report, limit = 5): string {
  const n = report.warnings.length;
  if (n === 0) return '';
  const lines = [`${n} warning${n === 1 ? '' : 's'}${n > limit ? ` (first ${limit}; all of them in --json)` : ''}:`];
  for (const w of report.warnings.slice(0, limit)) {
    const where = w.file ? `${w.file}${w.line !== null ? `:${w.line}` : ''}: ` : '';
    lines.push(`  ${oneLine(where + w.message, 400)}`);
  }
  return lines.join('\n') + '\n';
}
