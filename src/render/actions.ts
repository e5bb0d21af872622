// "What you can do now", tailored to the member: the policy's actions for their region, chosen by
// opt-out state and country, with their own counts filled in. One list for the scan text, the
// JSON (`actions[]`), the browser's actions pane and the reports. Which action ids are chosen when
// is written down in docs/policy-file.md ("Actions").

import type { Policy } from '../exposure/policy-schema.js';
import type { Report } from '../model/report.js';
import { countOf } from './category-nouns.js';

export interface Action {
  id: string;
  text: string;
  url: string | null;
  /** A command to run for it (the delete action: the one that lists the likely exposed posts). */
  command: string | null;
  sources: string[];
}

export interface ActionOptions {
  /** The member said they do not know when (or whether) they opted out (--opted-out unknown). */
  optOutUnknown?: boolean;
  /** The command that lists the likely exposed posts, e.g. `li-exposure list export.zip --exposure likely --category posts`. */
  listCommand?: string;
}

/** Whether an action of the bundled policy applies to this member (ids the scan does not know always apply). */
function applies(id: string, report: Report, options: ActionOptions): boolean {
  const ctx = report.context;
  const optedOut = ctx?.optedOut != null || options.optOutUnknown === true;
  switch (id) {
    case 'turn-off':
      return !optedOut;
    case 'still-off':
      return optedOut;
    case 'california':
      return ctx?.country == null || ctx.country === 'US';
    case 'other-controls':
      return ctx?.country !== 'US';
    default:
      return true;
  }
}

const likelyPosts = (report: Report): number => report.summary.categories.find((c) => c.id === 'posts')?.likely ?? 0;

/** The delete action's own numbers: how many posts are likely in past training, and how to list them. */
function deleteText(text: string, report: Report, options: ActionOptions): string {
  const posts = likelyPosts(report);
  if (posts === 0) return text;
  const list = options.listCommand ? ' To list them with their links, run the command below.' : '';
  return `${text} ${countOf('posts', posts)} of yours ${posts === 1 ? 'is' : 'are'} likely in past training.${list}`;
}

/** The actions for this report's member, in the policy's order. */
export function tailoredActions(report: Report, policy: Policy, options: ActionOptions = {}): Action[] {
  const region = report.context?.region ?? null;
  return policy.actions
    .filter((a) => !a.regions || region === null || (a.regions as string[]).includes(region))
    .filter((a) => applies(a.id, report, options))
    .map((a) => ({
      id: a.id,
      text: a.id === 'delete' ? deleteText(a.text, report, options) : a.text,
      url: a.url ?? null,
      command: a.id === 'delete' && options.listCommand && likelyPosts(report) > 0 ? options.listCommand : null,
      sources: [...a.sources],
    }));
}

/** `li-exposure list <paths> --exposure likely --category posts` with the options that gave these verdicts, shell-quoted. */
/**
 * The member's actions for a scan of these paths, as every front end shows them (scan, its JSON,
 * browse, the VS Code extension): the delete action's command repeats the member's options.
 */
export function memberActions(report: Report, policy: Policy, paths: string[], args: ExposureArgs, optOutUnknown = false): Action[] {
  return tailoredActions(report, policy, { optOutUnknown, listCommand: listPostsCommand(paths, args) });
}

export function listPostsCommand(paths: string[], args: ExposureArgs): string {
  return shellWords(['li-exposure', 'list', ...paths, ...exposureArgs(args), '--exposure', 'likely', '--category', 'posts']);
}

/** The options that decide the verdicts, as the member gave them. */
export interface ExposureArgs {
  region?: string | undefined;
  optedOut?: string | undefined;
  asOf?: string | undefined;
  policy?: string | undefined;
}

/** Those options as command-line words, so that a suggested command gives the same verdicts. */
export function exposureArgs(args: ExposureArgs): string[] {
  const words: string[] = [];
  if (args.region) words.push('--region', args.region);
  if (args.optedOut) words.push('--opted-out', args.optedOut);
  if (args.asOf) words.push('--as-of', args.asOf);
  if (args.policy) words.push('--policy', args.policy);
  return words;
}

/** Words quoted for a POSIX shell where they need it, joined by spaces. */
export function shellWords(words: string[]): string {
  return words.map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
