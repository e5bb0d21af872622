// Every key of the browser, in one table: command -> bindings -> description. The reducer
// (state.ts) dispatches on the command a key is bound to; the help screen, the hint line and
// `browse --help` are generated from the same rows, so a key is bound and documented here only.
// Text typed into the search prompt and the export prompt's j/c answers are not commands.

/** The subset of ink's Key the browser looks at. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}
export type Command =
  | 'down'
  | 'up'
  | 'pageDown'
  | 'pageUp'
  | 'first'
  | 'last'
  | 'switchPane'
  | 'paneLeft'
  | 'paneRight'
  | 'category'
  | 'open'
  | 'back'
  | 'search'
  | 'nextMatch'
  | 'prevMatch'
  | 'filter'
  | 'prevFilter'
  | 'actions'
  | 'letters'
  | 'sort'
  | 'timeline'
  | 'export'
  | 'help'
  | 'quit';

/** A typed character (with Ctrl when `ctrl`), or a named key of ink's Key (any modifiers). */
export type Binding = { input: string | RegExp; ctrl?: boolean } | { key: keyof KeyInfo };

export interface KeyRow {
  /** The keys as the help screen shows them. */
  keys: string;
  /** What they do, on the help screen. */
  does: string;
  /** The row's words in `browse --help` (absent: not listed there). */
  brief?: string;
  bind: Partial<Record<Command, Binding[]>>;
}

export const KEY_TABLE: readonly KeyRow[] = [
  { keys: 'j / k, ↓ / ↑', does: 'move down / up', brief: 'arrows/j/k move', bind: { down: [{ input: 'j' }, { key: 'downArrow' }], up: [{ input: 'k' }, { key: 'upArrow' }] } },
  {
    keys: 'PgDn / PgUp, Space',
    does: 'page down / up (Ctrl-F / Ctrl-B too)',
    bind: { pageDown: [{ key: 'pageDown' }, { input: ' ' }, { input: 'f', ctrl: true }], pageUp: [{ key: 'pageUp' }, { input: 'b', ctrl: true }] },
  },
  { keys: 'g / G, Home / End', does: 'first / last', bind: { first: [{ input: 'g' }, { key: 'home' }], last: [{ input: 'G' }, { key: 'end' }] } },
  {
    keys: 'Tab, h / l, ← / →',
    does: 'switch between categories and items',
    bind: { switchPane: [{ key: 'tab' }], paneLeft: [{ input: 'h' }, { key: 'leftArrow' }], paneRight: [{ input: 'l' }, { key: 'rightArrow' }] },
  },
  { keys: '1 – 9', does: 'jump to a category', bind: { category: [{ input: /^[1-9]$/ }] } },
  { keys: 'Enter', does: 'open the item (in categories: go to its items)', brief: 'Enter details', bind: { open: [{ key: 'return' }] } },
  { keys: 'Esc', does: 'back from an item; clear the search', bind: { back: [{ key: 'escape' }, { key: 'backspace' }] } },
  { keys: '/', does: 'search all items (Enter confirms, Esc cancels)', brief: '/ search', bind: { search: [{ input: '/' }] } },
  { keys: 'n / N', does: 'next / previous search match', bind: { nextMatch: [{ input: 'n' }], prevMatch: [{ input: 'N' }] } },
  { keys: 'f / F', does: 'filter: all → likely → possible → unlikely → with findings (F: the other way)', brief: 'f/F filter', bind: { filter: [{ input: 'f' }], prevFilter: [{ input: 'F' }] } },
  { keys: 's', does: 'sort: newest / oldest first (undated last)', brief: 's sort', bind: { sort: [{ input: 's' }] } },
  { keys: 't', does: 'timeline of exposed items by month', brief: 't timeline', bind: { timeline: [{ input: 't' }] } },
  { keys: 'e', does: 'export the current list as JSON or CSV', brief: 'e export', bind: { export: [{ input: 'e' }] } },
  { keys: 'a', does: 'what you can do now: settings, rights, where to complain', brief: 'a actions', bind: { actions: [{ input: 'a' }] } },
  { keys: 'L', does: 'request letters: drafts of an objection, access and erasure request to LinkedIn', brief: 'L letters', bind: { letters: [{ input: 'L' }] } },
  { keys: '?', does: 'this help', brief: '? help', bind: { help: [{ input: '?' }] } },
  // Ctrl-C is ink's own (exitOnCtrlC).
  { keys: 'q, Ctrl-C', does: 'quit', brief: 'q quit', bind: { quit: [{ input: 'q' }] } },
];

/** Hints shown in the bottom line per view, most useful first (as many as fit are shown). */
export const HINTS: Readonly<Record<'help' | 'search' | 'export' | 'detail' | 'timeline' | 'actions' | 'list', readonly string[]>> = {
  help: ['any key closes the help'],
  search: ['type to search all items', 'Enter confirm', 'Esc cancel', 'Backspace delete'],
  export: ['j JSON', 'c CSV', 'any other key cancels'],
  detail: ['j/k scroll', 'PgUp/PgDn page', 'g/G top/end', 'n/N match', 'Esc back', 'e export'],
  timeline: ['t/Esc back', 'a actions', '/ search'],
  actions: ['j/k scroll', 'a/Esc back', 'L letters', 't timeline'],
  // t, e and a fit at 80 columns (with "? help  q quit").
  list: ['j/k move', 'Enter open', '/ search', 't timeline', 'e export', 'a actions', 'f/F filter', 's sort', 'Tab pane', 'n/N match', '1-9 category', 'g/G ends'],
};

function matches(binding: Binding, input: string, key: KeyInfo): boolean {
  if ('key' in binding) return key[binding.key] === true;
  if (key.meta || (key.ctrl ?? false) !== (binding.ctrl ?? false)) return false;
  if (key.escape || key.return || key.tab) return false;
  return typeof binding.input === 'string' ? input === binding.input : binding.input.test(input);
}

/** The command a key press is bound to, or null. */
export function commandOf(input: string, key: KeyInfo): Command | null {
  for (const row of KEY_TABLE) {
    for (const [command, bindings] of Object.entries(row.bind) as Array<[Command, Binding[]]>) {
      if (bindings.some((b) => matches(b, input, key))) return command;
    }
  }
  return null;
}

/** The help screen's rows: keys and what they do. */
export function helpRows(): Array<[string, string]> {
  return KEY_TABLE.map((row) => [row.keys, row.does]);
}

/** The "Keys: ..." line of `browse --help`. */
export function keysSummary(): string {
  return `Keys: ${KEY_TABLE.flatMap((row) => (row.brief ? [row.brief] : [])).join(', ')}.`;
}
