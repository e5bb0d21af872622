// The Markdown report (GitHub-flavoured): the HTML report's sections as text, tables and a text
// timeline. Archive text is escaped so that it cannot make links (not even GitHub's bare
// www./https:/e-mail autolinks), emphasis, HTML or table cells; only https://www.linkedin.com/
// addresses from the archive become links. Pure: (Report, Policy, options) -> string.

import type { Report } from '../model/report.js';
import type { Policy } from '../exposure/policy-schema.js';
import { defaultLaw, jurisdiction, LETTER_KINDS, type LawId, type LetterKind } from './jurisdictions.js';
import { openLabel } from './html-report.js';
import { renderLetter } from './letters.js';
import { applicableCaveats, headlineParts, LEVEL_SYMBOL, LEVEL_WORD, monthCounts, regionActions } from './report-facts.js';
import { ReportItems, type ExposedRow } from './report-items.js';
import { textTimeline } from './text-timeline.js';
import { CONSIDER_DELETING_MAX, excerptPieces, findingKindsText } from './consider-deleting.js';
import { allowedUrl, count, linkedInUrl, neutralise } from './text-safety.js';
import { defined } from '../model/defined.js';

export interface MarkdownReportOptions {
  allItems?: boolean;
  name?: string;
  law?: LawId;
  excerptLength?: number;
}

/**
 * Text for a Markdown paragraph or table cell: one line, every character that could start
 * markup backslash-escaped (CommonMark allows it for all ASCII punctuation), and the "." of
 * "www." and the ":" and "@" of addresses escaped so that GFM's autolinks cannot trigger.
 */
