// UI state and key handling. `reduceKey` is pure: (state, key) -> (state, effect). The ink
// component only renders the state and carries out the effects (quit, write an export file).

import type { ExportFormat } from './export-list.js';
import { commandOf, type Command, type KeyInfo } from './keys.js';
import type { Layout } from './layout.js';
import { filterLabel, nextFilter, type ExposureFilter, type ReportView, type SortOrder } from './view-model.js';
import { defined } from '../model/defined.js';

export type Mode = 'list' | 'detail' | 'timeline' | 'actions';
export type Pane = 'categories' | 'items';

export interface StatusMessage {
  text: string;
  tone: 'info' | 'ok' | 'error';
}

export interface UiState {
  mode: Mode;
  /** The key overlay; any key closes it. */
  help: boolean;
  /** A one-line prompt owning the keyboard: search input or the export format question. */
  prompt: 'search' | 'export' | null;
  focus: Pane;
  /** Selected category (position in view.categories) and the first category row shown. */
  cat: number;
  catTop: number;
  /** Selected row in the item list and the first row shown. */
  cursor: number;
  top: number;
  filter: ExposureFilter;
  sort: SortOrder;
  /** Confirmed search (narrows the list; n/N move between matches), null when none. */
  query: string | null;
  /** Search text being typed. */
  draft: string;
  /** First body line shown in the detail view. */
  detailTop: number;
  /** First line shown in the actions pane. */
  actionsTop: number;
  status: StatusMessage | null;
  quitting: boolean;
}

export type Effect = { type: 'quit' } | { type: 'export'; format: ExportFormat };

export type { KeyInfo } from './keys.js';

export interface KeyContext {
  view: ReportView;
  layout: Layout;
  /** Body lines of the detail view for an item at the current width. */
  detailLength: (itemIndex: number) => number;
  /** Lines of the actions pane at the current width. */
  actionsLength?: () => number;
  /** The actions pane's line where the request letters start (L scrolls there). */
  lettersStart?: () => number;
}

export function initialState(view: ReportView): UiState {
  const first = view.categories.findIndex((c) => c.items > 0);
  return {
    mode: 'list',
    help: false,
    prompt: null,
    focus: 'items',
    cat: first >= 0 ? first : 0,
    catTop: 0,
    cursor: 0,
    top: 0,
    filter: 'all',
    sort: 'newest',
    query: null,
    draft: '',
    detailTop: 0,
    actionsTop: 0,
    status: null,
    quitting: false,
  };
}

export function currentList(view: ReportView, s: UiState): Int32Array {
  return view.list(s.cat, s.filter, s.sort, s.query);
}

/** Item index under the cursor, or -1 when the list is empty. */
export function selectedItem(view: ReportView, s: UiState): number {
  const list = currentList(view, s);
  return list[s.cursor] ?? -1;
}

