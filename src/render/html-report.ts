// The HTML report: one self-contained, offline file. A Content-Security-Policy forbids every
// remote source (the one stylesheet and script are allowed by hash), every archive value is
// escaped, and only https://www.linkedin.com/ addresses from the archive become links.
// Pure: (Report, Policy, options) -> string.

import { createHash } from 'node:crypto';
import type { Report } from '../model/report.js';
import { ReportItems, type ExposedRow } from './report-items.js';
import type { Policy } from '../exposure/policy-schema.js';
import { defaultLaw, jurisdiction, LETTER_KINDS, LETTER_TITLES, type LawId } from './jurisdictions.js';
import { renderLetter } from './letters.js';
import {
  applicableCaveats,
  headlineParts,
  LEVEL_SYMBOL,
  LEVEL_WORD,
  monthCounts,
  regionActions,
} from './report-facts.js';
import { REPORT_CSS } from './html-style.js';
import { REPORT_SCRIPT } from './html-script.js';
import { timelineSvg, timelineTableHtml } from './timeline-svg.js';
import { allowedUrl, count, html } from './text-safety.js';
import { considerDeletingHtml } from './html-report-findings.js';
import { defined } from '../model/defined.js';

export interface HtmlReportOptions {
  /** The report was made with --all-items: private categories may be listed. */
  allItems?: boolean;
  /** For the letters' signature; a placeholder when absent. */
  name?: string;
  law?: LawId;
  /** Rows per page of the item table (500). */
  pageSize?: number;
  /** Characters of an item's text shown in the table (160). */
  excerptLength?: number;
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy: nothing remote, inline style and script by hash only. */
export function contentSecurityPolicy(): string {
  return `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_SCRIPT)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
}

function policyLink(url: string | undefined, text: string, policy: Policy): string {
  const href = allowedUrl(url, policy.allowedHosts);
  return href ? `<a href="${html(href)}" rel="noopener noreferrer">${html(text)}</a>` : html(text);
}

/** "Open on LinkedIn" for LinkedIn's own pages, "Open" for anything an edited policy points to. */
export function openLabel(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host === 'linkedin.com' || host.endsWith('.linkedin.com') ? 'Open on LinkedIn' : 'Open';
  } catch {
    return 'Open';
  }
}

function sourceRefs(ids: string[]): string {
  if (!ids.length) return '';
  return ` <span class="src">[${ids.map((id) => `<a href="#src-${html(id)}">${html(id)}</a>`).join(', ')}]</span>`;
}

function head(report: Report): string {
  const archives = report.archives.map((a) => a.path.split(/[\\/]/).pop() ?? a.path).join(', ');
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${html(contentSecurityPolicy())}">` +
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light dark">' +
    `<title>${html(`LinkedIn AI-training exposure: ${archives || 'report'}`)}</title>` +
    `<style>${REPORT_CSS}</style></head><body>`
  );
}

function answer(report: Report, policy: Policy): string {
  const out: string[] = ['<header id="answer"><h1>Was your LinkedIn data used to train LinkedIn\'s AI?</h1>'];
  const ctx = report.context;
  if (!ctx) {
    out.push('<p class="answer">No verdict: this report was made without an exposure policy.</p></header>');
    return out.join('');
  }
  const { likely, possible } = headlineParts(report);
  out.push(
    `<p class="answer" id="headline-likely"><span class="sym v-likely">${LEVEL_SYMBOL.likely}</span> <strong>Likely used to train LinkedIn's AI:</strong> ${html(likely.length ? likely.join(', ') : 'nothing')}.</p>`,
    `<p class="answer possible" id="headline-possible"><span class="sym v-possible">${LEVEL_SYMBOL.possible}</span> <strong>Possibly:</strong> ${html(possible.length ? possible.join(', ') : 'nothing')}.</p>`,
  );
  const t = report.summary.totals;
  out.push(
    `<p>Of ${count(t.total)} records in your export, ${count(t.likely)} are likely and ${count(t.possible)} possibly exposed; ${count(t.unlikely)} are unlikely to have been used. "Likely" means the data were on LinkedIn, with your setting on, while LinkedIn says it trained on your region's data: not that they are certainly inside a model (<a href="#limits">why "probably"</a>).</p>`,
  );
  const optOut = ctx.optedOut ? `turned off on ${html(ctx.optedOut)}` : `not turned off (the setting "${html(policy.optOut.settingName)}" is on by default)`;
  const archives = report.archives
    .map((a) => `${html(a.path)}${a.exportDate ? ` <small>(exported ${html(a.exportDate)}${a.variant ? `, ${a.variant}` : ''})</small>` : ''}`)
    .join('<br>');
  out.push(
    '<dl class="facts">',
    `<dt>Region</dt><dd>${html(ctx.regionName)} <small>(${html(ctx.regionSource)})</small></dd>`,
    `<dt>Opt-out</dt><dd>${optOut}</dd>`,
    `<dt>As of</dt><dd>${html(ctx.asOf)}</dd>`,
    `<dt>Policy</dt><dd>version ${html(ctx.policyVersion)} <small>(${html(policy.title)}; sources checked up to ${html(policy.updated)})</small></dd>`,
    `<dt>Export</dt><dd>${archives || '—'}</dd>`,
    '</dl>',
    `<nav class="toc" aria-label="Sections"><a href="#timeline">Timeline</a><a href="#categories">Categories</a><a href="#actions">What you can do</a>${report.summary.findings ? '<a href="#consider-deleting">Consider deleting</a>' : ''}<a href="#items">Items</a><a href="#letters">Letters</a><a href="#sources">Sources</a><a href="#limits">Why "probably"</a></nav>`,
    '</header>',
  );
  return out.join('');
}

