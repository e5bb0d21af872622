// Builds the whole screen as rows of styled segments: exactly layout.frameRows rows, none wider
// than the terminal. Pure (the view model memoises the expensive parts), so it can be tested
// without ink and rendered by a trivial component.

import type { Item } from '../model/report.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { Layout } from './layout.js';
import { clip, fit, lineWidth, seg, spread, styled } from './lines.js';
import { currentList, type UiState } from './state.js';
import { HINTS, helpRows } from './keys.js';
import { formatCompact, formatCount, padToWidth, truncate, wrapText } from './text.js';
import { ACCENT, LEVEL_COLOR, LEVEL_LABEL, LEVEL_SYMBOL, type LevelOrNone } from './theme.js';
import { timelineLines } from './timeline-view.js';
import type { Line, Segment, TimelineInfo } from './types.js';
import { filterLabel, normalizeQuery, type CategoryEntry, type ReportView } from './view-model.js';
import type { Action } from '../render/actions.js';
import { highlightedLines } from './highlight.js';
import { FINDING_LABELS } from '../render/finding-labels.js';
import { defined } from '../model/defined.js';

export interface FrameOptions {
  timeline?: TimelineInfo;
  /** What the member can do now (render/actions.ts), for the actions pane (a). */
  actions?: readonly Action[];
  /** Draft request letters, at the end of the actions pane (L scrolls there). */
  letters?: readonly LetterDraft[];
  color: boolean;
}

/** A request letter as the browser shows it: its title, the command that saves it, its text. */
export interface LetterDraft {
  title: string;
  command: string;
  text: string;
}

type Colorize = (name: string) => string | undefined;

const HELP = helpRows();

/** Marks an item the detectors found something in (a phone number, a health word...). */
const FINDING_MARK = '!';
const FINDING_COLOR = 'magenta';

export function levelOf(view: ReportView, index: number): LevelOrNone {
  return view.level(index) ?? 'none';
}

/** The date column of an undated row (as wide as "2024-03-05"). */
const NO_DATE = 'no date   ';

function longDate(date: string | null): string {
  if (!date) return 'none';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(date);
  if (!m) return sanitizeForTerminal(date);
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

/** One-line summary of an item: its title and the first non-empty line of its text. */
export function rowText(item: Pick<Item, 'title' | 'text'>): string {
  const raw = (item.text ?? '').slice(0, 4000);
  let first = '';
  for (const line of raw.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') {
      first = line.trim();
      break;
    }
  }
  const title = item.title ? item.title.trim() : '';
  const text = title && first && title !== first ? `${title}: ${first}` : title || first;
  return sanitizeForTerminal(text);
}

// ---------------------------------------------------------------------------------------------
// Header

/** The first of the lines (longest first) that fits; the header shortens its fields rather than cut a word. */
function firstThatFits(variants: Line[], width: number): Line {
  for (const v of variants) if (lineWidth(v) <= width) return v;
  return clip(variants.at(-1) ?? [], width);
}

