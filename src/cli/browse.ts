import { renderWarningsSummary } from '../render/text.js';
import { colorEnabled } from '../render/style.js';
import { canRunInteractive } from '../tui/interactive.js';
import { ItemStore } from '../tui/item-store.js';
import type { Item } from '../model/report.js';
import { compareSources } from '../model/report-order.js';
import { timelineInfo } from '../exposure/timeline.js';
import { loadPolicy } from '../exposure/load-policy.js';
import type { Io } from './io.js';
import type { ScanCommandOptions } from './scan.js';
import { buildReport, memberActions, scanText } from './scan.js';
import { LETTER_KINDS, LETTER_TITLES } from '../render/jurisdictions.js';
import { renderLetter } from '../render/letters.js';
import { exposureArgs, shellWords } from '../render/actions.js';

/** Why the browser cannot run here, in words (null when it can). */
function notInteractiveReason(io: Io): string | null {
  if (canRunInteractive(io.stdin, io.stdout, io.env)) return null;
  if (!io.stdin.isTTY || !io.stdout.isTTY) return `${!io.stdout.isTTY ? 'standard output' : 'standard input'} is not a terminal (a pipe or a file)`;
  if (io.env['TERM'] === 'dumb') return 'the terminal is "dumb" (TERM=dumb)';
  return 'this is a CI run (CI is set)';
}

export async function runBrowseCommand(paths: string[], options: ScanCommandOptions, io: Io, how: { asked?: boolean } = {}): Promise<number> {
  const reason = notInteractiveReason(io);
  const interactive = reason === null;
  const policy = loadPolicy(options);
  // The browser keeps the items compactly (tui/item-store.ts) as they are read, not as a report's Item objects.
  const store = interactive ? new ItemStore({ fileOrder: compareSources }) : undefined;
  const sink = store && { items: async (items: Item[]) => store.add(items) };
  const report = await buildReport(paths, { ...options, progress: interactive || options.progress }, io, policy, undefined, sink);
  store?.finish();
  if (!interactive) {
    io.stdout.write(scanText(report, paths, options, io, policy));
    io.stderr.write(`li-exposure: ${how.asked ? '-i' : 'browse'} needs an interactive terminal, but ${reason}; printed the scan summary instead.\n`);
    io.stderr.write(renderWarningsSummary(report));
    return 0;
  }
  const { runBrowse: runTui } = await import('../tui/run-browse.js');
  const letters = LETTER_KINDS.map((kind) => ({
    title: LETTER_TITLES[kind],
    command: shellWords(['li-exposure', 'letter', ...paths, ...exposureArgs(options), '--kind', kind, '--out', `letter-${kind}.txt`]),
    text: renderLetter(report, policy, { kind }),
  }));
  await runTui(report, { store, timeline: timelineInfo(policy, report.context), actions: memberActions(report, paths, options, policy), letters, stdin: io.stdin, stdout: io.stdout, color: colorEnabled(io.stdout, io.env, options.color) });
  io.stderr.write(renderWarningsSummary(report));
  return 0;
}