function timeline(report: Report, policy: Policy, items: ReportItems): string {
  const data = monthCounts(report, policy, items.tally);
  const und = data.undated;
  const undated = und.likely + und.possible + und.unlikely;
  return (
    '<section id="timeline"><h2>Timeline</h2><figure>' +
    timelineSvg(report, policy, data) +
    `<figcaption>Items per month in three lanes: <span class="sym v-likely">●</span> likely, <span class="sym v-possible">◐</span> possibly, <span class="sym v-unlikely">○</span> unlikely (outlined bars). Each item sits at the month it was created: one created long before a training window still counts if it was on LinkedIn during the window. Shaded: the training windows of your region, labelled by status in the band "training".${report.context?.optedOut ? ' Dashed line: the day you opted out.' : ''}${undated ? ` Not plotted: ${count(undated)} items without a date (${count(und.likely)} likely, ${count(und.possible)} possibly, ${count(und.unlikely)} unlikely).` : ''}</figcaption></figure>` +
    `<details><summary>The timeline as a table</summary>${timelineTableHtml(data)}</details></section>`
  );
}

function categories(report: Report): string {
  const rows = report.summary.categories
    .filter((c) => c.total > 0)
    .map(
      (c) =>
        `<tr data-category="${c.id}"${c.private ? ' class="private"' : ''}><td>${html(c.label)}${c.private && c.listed < c.total ? ' <small>(private: counted, not listed)</small>' : ''}` +
        `<td class="num">${count(c.total)}<td class="num" data-level="likely">${count(c.likely)}<td class="num" data-level="possible">${count(c.possible)}<td class="num" data-level="unlikely">${count(c.unlikely)}`,
    );
  const t = report.summary.totals;
  return (
    '<section id="categories"><h2>Per category</h2><table class="compact"><thead><tr><th scope="col">Category<th scope="col" class="num">Records' +
    `<th scope="col" class="num"><span class="sym v-likely">●</span> likely<th scope="col" class="num"><span class="sym v-possible">◐</span> possibly<th scope="col" class="num"><span class="sym v-unlikely">○</span> unlikely</thead><tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr><th scope="row">Total<td class="num">${count(t.total)}<td class="num">${count(t.likely)}<td class="num">${count(t.possible)}<td class="num">${count(t.unlikely)}</tfoot></table></section>`
  );
}

function actions(report: Report, policy: Policy, law: LawId): string {
  const o = policy.optOut;
  const out: string[] = ['<section id="actions"><h2>What you can do</h2><ul class="plain">'];
  for (const a of regionActions(report, policy)) {
    out.push(`<li>${html(a.text)}${a.url ? ` ${policyLink(a.url, openLabel(a.url), policy)}` : ''}${sourceRefs(a.sources)}</li>`);
  }
  out.push('</ul>');
  out.push(`<p><strong>The setting:</strong> ${html(o.settingPath)}: "${html(o.toggleLabel)}" ${policyLink(o.settingUrl, 'open the setting', policy)}. ${html(o.effect)}.${sourceRefs(o.sources)}</p>`);
  for (const c of applicableCaveats(report, policy)) out.push(`<p><strong>Your opt-out date, for every item that existed before it:</strong> ${html(c.text)}.${sourceRefs(c.sources)}</p>`);
  const j = jurisdiction(law);
  out.push(`<h3>Your rights (${html(j.shortName)})</h3><ul class="plain">`);
  for (const r of j.rights) out.push(`<li>${html(r)}</li>`);
  out.push('</ul>');
  out.push(`<p>Complaints: ${j.authority.url ? policyLink(j.authority.url, j.authority.name, policy) : html(j.authority.name)}. Draft letters to LinkedIn's Data Protection Officer are <a href="#letters">below</a>.</p></section>`);
  return out.join('');
}

