import type { CategorySummary, Report } from '../model/report.js';
import { countOf } from './category-nouns.js';
import { formatCount } from './number.js';
import { headlineParts } from './report-facts.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';
import type { Style } from './style.js';
import { padEnd, padStart } from './style.js';
import { DEFAULT_WIDTH } from './terminal-width.js';
import { stringWidth, urlLine, wrapHanging } from './wrap.js';
import { LEGEND } from './why.js';
import type { Action } from './actions.js';

/** "If you had opted out on ...": likely items per key day (see cli/what-if.ts). */
export interface WhatIfRow {
  /** YYYY-MM-DD */
  day: string;
  /** "1 Aug 2024 (training starts)", "today". */
  label: string;
  likely: number;
}
import { renderFindingsText } from './findings-text.js';
import { defined } from '../model/defined.js';

export interface TextOptions {
  style: Style;
  /** Columns to fit (60 and more); default 80. */
  width?: number;
  /** The file groups under each category (--details). */
  details?: boolean;
  /** The sentence on why (region, windows, opt-out): render/why.ts. */
  why?: string;
  /** What the member can do now (render/actions.ts). */
  actions?: Action[];
  /** Shown when the member gave no opt-out day (or "unknown"). */
  whatIf?: WhatIfRow[];
  /** --opted-out unknown. */
  optOutUnknown?: boolean;
}

const NUMBER_HEADERS = ['Items', 'Likely', 'Possible', 'Unlikely'] as const;
const GAP = 2;
const MAX_LABEL = 44;

interface Table {
  label: number;
  numbers: number[];
}

function tableLayout(report: Report, width: number): Table {
  const t = report.summary.totals;
  // Every count in a column is at most the total's width.
  const columns = [t.total, t.likely, t.possible, t.unlikely];
  const numbers = NUMBER_HEADERS.map((h, i) => Math.max(h.length, formatCount(columns[i] ?? 0).length));
  const used = numbers.reduce((a, b) => a + b + GAP, 0);
  return { label: Math.min(MAX_LABEL, width - used), numbers };
}

function row(table: Table, label: string, cells: string[], indent = ''): string[] {
  const lines = wrapHanging(label, table.label, indent, indent + '  ');
  const nums = cells.map((c, i) => ' '.repeat(GAP) + padStart(c, defined(table.numbers[i]))).join('');
  const [first = '', ...rest] = lines;
  return [padEnd(first, table.label) + nums, ...rest];
}

function counts(c: Pick<CategorySummary, 'total' | 'likely' | 'possible' | 'unlikely'>, style: Style, withExposure: boolean): string[] {
  if (!withExposure) return [formatCount(c.total)];
  return [
    formatCount(c.total),
    c.likely ? style.red(formatCount(c.likely)) : '0',
    c.possible ? style.yellow(formatCount(c.possible)) : '0',
    formatCount(c.unlikely),
  ];
}

function headline(report: Report, style: Style, width: number, optOutUnknown: boolean): string[] {
  const ctx = report.context;
  if (!ctx) return [];
  const { likely, possible } = headlineParts(report);
  const opted = ctx.optedOut ? `opted out ${ctx.optedOut}` : optOutUnknown ? 'opt-out day unknown' : 'no opt-out day given';
  return [
    ...wrapHanging(
      `Region: ${sanitizeForTerminal(ctx.regionName)} (${sanitizeForTerminal(ctx.regionSource)}), ${opted}, as of ${ctx.asOf}, policy ${sanitizeForTerminal(ctx.policyVersion)}`,
      width,
      '',
      '  ',
    ),
    '',
    ...wrapHanging(`${style.bold(style.red("Likely used to train LinkedIn's AI:"))} ${likely.length ? likely.join(', ') : 'nothing'}.`, width, '', '  '),
    ...wrapHanging(`${style.bold(style.yellow('Possibly:'))} ${possible.length ? possible.join(', ') : 'nothing'}.`, width, '', '  '),
  ];
}