/** Keeps `cursor` within `top .. top + page - 1`, and `top` within the list. */
export function scrollTo(cursor: number, top: number, page: number, length: number): number {
  let t = top;
  if (cursor < t) t = cursor;
  if (cursor >= t + page) t = cursor - page + 1;
  return Math.max(0, Math.min(t, Math.max(0, length - page)));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Moves the list cursor to `cursor` (clamped), scrolling as needed. */
function moveItems(s: UiState, ctx: KeyContext, cursor: number, top?: number): UiState {
  const len = currentList(ctx.view, s).length;
  const page = ctx.layout.pageRows;
  const c = len === 0 ? 0 : clamp(cursor, 0, len - 1);
  const t = top === undefined ? s.top : clamp(top, 0, Math.max(0, len - page));
  return { ...s, cursor: c, top: scrollTo(c, t, page, len) };
}

function selectCategory(s: UiState, ctx: KeyContext, cat: number): UiState {
  const n = ctx.view.categories.length;
  if (n === 0) return s;
  const c = clamp(cat, 0, n - 1);
  const catTop = scrollTo(c, s.catTop, ctx.layout.pageRows, n);
  if (c === s.cat) return { ...s, catTop };
  return { ...s, cat: c, catTop, cursor: 0, top: 0, detailTop: 0 };
}

/**
 * Applies a change to the filter/sort/search while keeping the selected item selected when it
 * is still in the new list (otherwise the cursor stays where it was, clamped).
 */
function reselect(prev: UiState, next: UiState, ctx: KeyContext): UiState {
  const selected = selectedItem(ctx.view, prev);
  const list = currentList(ctx.view, next);
  let cursor = selected >= 0 ? list.indexOf(selected) : -1;
  if (cursor < 0) cursor = Math.min(prev.cursor, Math.max(0, list.length - 1));
  const page = ctx.layout.pageRows;
  // Keep the row at the same screen position when possible.
  const top = cursor - (prev.cursor - prev.top);
  return { ...next, cursor, top: scrollTo(cursor, clamp(top, 0, Math.max(0, list.length - page)), page, list.length) };
}

/** Moves to the next (+1) or previous (-1) search match, across categories. */
function jumpMatch(s: UiState, ctx: KeyContext, dir: 1 | -1): UiState {
  if (s.query === null) return { ...s, status: { text: 'No search. Press / to search.', tone: 'info' } };
  const m = ctx.view.matches(s.filter, s.sort, s.query);
  if (m.total === 0) return { ...s, status: { text: `No match for "${s.query}".`, tone: 'error' } };
  let target: number;
  const inCat = m.counts[s.cat] ?? 0;
  if (inCat > 0) {
    const here = defined(m.offsets[s.cat]) + clamp(s.cursor, 0, inCat - 1);
    target = (here + dir + m.total) % m.total;
  } else if (dir === 1) {
    const after = m.counts.findIndex((n, p) => p > s.cat && n > 0);
    target = after >= 0 ? defined(m.offsets[after]) : 0;
  } else {
    let before = -1;
    for (let p = s.cat - 1; p >= 0; p--) {
      if (defined(m.counts[p]) > 0) {
        before = p;
        break;
      }
    }
    target = before >= 0 ? defined(m.offsets[before]) + defined(m.counts[before]) - 1 : m.total - 1;
  }
  return goToMatch(s, ctx, target);
}

function goToMatch(s: UiState, ctx: KeyContext, target: number): UiState {
  const m = ctx.view.matches(s.filter, s.sort, s.query ?? '');
  let cat = 0;
  for (const [p, n] of m.counts.entries()) {
    const start = defined(m.offsets[p]);
    if (n > 0 && target >= start && target < start + n) {
      cat = p;
      break;
    }
  }
  const moved = selectCategory(s, ctx, cat);
  const page = ctx.layout.pageRows;
  const cursor = target - defined(m.offsets[cat]);
  const top = cat === s.cat ? moved.top : Math.max(0, cursor - Math.floor(page / 2));
  return { ...moveItems({ ...moved, cursor }, ctx, cursor, top), detailTop: 0 };
}

function printable(input: string, key: KeyInfo): string {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return '';
  // Drop control characters from pasted text.
  return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

function handleSearchPrompt(s: UiState, input: string, key: KeyInfo, ctx: KeyContext): UiState {
  if (key.escape) return { ...s, prompt: null, draft: '', status: { text: 'Search cancelled.', tone: 'info' } };
  if (key.return) {
    const q = s.draft.trim();
    const closed: UiState = { ...s, prompt: null, draft: '' };
    if (q === '') {
      if (s.query === null) return closed;
      return { ...reselect(s, { ...closed, query: null }, ctx), status: { text: 'Search cleared.', tone: 'info' } };
    }
    const m = ctx.view.matches(s.filter, s.sort, q);
    if (m.total === 0) {
      const scope = s.filter === 'all' ? '' : s.filter === 'findings' ? ' among items with findings' : ` among ${s.filter} items`;
      return { ...closed, status: { text: `No match for "${q}"${scope}.`, tone: 'error' } };
    }
    const mode = s.mode === 'timeline' || s.mode === 'actions' ? 'list' : s.mode;
    return goToMatch({ ...closed, query: q, mode, status: null }, ctx, 0);
  }
  if (key.backspace || key.delete) {
    const chars = Array.from(s.draft);
    chars.pop();
    return { ...s, draft: chars.join('') };
  }
  if (key.ctrl && input === 'u') return { ...s, draft: '' };
  const text = printable(input, key);
  if (text === '') return s;
  return { ...s, draft: (s.draft + text).slice(0, 200) };
}

function handleDetail(s: UiState, command: Command | null, ctx: KeyContext): UiState {
  if (command === 'back' || command === 'paneLeft') return { ...s, mode: 'list' };
  const item = selectedItem(ctx.view, s);
  if (item < 0) return { ...s, mode: 'list' };
  const page = Math.max(1, ctx.layout.mainRows - 1);
  const maxTop = Math.max(0, ctx.detailLength(item) - page);
  const at = (t: number): UiState => ({ ...s, detailTop: clamp(t, 0, maxTop) });
  switch (command) {
    case 'down':
    case 'open':
      return at(s.detailTop + 1);
    case 'up':
      return at(s.detailTop - 1);
    case 'pageDown':
      return at(s.detailTop + page);
    case 'pageUp':
      return at(s.detailTop - page);
    case 'first':
      return at(0);
    case 'last':
      return at(maxTop);
    default:
      return s;
  }
}

function handleList(s: UiState, input: string, command: Command | null, ctx: KeyContext): UiState {
  const { view, layout } = ctx;
  const page = layout.pageRows;

  switch (command) {
    case 'switchPane':
      return { ...s, focus: s.focus === 'items' ? 'categories' : 'items' };
    case 'paneLeft':
      return { ...s, focus: 'categories' };
    case 'paneRight':
      return { ...s, focus: 'items' };
    case 'category': {
      const cat = Number(input) - 1;
      if (cat >= view.categories.length) return { ...s, status: { text: `No category ${input}.`, tone: 'error' } };
      return selectCategory(s, ctx, cat);
    }
    case 'filter':
    case 'prevFilter': {
      const filter = nextFilter(s.filter, command === 'prevFilter' ? -1 : 1);
      return { ...reselect(s, { ...s, filter }, ctx), status: { text: `Filter: ${filter === 'all' ? 'all items' : `${filterLabel(filter)} only`}.`, tone: 'info' } };
    }
    case 'sort': {
      const sort: SortOrder = s.sort === 'newest' ? 'oldest' : 'newest';
      return { ...s, sort, cursor: 0, top: 0, status: { text: `Sorted ${sort} first (undated last).`, tone: 'info' } };
    }
    case 'back':
      if (s.query !== null) return { ...reselect(s, { ...s, query: null }, ctx), status: { text: 'Search cleared.', tone: 'info' } };
      return s;
    case 'export':
      if (currentList(view, s).length === 0) return { ...s, status: { text: 'Nothing to export: the list is empty.', tone: 'error' } };
      return { ...s, prompt: 'export' };
    default:
      break;
  }

  if (s.focus === 'categories') {
    const n = view.categories.length;
    switch (command) {
      case 'open':
        return { ...s, focus: 'items' };
      case 'down':
        return selectCategory(s, ctx, s.cat + 1);
      case 'up':
        return selectCategory(s, ctx, s.cat - 1);
      case 'pageDown':
        return selectCategory(s, ctx, s.cat + page);
      case 'pageUp':
        return selectCategory(s, ctx, s.cat - page);
      case 'first':
        return selectCategory(s, ctx, 0);
      case 'last':
        return selectCategory(s, ctx, n - 1);
      default:
        return s;
    }
  }

  const len = currentList(view, s).length;
  switch (command) {
    case 'open':
      return len > 0 ? { ...s, mode: 'detail', detailTop: 0 } : s;
    case 'down':
      return moveItems(s, ctx, s.cursor + 1);
    case 'up':
      return moveItems(s, ctx, s.cursor - 1);
    case 'pageDown':
      return moveItems(s, ctx, s.cursor + page, s.top + page);
    case 'pageUp':
      return moveItems(s, ctx, s.cursor - page, s.top - page);
    case 'first':
      return moveItems(s, ctx, 0, 0);
    case 'last':
      return moveItems(s, ctx, len - 1, len);
    default:
      return s;
  }
}

export function reduceKey(state: UiState, input: string, key: KeyInfo, ctx: KeyContext): { state: UiState; effect?: Effect } {
  if (state.quitting) return { state };
  if (state.help) return { state: { ...state, help: false } };
  if (state.prompt === 'search') return { state: handleSearchPrompt(state, input, key, ctx) };
  if (state.prompt === 'export') {
    const s: UiState = { ...state, prompt: null };
    if (input === 'j' || input === 'J') return { state: { ...s, status: { text: 'Writing JSON…', tone: 'info' } }, effect: { type: 'export', format: 'json' } };
    if (input === 'c' || input === 'C') return { state: { ...s, status: { text: 'Writing CSV…', tone: 'info' } }, effect: { type: 'export', format: 'csv' } };
    return { state: { ...s, status: { text: 'Export cancelled.', tone: 'info' } } };
  }

  // Any key clears the previous message.
  const s: UiState = state.status ? { ...state, status: null } : state;

  const command = commandOf(input, key);
  switch (command) {
    case 'quit':
      return { state: { ...s, quitting: true }, effect: { type: 'quit' } };
    case 'help':
      return { state: { ...s, help: true } };
    case 'search':
      return { state: { ...s, prompt: 'search', draft: '' } };
    case 'nextMatch':
      return { state: jumpMatch(s, ctx, 1) };
    case 'prevMatch':
      return { state: jumpMatch(s, ctx, -1) };
    default:
      break;
  }

  if (s.mode === 'timeline') {
    if (command === 'timeline' || command === 'back') return { state: { ...s, mode: 'list' } };
    if (command === 'actions') return { state: { ...s, mode: 'actions', actionsTop: 0 } };
    if (command === 'letters') return { state: lettersPane(s, ctx) };
    return { state: s };
  }
  if (s.mode === 'actions') {
    if (command === 'actions' || command === 'back') return { state: { ...s, mode: 'list' } };
    if (command === 'timeline') return { state: { ...s, mode: 'timeline' } };
    if (command === 'letters') return { state: lettersPane(s, ctx) };
    const step = command === 'down' ? 1 : command === 'up' ? -1 : command === 'pageDown' ? ctx.layout.pageRows : command === 'pageUp' ? -ctx.layout.pageRows : command === 'first' ? -Infinity : 0;
    if (step === 0) return { state: s };
    const top = Math.max(0, Math.min(s.actionsTop + step, Math.max(0, (ctx.actionsLength?.() ?? 0) - ctx.layout.mainRows)));
    return { state: { ...s, actionsTop: Number.isFinite(top) ? top : 0 } };
  }
  if (command === 'timeline') return { state: { ...s, mode: 'timeline' } };
  if (command === 'actions') return { state: { ...s, mode: 'actions', actionsTop: 0 } };
  if (command === 'letters') return { state: lettersPane(s, ctx) };
  if (s.mode === 'detail') {
    if (command === 'export') return { state: handleList(s, input, command, ctx) };
    return { state: handleDetail(s, command, ctx) };
  }
  return { state: handleList(s, input, command, ctx) };
}

/** The actions pane, scrolled to its request letters. */
function lettersPane(s: UiState, ctx: KeyContext): UiState {
  const start = ctx.lettersStart?.() ?? 0;
  const top = Math.max(0, Math.min(start, Math.max(0, (ctx.actionsLength?.() ?? 0) - ctx.layout.mainRows)));
  return { ...s, mode: 'actions', actionsTop: top };
}