const TABLE_HEAD = '<thead><tr><th scope="col">Verdict<th scope="col">Date<th scope="col">Category<th scope="col">Text<th scope="col">Link<th scope="col">Reasons</thead>';

// Rows are terse: one class attribute holds the verdict (l, p) and the category's code (c3), so
// that a 145,000-row page stays small and a search rarely meets its words inside a tag.
function itemRow(row: ExposedRow, code: number, label: string, multiArchive: boolean): string {
  const level = row.exposure;
  const where = `${row.file}${row.line !== null ? ` line ${row.line}` : ''}${multiArchive ? `, archive ${row.archive + 1}` : ''}`;
  return (
    `<tr class="${level[0]} c${code}"><td>${LEVEL_SYMBOL[level]} ${LEVEL_WORD[level]}` +
    `<td>${row.date ? row.date.slice(0, 10) : '—'}<td>${label}` +
    `<td><bdi>${html(row.excerpt) || '<small>(no text)</small>'}</bdi><br><small><bdi>${html(where)}</bdi></small>` +
    `<td>${row.href ? `<a href="${html(row.href)}">open</a>` : ''}` +
    `<td>${row.reasons.map((n) => `<a href="#r-${n}">${n}</a>`).join(' ')}`
  );
}

/** The item section, one piece per page of the table (a large export is never one string here). */
function* itemSection(report: Report, items: ReportItems, options: HtmlReportOptions): Generator<string> {
  const total = items.rowCount;
  const labels = new Map(report.summary.categories.map((c) => [c.id, html(c.label)]));
  const codes = new Map(report.summary.categories.map((c, i) => [c.id, i]));
  const size = options.pageSize ?? 500;
  const multi = report.archives.length > 1;
  const out: string[] = [`<section id="items"><h2>Items likely or possibly exposed (${count(total)})</h2>`];
  if (total === 0) {
    out.push('<p>None.</p></section>');
    yield out.join('');
    return;
  }
  const options_ = report.summary.categories
    .flatMap((c) => {
      const n = items.perCategory.get(c.id);
      return n === undefined ? [] : [`<option value="c${codes.get(c.id)}" data-category="${c.id}">${html(c.label)} (${count(n)})</option>`];
    })
    .join('');
  out.push(
    '<form id="filters" class="filters" role="search" hidden><label>Search <input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="words in the text, a date, a file"></label>',
    `<label>Category <select id="category"><option value="">all</option>${options_}</select></label>`,
    `<fieldset class="plain-fieldset"><legend class="muted">Verdict</legend><label><input type="checkbox" name="verdict" value="l" checked> <span class="sym v-likely">●</span> likely</label> <label><input type="checkbox" name="verdict" value="p" checked> <span class="sym v-possible">◐</span> possibly</label></fieldset>`,
    '<span id="status" role="status" aria-live="polite"></span></form>',
    '<noscript><p class="muted">Search and filters need JavaScript; every item is listed below, in pages.</p></noscript>',
    `<p class="muted">Newest first; ${count(total)} items in pages of ${count(size)}. Private records (messages, connections, contacts, account data) are never listed here${options.allItems ? ' unless exposed' : ''}. The numbers under "Reasons" point to the list of reasons below the table.</p>`,
    `<div id="results" hidden><table class="items">${TABLE_HEAD}<tbody></tbody></table><button id="more" type="button" hidden>Show more</button></div>`,
    `<div id="pages" data-total="${total}">`,
  );
  // Page 1 is part of the page. The others are inside <noscript>: without scripts the browser
  // shows them as they are; with scripts it keeps them as unparsed text (cheap for 100,000s of
  // rows) and the script builds a page only when it is opened or searched.
  yield out.join('');
  out.length = 0;
  const writePage = (chunk: ExposedRow[], start: number): string => {
    const dates = chunk.map((r) => r.date).filter((d): d is string => d !== null);
    const [first, last] = [dates[0], dates.at(-1)];
    const range = first !== undefined && last !== undefined ? ` · ${first.slice(0, 10)} to ${last.slice(0, 10)}` : ' · no date';
    const summary = `Items ${count(start + 1)}–${count(start + chunk.length)} of ${count(total)}${range}`;
    const parts: string[] = [];
    if (start > 0) parts.push(`<noscript class="page-src" data-summary="${html(summary)}">`);
    parts.push(`<details class="page"${start === 0 ? ' open' : ''}><summary>${summary}</summary><table class="items">${TABLE_HEAD}<tbody>`);
    for (const row of chunk) parts.push(itemRow(row, defined(codes.get(row.category)), defined(labels.get(row.category)), multi));
    parts.push('</tbody></table></details>');
    if (start > 0) parts.push('</noscript>');
    return parts.join('');
  };
  let page: ExposedRow[] = [];
  let start = 0;
  for (const row of items.tableRows()) {
    page.push(row);
    if (page.length < size) continue;
    yield writePage(page, start);
    start += page.length;
    page = [];
  }
  if (page.length) yield writePage(page, start);
  out.push('</div><h3>Reasons</h3><ol class="reasons">');
  items.reasons().forEach((r, i) => out.push(`<li id="r-${i + 1}">${html(r.text)}${sourceRefs(r.sources)}</li>`));
  out.push('</ol></section>');
  yield out.join('');
}