/** The scan summary: the answer in words first, then the table, then what to do. */
export function renderScanText(report: Report, options: TextOptions): string {
  const { style } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const withExposure = report.context !== null;
  const lines: string[] = [`li-exposure ${report.tool.version}`];
  for (const a of report.archives) {
    const bits = [a.exportDate ? `exported ${a.exportDate}` : null, `${formatCount(a.entries)} files`].filter(Boolean).join(', ');
    lines.push(...wrapHanging(`${sanitizeForTerminal(a.path)} (${bits})`, width, '  ', '    '));
  }
  lines.push('');
  if (withExposure) {
    lines.push(...headline(report, style, width, options.optOutUnknown === true));
    if (options.why) lines.push(...wrapHanging(sanitizeForTerminal(options.why), width, '', '  '));
    lines.push('', ...wrapHanging(style.dim(LEGEND), width, '', '  '), '');
  }

  const table = tableLayout(report, width);
  const headers = withExposure ? [...NUMBER_HEADERS] : ['Items'];
  lines.push(...row(table, 'Category', headers).map((l) => style.bold(l)));
  const shown = report.summary.categories.filter((c) => c.total > 0 && (!c.private || options.details));
  for (const c of shown) {
    lines.push(...row(table, c.private ? `${c.label} (private)` : c.label, counts(c, style, withExposure)));
    if (!options.details) continue;
    for (const group of c.fileGroups) {
      const files = group.files > 1 ? ` (${group.files} files)` : '';
      lines.push(...row(table, `${group.label}${files}`, [formatCount(group.records)], '  ').map((l) => style.dim(l)));
    }
  }
  lines.push(...row(table, 'Total', counts(report.summary.totals, style, withExposure)).map((l) => style.bold(l)));

  const privates = report.summary.categories.filter((c) => c.private && c.total > 0);
  if (privates.length && !options.details) {
    const hidden = privates.some((c) => c.total > c.listed) ? ' (add --all-items to list them)' : '';
    lines.push(...wrapHanging(`Private, counted only${hidden}: ${privates.map((c) => countOf(c.id, c.total)).join(', ')}.`, width, '', '  ').map((l) => style.dim(l)));
  }
  if (!options.details && report.summary.categories.some((c) => c.fileGroups.length)) lines.push(style.dim('Add --details for the files behind each category.'));

  const empty = report.summary.categories.filter((c) => c.total === 0).map((c) => c.id);
  if (onlyBasic(report)) {
    lines.push(
      '',
      ...wrapHanging(
        'This Basic archive holds no posts, comments, articles or reactions: they come in the Complete archive. ' +
          'LinkedIn usually e-mails it within 24 hours of the request (Me > Settings & Privacy > Data privacy > ' +
          'Get a copy of your data > "Download larger data archive"); scan it, or both archives together.',
        width,
        '',
        '',
      ),
    );
  } else if (empty.length) lines.push('', ...wrapHanging(style.dim(`No records for: ${empty.join(', ')}`), width, '', '  '));

  const unrecognised = report.files.filter((f) => !f.recognized);
  if (unrecognised.length) {
    lines.push('', ...wrapHanging(`Unrecognised files (${formatCount(unrecognised.length)}), listed in --json under "files":`, width, '', '  '));
    for (const f of unrecognised.slice(0, 10)) lines.push(...wrapHanging(`${oneLine(f.path, 200)} (${formatCount(f.records)} records)`, width, '  ', '    '));
    if (unrecognised.length > 10) lines.push(`  … and ${formatCount(unrecognised.length - 10)} more`);
  }
  const duplicates = report.files.filter((f) => f.duplicateOf);
  const overlap = report.files.reduce((n, f) => n + (f.duplicateOf ? 0 : f.duplicateRecords), 0);
  if (duplicates.length || overlap) lines.push('');
  if (duplicates.length) {
    const n = duplicates.length;
    const text = `${formatCount(n)} ${n === 1 ? 'file is a copy' : 'files are copies'} of files counted (in another archive, another folder or under a copy's name): ${n === 1 ? 'it adds' : 'they add'} nothing.`;
    lines.push(...wrapHanging(style.dim(text), width, '', '  '));
  }
  if (overlap) lines.push(...wrapHanging(style.dim(`${formatCount(overlap)} other record${overlap === 1 ? ' was' : 's were'} found in more than one copy of a file and counted once.`), width, '', '  '));

  lines.push(...renderFindingsText(report, style, width));

  if (options.whatIf?.length) lines.push('', ...whatIfLines(options.whatIf, width, style));
  if (options.actions?.length) {
    lines.push('', style.bold('What you can do now'));
    for (const a of options.actions) {
      lines.push(...wrapHanging(sanitizeForTerminal(a.text), width, '- ', '  '));
      if (a.url) lines.push(urlLine(a.url, width, '  '));
      if (a.command) lines.push(urlLine(`$ ${sanitizeForTerminal(a.command)}`, width, '  '));
    }
  }
  return lines.join('\n') + '\n';
}

function whatIfLines(rows: WhatIfRow[], width: number, style: Style): string[] {
  const out = wrapHanging(style.bold('Items likely used if you had opted out on:'), width, '', '  ');
  const labelWidth = Math.max(...rows.map((r) => stringWidth(r.label)));
  const numberWidth = Math.max(...rows.map((r) => formatCount(r.likely).length));
  for (const r of rows) out.push(`  ${padEnd(r.label, labelWidth)}  ${padStart(formatCount(r.likely), numberWidth)}`);
  return out;
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
  const lines = [`${formatCount(n)} warning${n === 1 ? '' : 's'}${n > limit ? ` (first ${limit}; all of them in --json)` : ''}:`];
  for (const w of report.warnings.slice(0, limit)) {
    const where = w.file ? `${w.file}${w.line !== null ? `:${w.line}` : ''}: ` : '';
    lines.push(`  ${oneLine(where + w.message, 400)}`);
  }
  return lines.join('\n') + '\n';
}