function headerLines(view: ReportView, width: number, c: Colorize): Line[] {
  const ctx = view.report.context;
  const name = seg('li-exposure', { bold: true, color: c(ACCENT) });
  let first: Line;
  if (ctx) {
    const region = seg(sanitizeForTerminal(ctx.regionName ?? ctx.region), { bold: true });
    const code = seg(sanitizeForTerminal(ctx.region), { bold: true });
    const source = seg(` (${sanitizeForTerminal(ctx.regionSource)})`, { dim: true });
    const opted = [seg(' · opted out '), ctx.optedOut ? seg(sanitizeForTerminal(ctx.optedOut).slice(0, 10), { bold: true }) : seg('no', { bold: true })];
    const policy = [seg(' · policy '), seg(sanitizeForTerminal(ctx.policyVersion), { bold: true })];
    const asOf = seg(` · as of ${sanitizeForTerminal(ctx.asOf).slice(0, 10)}`, { dim: true });
    first = firstThatFits(
      [
        [name, seg('  region '), region, source, ...opted, ...policy, asOf],
        [name, seg('  region '), region, source, ...opted, ...policy],
        [name, seg('  region '), region, source, ...opted],
        [name, seg('  region '), region, ...opted],
        [name, seg('  region '), code, ...opted],
        [name, seg(' '), code, ...opted],
      ],
      width,
    );
  } else {
    first = firstThatFits([[name, seg('  exposure not assessed (no policy context in this report)', { dim: true })], [name]], width);
  }
  const t = view.report.summary.totals;
  const likely = seg(`${LEVEL_SYMBOL.likely} ${formatCount(t.likely)} items likely exposed`, { bold: true, color: c(LEVEL_COLOR.likely) });
  const likelyShort = seg(`${LEVEL_SYMBOL.likely} ${formatCount(t.likely)} likely`, { bold: true, color: c(LEVEL_COLOR.likely) });
  const possible = seg(`${LEVEL_SYMBOL.possible} ${formatCount(t.possible)} possibly`, { bold: true, color: c(LEVEL_COLOR.possible) });
  const unlikely = seg(`${LEVEL_SYMBOL.unlikely} ${formatCount(t.unlikely)} unlikely`, { color: c(LEVEL_COLOR.unlikely) });
  const listed = seg(` · ${formatCount(t.listed)} listed of ${formatCount(t.total)} records`, { dim: true });
  const second = firstThatFits(
    [
      [likely, seg(', '), possible, seg('  ·  '), unlikely, listed],
      [likely, seg(', '), possible, seg('  ·  '), unlikely],
      [likely, seg(', '), possible],
      [likelyShort, seg(', '), possible],
      [likelyShort],
    ],
    width,
  );
  return [first, second];
}

// ---------------------------------------------------------------------------------------------
// Category pane

function categoryCounts(entry: CategoryEntry, c: Colorize, matches: number | null): Segment[] {
  if (matches !== null) {
    return [seg(matches === 0 ? '–' : `${formatCompact(matches)} match${matches === 1 ? '' : 'es'}`, { dim: matches === 0 })];
  }
  if (entry.items === 0 && entry.total > 0) {
    return [seg(`${formatCompact(entry.total)} ${entry.private ? 'counted only' : 'not listed'}`, { dim: true })];
  }
  return [
    seg(`${LEVEL_SYMBOL.likely}${formatCompact(entry.likely)}`, { color: c(LEVEL_COLOR.likely) }),
    seg(' '),
    seg(`${LEVEL_SYMBOL.possible}${formatCompact(entry.possible)}`, { color: c(LEVEL_COLOR.possible) }),
    seg(' '),
    seg(`${LEVEL_SYMBOL.unlikely}${formatCompact(entry.unlikely)}`, { color: c(LEVEL_COLOR.unlikely) }),
  ];
}