function letters(report: Report, policy: Policy, options: HtmlReportOptions, law: LawId, items: ReportItems): string {
  const j = jurisdiction(law);
  const out: string[] = [
    `<section id="letters"><h2>Draft letters to LinkedIn's Data Protection Officer</h2><p>Worded for ${html(j.lawName)}. They give counts and years only, never the text of your posts or messages. Fill in the [PLACEHOLDERS], read them through (they are drafts, not legal advice), and see the notes at the end of each. <code>li-exposure letter</code> writes them as text files.</p>`,
  ];
  for (const kind of LETTER_KINDS) {
    const text = renderLetter(report, policy, { kind, law, years: items.years, ...(options.name !== undefined ? { name: options.name } : {}) });
    out.push(`<details id="letter-${kind}"><summary>${html(LETTER_TITLES[kind])}</summary><pre class="letter">${html(text)}</pre></details>`);
  }
  out.push('</section>');
  return out.join('');
}

function sources(report: Report, policy: Policy): string {
  const out: string[] = ['<section id="sources"><h2>Sources</h2><ol class="src plain">'];
  const list = report.sources.length ? report.sources : policy.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher ?? null, date: s.date, url: s.url, kind: s.kind ?? null, quoted: s.quoted ?? false }));
  for (const s of list) {
    const meta = [s.publisher, s.date, s.kind === 'primary' && s.quoted ? 'primary, known through a verbatim quotation' : s.kind].filter(Boolean).join(', ');
    out.push(`<li id="src-${html(s.id)}"><strong>${html(s.id)}</strong> ${policyLink(s.url, s.title, policy)} <small>(${html(meta)})</small></li>`);
  }
  out.push('</ol></section>');
  return out.join('');
}

function limits(policy: Policy): string {
  const out: string[] = [
    '<section id="limits"><h2>Why "probably": the limits of this answer</h2><p>LinkedIn does not disclose when its training runs happened or which records each run used. An item that existed while training was on could have been used; li-exposure cannot know that it was.</p><ol>',
  ];
  for (const l of policy.limits) out.push(`<li>${html(l.text)}${sourceRefs(l.sources)}</li>`);
  out.push('</ol></section>');
  return out.join('');
}

function footer(report: Report, policy: Policy): string {
  const w = report.warnings.length;
  return (
    `<footer><p class="muted">Made by li-exposure ${html(report.tool.version)} on ${html(report.generatedAt.slice(0, 10))} with policy ${html(policy.id)} ${html(policy.version)}, fully offline: this page loads nothing from the network.` +
    `${w ? ` The scan gave ${count(w)} warning${w === 1 ? '' : 's'} (unrecognised files, malformed records); all of them are in the JSON report (<code>scan --json</code>).` : ''}` +
    ' This file holds your data: keep it private.</p></footer>'
  );
}

/**
 * The page in pieces, in order: what renderHtmlReport joins, for writing a large report without
 * holding it twice. `items`: what the page needs of the items, when they were streamed (the
 * report's own items otherwise).
 */
export function* htmlReportParts(report: Report, policy: Policy, options: HtmlReportOptions = {}, items?: ReportItems): Generator<string> {
  const digest = items ?? ReportItems.of(report, { allItems: options.allItems === true, excerptLength: options.excerptLength ?? 140 });
  try {
    const law = options.law ?? defaultLaw(report.context?.region);
    yield head(report);
    yield '<main>';
    yield answer(report, policy);
    yield timeline(report, policy, digest);
    yield categories(report);
    yield actions(report, policy, law);
    yield considerDeletingHtml(report, digest.consideredItems(), digest.excerptLength);
    yield* itemSection(report, digest, options);
    yield letters(report, policy, options, law, digest);
    yield sources(report, policy);
    yield limits(policy);
    yield '</main>';
    yield footer(report, policy);
    yield `<script>${REPORT_SCRIPT}</script></body></html>\n`;
  } finally {
    if (!items) digest.close();
  }
}

/** The whole page. */
export function renderHtmlReport(report: Report, policy: Policy, options: HtmlReportOptions = {}): string {
  return Array.from(htmlReportParts(report, policy, options)).join('');
}