export function mdText(text: string): string {
  return neutralise(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>()!|~&#:@$]/g, (c) => `\\${c}`)
    .replace(/(www)\./gi, '$1\\.');
}

/** A link destination: the address in <...>, with the characters that could end it or a table cell encoded. */
function mdUrl(url: string): string {
  return `<${url.replace(/[<>|\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

function policyLink(url: string | undefined, text: string, policy: Policy): string {
  const href = allowedUrl(url, policy.allowedHosts);
  return href ? `[${mdText(text)}](${mdUrl(href)})` : mdText(text);
}

const refs = (ids: string[]): string => (ids.length ? ` \\[${ids.map(mdText).join(', ')}\\]` : '');

const KIND_TITLE: Record<LetterKind, string> = { object: 'Objection to the training', access: 'Access request', erasure: 'Erasure request' };

function itemRow(row: ExposedRow, label: string, multiArchive: boolean): string {
  const level = row.exposure;
  const where = `${row.file}${row.line !== null ? ` line ${row.line}` : ''}${multiArchive ? `, archive ${row.archive + 1}` : ''}`;
  const shown = mdText(row.excerpt);
  return `| ${LEVEL_SYMBOL[level]} ${LEVEL_WORD[level]} | ${row.date ? row.date.slice(0, 10) : '—'} | ${label} | ${shown || '(no text)'} <br>*${mdText(where)}* | ${row.href ? `[open](${mdUrl(row.href)})` : ''} | ${row.reasons.join(', ')} |`;
}

/** "Consider deleting": the items with findings (see consider-deleting.ts), found spans in bold. */
function considerDeleting(report: Report, items: ReportItems): string[] {
  if (!report.summary.findings) return [];
  const { items: list, total } = items.consideredItems();
  const out = [`## Consider deleting (${count(total)})`, ''];
  if (total === 0) return [...out, 'No contact details, identifiers, health or other sensitive details, or names of your connections, were found in your items.', ''];
  out.push(
    'Items in which li-exposure found contact details, identifiers, special categories of personal data (health, religion, politics...) or names of people in your network: the most exposed first, then those with the most findings. Deleting an item on LinkedIn does not take it out of a model already trained, but keeps it out of later training. The detectors read words, not meaning: check each one.',
    '',
    '| Verdict | Date | Category | Text | Link | Found |',
    '|---|---|---|---|---|---|',
  );
  const labels = new Map(report.summary.categories.map((c) => [c.id, c.label]));
  for (const item of list.slice(0, CONSIDER_DELETING_MAX)) {
    const level = item.exposure ?? 'unlikely';
    const href = linkedInUrl(item.url);
    // Spaces at a piece's edges survive the escaping, so that words around a marked span stay apart.
    const text = excerptPieces(item, items.excerptLength)
      .map((p) => {
        const escaped = mdText(p.text);
        if (!escaped) return p.text.trim() === '' ? ' ' : '';
        const body = p.found ? `**${escaped}**` : escaped;
        return `${/^\s/.test(p.text) ? ' ' : ''}${body}${/\s$/.test(p.text) ? ' ' : ''}`;
      })
      .join('');
    out.push(`| ${LEVEL_SYMBOL[level]} ${LEVEL_WORD[level]} | ${item.date ? item.date.slice(0, 10) : '—'} | ${mdText(labels.get(item.category) ?? item.category)} | ${text.trim() || '(no text)'} | ${href ? `[open](${mdUrl(href)})` : ''} | ${mdText(findingKindsText(item))} |`);
  }
  if (total > CONSIDER_DELETING_MAX) out.push('', `And ${count(total - CONSIDER_DELETING_MAX)} more; \`li-exposure list <export> --finding …\` lists them all.`);
  out.push('');
  return out;
}

/**
 * The report in pieces of whole lines, in order (the item table in pieces of 1,000 rows).
 * `items`: what the report needs of the items, when they were streamed (the report's own items otherwise).
 */
export function* markdownReportParts(report: Report, policy: Policy, options: MarkdownReportOptions = {}, items?: ReportItems): Generator<string> {
  const digest = items ?? ReportItems.of(report, { allItems: options.allItems === true, excerptLength: options.excerptLength ?? 140 });
  try {
    yield* markdownPieces(report, policy, options, digest);
  } finally {
    if (!items) digest.close();
  }
}

function* markdownPieces(report: Report, policy: Policy, options: MarkdownReportOptions, items: ReportItems): Generator<string> {
  const law = options.law ?? defaultLaw(report.context?.region);
  const out: string[] = ["# Was your LinkedIn data used to train LinkedIn's AI?", ''];
  const ctx = report.context;
  if (!ctx) out.push('No verdict: this report was made without an exposure policy.', '');
  else {
    const { likely, possible } = headlineParts(report);
    const t = report.summary.totals;
    out.push(
      `**${LEVEL_SYMBOL.likely} Likely used to train LinkedIn's AI:** ${likely.length ? likely.join(', ') : 'nothing'}.`,
      '',
      `**${LEVEL_SYMBOL.possible} Possibly:** ${possible.length ? possible.join(', ') : 'nothing'}.`,
      '',
      `Of ${count(t.total)} records in your export, ${count(t.likely)} are likely and ${count(t.possible)} possibly exposed; ${count(t.unlikely)} are unlikely to have been used. "Likely" means the data were on LinkedIn, with your setting on, while LinkedIn says it trained on your region's data: not that they are certainly inside a model (see "Why probably" below).`,
      '',
      '| | |',
      '|---|---|',
      `| Region | ${mdText(ctx.regionName)} (${mdText(ctx.regionSource)}) |`,
      `| Opt-out | ${ctx.optedOut ? `turned off on ${ctx.optedOut}` : `not turned off (the setting "${mdText(policy.optOut.settingName)}" is on by default)`} |`,
      `| As of | ${ctx.asOf} |`,
      `| Policy | version ${mdText(ctx.policyVersion)} (${mdText(policy.title)}; sources checked up to ${policy.updated}) |`,
      `| Export | ${report.archives.map((a) => `${mdText(a.path)}${a.exportDate ? ` (exported ${a.exportDate}${a.variant ? `, ${a.variant}` : ''})` : ''}`).join('<br>') || '—'} |`,
      '',
    );
  }

  const data = monthCounts(report, policy, items.tally);
  out.push('## Timeline', '', 'Items per month by verdict, with the training status of your region in that month. Each item sits at the month it was created: one created long before a training window still counts if it was on LinkedIn during the window.', '', '```text', ...textTimeline(report, policy, data), '```', '');

  out.push('## Per category', '', '| Category | Records | ● likely | ◐ possibly | ○ unlikely |', '|---|--:|--:|--:|--:|');
  for (const c of report.summary.categories.filter((x) => x.total > 0)) {
    out.push(`| ${mdText(c.label)}${c.private && c.listed < c.total ? ' (private: counted, not listed)' : ''} | ${count(c.total)} | ${count(c.likely)} | ${count(c.possible)} | ${count(c.unlikely)} |`);
  }
  const t = report.summary.totals;
  out.push(`| **Total** | ${count(t.total)} | ${count(t.likely)} | ${count(t.possible)} | ${count(t.unlikely)} |`, '');

  out.push('## What you can do', '');
  for (const a of regionActions(report, policy)) out.push(`- ${mdText(a.text)}${a.url ? ` ${policyLink(a.url, openLabel(a.url), policy)}` : ''}${refs(a.sources)}`);
  const o = policy.optOut;
  out.push('', `**The setting:** ${mdText(o.settingPath)}: "${mdText(o.toggleLabel)}" ${policyLink(o.settingUrl, 'open the setting', policy)}. ${mdText(o.effect)}.${refs(o.sources)}`, '');
  for (const c of applicableCaveats(report, policy)) out.push(`**Your opt-out date, for every item that existed before it:** ${mdText(c.text)}.${refs(c.sources)}`, '');
  const j = jurisdiction(law);
  out.push(`### Your rights (${mdText(j.shortName)})`, '');
  for (const r of j.rights) out.push(`- ${mdText(r)}`);
  out.push('', `Complaints: ${j.authority.url ? policyLink(j.authority.url, j.authority.name, policy) : mdText(j.authority.name)}. Draft letters to LinkedIn's Data Protection Officer are below.`, '');

  out.push(...considerDeleting(report, items));

  const labels = new Map(report.summary.categories.map((c) => [c.id, mdText(c.label)]));
  const total = items.rowCount;
  out.push(`## Items likely or possibly exposed (${count(total)})`, '');
  if (total === 0) out.push('None.', '');
  else {
    out.push('Newest first. Private records (messages, connections, contacts, account data) are never listed. The numbers under "Reasons" point to the list below the table.', '');
    out.push('| Verdict | Date | Category | Text | Link | Reasons |', '|---|---|---|---|---|---|');
    const multi = report.archives.length > 1;
    let k = 0;
    for (const row of items.tableRows()) {
      out.push(itemRow(row, defined(labels.get(row.category)), multi));
      if (k++ % 1000 === 999) {
        yield out.join('\n') + '\n';
        out.length = 0;
      }
    }
    out.push('', '### Reasons', '');
    items.reasons().forEach((r, i) => out.push(`${i + 1}. ${mdText(r.text)}${refs(r.sources)}`));
    out.push('');
  }

  out.push("## Draft letters to LinkedIn's Data Protection Officer", '', `Worded for ${mdText(j.lawName)}. They give counts and years only, never the text of your posts or messages. Fill in the [PLACEHOLDERS] and read them through: they are drafts, not legal advice. \`li-exposure letter\` writes them as text files.`, '');
  for (const kind of LETTER_KINDS) {
    const text = renderLetter(report, policy, { kind, law, years: items.years, ...(options.name !== undefined ? { name: options.name } : {}) });
    // A fence longer than any run of backticks in the letter.
    const runs = text.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
    out.push(`### ${KIND_TITLE[kind]}`, '', `${fence}text`, text.trimEnd(), fence, '');
  }

  out.push('## Sources', '');
  for (const s of report.sources) {
    const meta = [s.publisher, s.date, s.kind === 'primary' && s.quoted ? 'primary, known through a verbatim quotation' : s.kind].filter(Boolean).join(', ');
    out.push(`- **${mdText(s.id)}** ${policyLink(s.url, s.title, policy)} (${mdText(meta)})`);
  }
  out.push('', '## Why "probably": the limits of this answer', '', "LinkedIn does not disclose when its training runs happened or which records each run used. An item that existed while training was on could have been used; li-exposure cannot know that it was.", '');
  policy.limits.forEach((l, i) => out.push(`${i + 1}. ${mdText(l.text)}${refs(l.sources)}`));
  const w = report.warnings.length;
  out.push('', '---', '', `Made by li-exposure ${mdText(report.tool.version)} with policy ${mdText(policy.id)} ${mdText(policy.version)}, fully offline.${w ? ` The scan gave ${count(w)} warning${w === 1 ? '' : 's'}; all of them are in the JSON report (\`scan --json\`).` : ''} This file holds your data: keep it private.`);
  yield out.join('\n') + '\n';
}

export function renderMarkdownReport(report: Report, policy: Policy, options: MarkdownReportOptions = {}): string {
  return Array.from(markdownReportParts(report, policy, options)).join('');
}