function categoryPane(view: ReportView, s: UiState, layout: Layout, width: number, c: Colorize): Line[] {
  const rows = layout.mainRows;
  const page = layout.pageRows;
  const focused = s.focus === 'categories';
  const out: Line[] = [fit([seg('Categories', { bold: focused, color: focused ? c(ACCENT) : undefined })], width)];
  const cats = view.categories;
  const matches = s.query !== null ? view.matches(s.filter, s.sort, s.query) : null;
  const top = Math.max(0, Math.min(s.catTop, Math.max(0, cats.length - page)));
  for (let p = top; p < cats.length && out.length < rows; p++) {
    const entry = defined(cats[p]);
    const selected = p === s.cat;
    const key = p < 9 ? String(p + 1) : ' ';
    const empty = entry.items === 0;
    const left: Line = [
      seg(selected ? '›' : ' ', { bold: true, color: c(ACCENT) }),
      seg(`${key} `, { dim: true }),
      seg(sanitizeForTerminal(entry.label), { dim: empty && !selected, bold: selected }),
    ];
    let line = spread(left, categoryCounts(entry, c, matches ? defined(matches.counts[p]) : null), width);
    if (selected && focused) line = styled(line, { inverse: true });
    out.push(line);
  }
  if (cats.length === 0) out.push(fit([seg('No data in this report.', { dim: true })], width));
  while (out.length < rows) out.push(fit([], width));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Item list pane

function listTitle(view: ReportView, s: UiState, length: number, width: number, c: Colorize): Line {
  const entry = view.categories[s.cat];
  const focused = s.focus === 'items';
  const name = entry ? sanitizeForTerminal(entry.label) : 'Items';
  const parts: Segment[] = [
    seg(name, { bold: true, color: focused ? c(ACCENT) : undefined }),
    seg(` · ${formatCount(length)} item${length === 1 ? '' : 's'}`),
    seg(` · ${s.sort} first`, { dim: true }),
    seg(' · filter ', { dim: true }),
    s.filter === 'all'
      ? seg('all', { dim: true })
      : s.filter === 'findings'
        ? seg(`${FINDING_MARK} with findings`, { color: c(FINDING_COLOR) })
        : seg(`${LEVEL_SYMBOL[s.filter]} ${s.filter}`, { color: c(LEVEL_COLOR[s.filter]) }),
  ];
  if (s.query !== null) parts.push(seg(' · search ', { dim: true }), seg(`"${sanitizeForTerminal(s.query)}"`, { bold: true }));
  const pos = length > 0 ? `${formatCount(s.cursor + 1)}/${formatCount(length)}` : '';
  return spread(parts, pos ? [seg(pos, { dim: true })] : [], width);
}

function emptyListMessage(view: ReportView, s: UiState): string[] {
  const entry = view.categories[s.cat];
  if (!entry) return ['No items in this report.'];
  const label = sanitizeForTerminal(entry.label);
  if (entry.items === 0) {
    if (entry.private && entry.total > 0) {
      return [
        `${label}: ${formatCount(entry.total)} records, counted only (private).`,
        'Their content is not copied into the report; re-run the scan with --all-items to list them.',
      ];
    }
    return [`${label}: no items listed.`];
  }
  if (s.query !== null) {
    return [`No match for "${sanitizeForTerminal(s.query)}" in ${label}${s.filter === 'all' ? '' : ` (${filterLabel(s.filter)} only)`}.`, 'n / N go to the next / previous match; Esc clears the search.'];
  }
  if (s.filter === 'findings') return [`No items with findings in ${label}.`, 'Press f to change the filter.'];
  if (s.filter !== 'all') return [`No ${s.filter} items in ${label}.`, 'Press f to change the filter.'];
  return [`${label}: no items.`];
}

function listPane(view: ReportView, s: UiState, layout: Layout, width: number, c: Colorize): Line[] {
  const rows = layout.mainRows;
  const page = layout.pageRows;
  const list = currentList(view, s);
  const out: Line[] = [listTitle(view, s, list.length, width, c)];
  if (list.length === 0) {
    out.push(fit([], width));
    for (const text of emptyListMessage(view, s)) {
      for (const l of wrapText(text, Math.max(1, width - 2))) out.push(fit([seg(`  ${l}`, { dim: true })], width));
    }
  } else {
    const focused = s.focus === 'items';
    const top = Math.max(0, Math.min(s.top, Math.max(0, list.length - page)));
    const end = Math.min(list.length, top + page);
    for (let k = top; k < end; k++) {
      const index = defined(list[k]);
      // Only what a row shows is decoded: the day and the title and text, not the whole item.
      const day = view.day(index);
      const level = levelOf(view, index);
      const selected = k === s.cursor;
      let line: Line = [
        seg(selected ? '›' : ' ', { bold: true, color: c(ACCENT) }),
        seg(day || NO_DATE, { dim: !selected && day === null }),
        seg(' '),
        seg(LEVEL_SYMBOL[level], { color: c(LEVEL_COLOR[level]) }),
        view.findingCounts[index] ? seg(FINDING_MARK, { bold: true, color: c(FINDING_COLOR) }) : seg(' '),
        seg(' '),
        ...highlighted(rowText(view.texts(index)), s.query, selected && focused),
      ];
      line = fit(line, width);
      if (selected && focused) line = styled(line, { inverse: true });
      out.push(line);
    }
  }
  while (out.length > rows) out.pop();
  while (out.length < rows) out.push(fit([], width));
  return out;
}

/** The text with each match of the search shown inverted (bold on the inverted selected row). */
export function highlighted(text: string, query: string | null, selected: boolean): Segment[] {
  const q = normalizeQuery(query);
  if (!q) return [seg(text)];
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (rare: İ); then only the row, not the match, is shown.
  if (lower.length !== text.length) return [seg(text)];
  const out: Segment[] = [];
  let at = 0;
  for (let k = lower.indexOf(q); k >= 0; k = lower.indexOf(q, k + q.length)) {
    if (k > at) out.push(seg(text.slice(at, k)));
    out.push(seg(text.slice(k, k + q.length), selected ? { bold: true } : { inverse: true, bold: true }));
    at = k + q.length;
  }
  if (at < text.length) out.push(seg(text.slice(at)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Actions pane

/** The actions pane's lines at a width (text word-wrapped, links on their own line). */
export function actionLines(actions: readonly Action[], width: number, c: Colorize, letters: readonly LetterDraft[] = []): Line[] {
  const out: Line[] = [[seg('What you can do now', { bold: true, color: c(ACCENT) }), seg(' · for your region and opt-out · a or Esc goes back', { dim: true })], []];
  if (actions.length === 0) out.push([seg('  No actions in this policy.', { dim: true })]);
  for (const a of actions) {
    wrapText(sanitizeForTerminal(a.text), Math.max(10, width - 2)).forEach((l, i) => out.push([seg(i === 0 ? '• ' : '  '), seg(l)]));
    if (a.url) out.push([seg('  '), seg(sanitizeForTerminal(a.url), { color: c(ACCENT) })]);
    if (a.command) out.push([seg('  $ ', { dim: true }), seg(sanitizeForTerminal(a.command))]);
    out.push([]);
  }
  if (letters.length) {
    out.push([seg('Request letters', { bold: true, color: c(ACCENT) }), seg(" · drafts to LinkedIn's Data Protection Officer; fill in the [placeholders]", { dim: true })], []);
    for (const letter of letters) {
      out.push([seg(`── ${letter.title} `, { bold: true })]);
      // The command is wrapped, never cut: a long path goes on to the next line.
      out.push([seg('  Save it with:', { dim: true })]);
      for (const l of wrapText(`$ ${sanitizeForTerminal(letter.command)}`, Math.max(10, width - 4))) out.push([seg('    '), seg(l)]);
      out.push([]);
      for (const paragraph of sanitizeForTerminal(letter.text, { keepNewlines: true }).split('\n')) {
        if (paragraph.trim() === '') out.push([]);
        else for (const l of wrapText(paragraph, Math.max(10, width - 2))) out.push([seg('  '), seg(l)]);
      }
      out.push([]);
    }
  }
  return out;
}

function actionsView(s: UiState, layout: Layout, opts: FrameOptions, c: Colorize): Line[] {
  const all = actionLines(opts.actions ?? [], layout.columns, c, opts.letters);
  const top = Math.max(0, Math.min(s.actionsTop, Math.max(0, all.length - layout.mainRows)));
  return padRows(all.slice(top, top + layout.mainRows), layout.mainRows, layout.columns);
}

// ---------------------------------------------------------------------------------------------
// Detail view

/** Body lines of the detail view of an item at a width (memoised per item and width). */
export function detailBody(view: ReportView, index: number, width: number, c: Colorize): Line[] {
  return view.memo(`detail\u0000${index}\u0000${width}\u0000${c('x') ? 1 : 0}`, () => buildDetail(view, index, width, c));
}

function buildDetail(view: ReportView, index: number, width: number, c: Colorize): Line[] {
  const item = view.item(index);
  const level = levelOf(view, index);
  const labelWidth = 10;
  const valueWidth = Math.max(10, width - labelWidth);
  const out: Line[] = [];
  const field = (label: string, value: string, style?: Omit<Segment, 'text'>): void => {
    const wrapped = wrapText(sanitizeForTerminal(value, { keepNewlines: true }), valueWidth);
    wrapped.forEach((text, i) => {
      out.push([seg(padToWidth(i === 0 ? label : '', labelWidth), { dim: true }), seg(text, style)]);
    });
  };
  const entry = view.categories.find((cat) => cat.id === item.category);
  const sources = new Map((view.report.sources ?? []).map((src) => [src.id, src]));
  field('Category', entry ? entry.label : item.category);
  field('Date', longDate(item.date));
  out.push([
    seg(padToWidth('Verdict', labelWidth), { dim: true }),
    seg(`${LEVEL_SYMBOL[level]} ${LEVEL_LABEL[level]}`, { bold: true, color: c(LEVEL_COLOR[level]) }),
  ]);
  if (item.title) field('Title', item.title, { bold: true });
  if (item.url) field('URL', item.url, { color: c('blue') });
  const archive = view.report.archives?.[item.source.archive];
  const where = `${item.source.file}${item.source.line === null ? '' : `, line ${item.source.line}`}`;
  field('Source', view.report.archives && view.report.archives.length > 1 && archive ? `${where} (archive ${item.source.archive + 1}: ${archive.path})` : where);
  field('Id', item.id);
  Object.entries(item.details ?? {}).forEach(([k, v], i) => field(i === 0 ? 'Details' : '', `${k}: ${v}`));

  const rule = (title: string): Line => [seg(`${title} `, { bold: true }), seg('─'.repeat(Math.max(0, width - title.length - 1)), { dim: true })];
  out.push([]);
  out.push(rule('Text'));
  const text = item.text ?? '';
  const findings = item.findings ?? [];
  if (text.trim() === '') out.push([seg('(no text)', { dim: true })]);
  else if (findings.length === 0) for (const l of wrapText(sanitizeForTerminal(text, { keepNewlines: true }), width)) out.push([seg(l)]);
  else {
    // Found spans stand out without colour too (inverse video).
    for (const pieces of highlightedLines(text, findings, width)) {
      out.push(pieces.map((p) => (p.found ? seg(p.text, { inverse: true, bold: true, color: c(FINDING_COLOR) }) : seg(p.text))));
    }
  }
  if (findings.length) {
    out.push([]);
    out.push(rule('Found'));
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(FINDING_LABELS[f.kind], (counts.get(FINDING_LABELS[f.kind]) ?? 0) + 1);
    const found = [...counts].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label)).join(', ');
    for (const l of wrapText(`${FINDING_MARK} ${found}: marked in the text. Consider deleting the item on LinkedIn.`, Math.max(1, width))) {
      out.push([seg(l, { color: c(FINDING_COLOR) })]);
    }
  }

  out.push([]);
  out.push(rule('Why'));
  const reasons = item.reasons ?? [];
  if (reasons.length === 0) out.push([seg('No reasons recorded.', { dim: true })]);
  for (const r of reasons) {
    wrapText(sanitizeForTerminal(r.text, { keepNewlines: true }), Math.max(1, width - 2)).forEach((l, i) => {
      out.push([seg(i === 0 ? '• ' : '  ', { color: c(LEVEL_COLOR[level]) }), seg(l)]);
    });
    for (const id of r.sources) {
      // The report's source register gives each id its title, publisher and original address.
      const src = sources?.get(id);
      const line = src ? `${id}: ${src.title}${src.publisher ? ` (${src.publisher}, ${src.date})` : ` (${src.date})`} ${src.url}` : id;
      wrapText(sanitizeForTerminal(line), Math.max(1, width - 4)).forEach((l, i) => out.push([seg(i === 0 ? '  ↳ ' : '    '), seg(l, { dim: true })]));
    }
  }
  return out.map((l) => clip(l, width));
}

function detailView(view: ReportView, s: UiState, layout: Layout, c: Colorize): Line[] {
  const width = layout.columns;
  const rows = layout.mainRows;
  const list = currentList(view, s);
  const index = list[s.cursor] ?? -1; // -1: no item at the cursor
  if (index < 0) return padRows([[seg('No item selected.', { dim: true })]], rows, width);
  const body = detailBody(view, index, width, c);
  const page = Math.max(0, rows - 1);
  const top = Math.max(0, Math.min(s.detailTop, Math.max(0, body.length - page)));
  const entry = view.categories[s.cat];
  const more = body.length > page ? `lines ${top + 1}-${Math.min(body.length, top + page)} of ${body.length}` : '';
  const title = spread(
    [
      seg(entry ? sanitizeForTerminal(entry.label) : 'Item', { bold: true, color: c(ACCENT) }),
      seg(` · item ${formatCount(s.cursor + 1)} of ${formatCount(list.length)}`),
    ],
    more ? [seg(more, { dim: true })] : [],
    width,
  );
  return padRows([title, ...body.slice(top, top + page)], rows, width);
}

// ---------------------------------------------------------------------------------------------
// Help

function helpView(layout: Layout, c: Colorize): Line[] {
  const width = layout.columns;
  const rows = layout.mainRows;
  const keyWidth = 20;
  const out: Line[] = [[seg('Keys', { bold: true, color: c(ACCENT) }), seg(' · press any key to close', { dim: true })]];
  const entries = HELP.map(([k, d]): Line => [seg(padToWidth(k, keyWidth), { bold: true }), seg(d)]);
  const room = rows - 1;
  if (entries.length <= room || width < 2 * (keyWidth + 20)) {
    out.push(...entries);
  } else {
    // Two columns when the screen is short but wide.
    const half = Math.ceil(entries.length / 2);
    const colWidth = Math.floor(width / 2);
    for (let i = 0; i < half; i++) out.push([...fit(defined(entries[i]), colWidth), ...(entries[i + half] ?? [])]);
  }
  out.push([]);
  out.push([seg(`Symbols: ${LEVEL_SYMBOL.likely} likely  ${LEVEL_SYMBOL.possible} possible  ${LEVEL_SYMBOL.unlikely} unlikely  ${LEVEL_SYMBOL.none} not assessed  ${FINDING_MARK} sensitive details found`, { dim: true })]);
  return padRows(out, rows, width);
}

// ---------------------------------------------------------------------------------------------
// Status and key hint

function statusLine(view: ReportView, s: UiState, width: number, c: Colorize): Line {
  if (s.prompt === 'search') {
    return clip([seg('/', { bold: true, color: c(ACCENT) }), seg(sanitizeForTerminal(s.draft)), seg('▏', { color: c(ACCENT) })], width);
  }
  if (s.prompt === 'export') {
    const n = currentList(view, s).length;
    return clip(
      [
        seg(`Export ${formatCount(n)} item${n === 1 ? '' : 's'} as `),
        seg('j', { bold: true, color: c(ACCENT) }),
        seg('son or '),
        seg('c', { bold: true, color: c(ACCENT) }),
        seg('sv? (any other key cancels)'),
      ],
      width,
    );
  }
  const parts: Segment[] = [];
  if (s.status) {
    const color = s.status.tone === 'error' ? 'red' : s.status.tone === 'ok' ? 'green' : undefined;
    parts.push(seg(sanitizeForTerminal(s.status.text), { color: c(color ?? ''), bold: s.status.tone !== 'info' }));
  }
  const right: Segment[] = [];
  if (s.query !== null) {
    const m = view.matches(s.filter, s.sort, s.query);
    const inCat = m.counts[s.cat] ?? 0;
    const at = inCat > 0 && s.cursor < inCat ? formatCount(defined(m.offsets[s.cat]) + s.cursor + 1) : '–';
    right.push(seg(`"${sanitizeForTerminal(s.query)}" `, { dim: true }), seg(`match ${at}/${formatCount(m.total)}`, { bold: true }));
  }
  return spread(parts, right, width);
}


/** The key hint: as many hints as fit, always ending with "? help  q quit" in the main views. */
function hintLine(s: UiState, width: number): Line {
  const mode = s.help ? 'help' : s.prompt ?? s.mode;
  const hints = HINTS[mode] ?? [];
  const tail = mode === 'help' || mode === 'search' || mode === 'export' ? [] : ['? help', 'q quit'];
  const sep = '  ';
  let used = tail.join(sep).length;
  const shown: string[] = [];
  for (const h of hints) {
    const extra = h.length + (shown.length > 0 || tail.length > 0 ? sep.length : 0);
    if (used + extra > width) break;
    shown.push(h);
    used += extra;
  }
  return [seg(truncate([...shown, ...tail].join(sep), width), { dim: true })];
}

// ---------------------------------------------------------------------------------------------

function padRows(lines: Line[], rows: number, width: number): Line[] {
  const out = lines.slice(0, rows).map((l) => clip(l, width));
  while (out.length < rows) out.push([]);
  return out;
}

function mainArea(view: ReportView, s: UiState, layout: Layout, opts: FrameOptions, c: Colorize): Line[] {
  if (s.help) return helpView(layout, c);
  if (s.mode === 'timeline') {
    return timelineLines(view.timeline(), layout.columns, layout.mainRows, {
      info: opts.timeline,
      optedOut: view.report.context?.optedOut ?? null,
      color: opts.color,
    });
  }
  if (s.mode === 'detail') return detailView(view, s, layout, c);
  if (s.mode === 'actions') return actionsView(s, layout, opts, c);
  if (!layout.split) {
    return s.focus === 'categories' ? categoryPane(view, s, layout, layout.columns, c) : listPane(view, s, layout, layout.columns, c);
  }
  const left = categoryPane(view, s, layout, layout.catWidth, c);
  const right = listPane(view, s, layout, layout.listWidth, c);
  const out: Line[] = [];
  for (let r = 0; r < layout.mainRows; r++) out.push([...defined(left[r]), seg('│', { dim: true }), ...defined(right[r])]); // both panes have mainRows lines
  return out;
}

export function buildFrame(view: ReportView, s: UiState, layout: Layout, opts: FrameOptions): Line[] {
  const c: Colorize = (name) => (opts.color && name ? name : undefined);
  const width = layout.columns;
  if (s.quitting) {
    const t = view.report.summary.totals;
    return [clip([seg(`li-exposure: ${formatCount(t.likely)} items likely exposed, ${formatCount(t.possible)} possibly.`)], width)];
  }
  if (layout.tooSmall) {
    const lines = wrapText(`li-exposure: the terminal is too small (${layout.columns}×${layout.rows}); make it at least 40×10. q quits.`, width);
    return padRows(lines.map((l) => [seg(l)]), layout.frameRows, width);
  }
  const frame: Line[] = [
    ...headerLines(view, width, c),
    [seg('─'.repeat(width), { dim: true })],
    ...mainArea(view, s, layout, opts, c),
    statusLine(view, s, width, c),
    hintLine(s, width),
  ];
  return padRows(frame, layout.frameRows, width);
}
