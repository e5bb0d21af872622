// Entry point of the interactive browser. Importing this module is cheap: ink, React and the app
// are loaded only when runBrowse() is called, so the CLI can import canRunInteractive from here
// (or from ./interactive.js) without paying for them.

import type { Report } from '../model/report.js';
import { colorEnabled } from '../render/style.js';
import type { TimelineInfo } from './types.js';
import type { ItemStore } from './item-store.js';

export { canRunInteractive } from './interactive.js';
export type { TimelineInfo, TrainingWindow, TrainingWindowStatus } from './types.js';

import type { Action } from '../render/actions.js';
import type { LetterDraft } from './frame.js';
export interface BrowseOptions {
  /** The report's items when they were streamed into a store (report.items is then empty). */
  store?: ItemStore;
  timeline?: TimelineInfo;
  /** What the member can do now (render/actions.ts), shown by `a`. */
  actions?: readonly Action[];
  /** Draft request letters (render/letters.ts), shown by `L`. */
  letters?: readonly LetterDraft[];
  /** Directory for `e` exports; defaults to process.cwd(). */
  exportDir?: string;
  /** Defaults to process.stdin; must be a TTY stream (raw mode) for keys to work. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Defaults to process.stdout; its columns/rows and 'resize' events drive the layout. */
  stdout?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  /** Colours on or off, as the caller decided (--no-color, NO_COLOR); defaults to colorEnabled() for stdout. */
  color?: boolean;
}

/** Renders the browser for a report and resolves when the user quits (q or Ctrl-C). */
export async function runBrowse(report: Report, options: BrowseOptions = {}): Promise<void> {
  // React chooses its development or production build when it is first loaded. The development
  // build roughly doubles the cost of every frame, so use production unless told otherwise.
  if (process.env['NODE_ENV'] === undefined) process.env['NODE_ENV'] = 'production';
  const [{ render }, { createElement }, { BrowseApp }] = await Promise.all([import('ink'), import('react'), import('./app.js')]);

  const instance = render(
    createElement(BrowseApp, {
      report,
      store: options.store,
      timeline: options.timeline,
      actions: options.actions,
      letters: options.letters,
      exportDir: options.exportDir ?? process.cwd(),
      color: options.color ?? colorEnabled(options.stdout ?? process.stdout, process.env),
    }),
    {
      stdin: (options.stdin ?? process.stdin) as NodeJS.ReadStream,
      stdout: (options.stdout ?? process.stdout) as NodeJS.WriteStream,
      exitOnCtrlC: true,
      patchConsole: false,
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
  }
}
