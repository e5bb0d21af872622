import { Command, CommanderError } from 'commander';
import { processIo, type Io } from './io.js';
import { DEFAULT_LIMITS, formatBytes } from '../archive/limits.js';
import { EXIT_INPUT, EXIT_INTERNAL, UsageError } from '../model/errors.js';
import { isUserError } from '../exposure/user-error.js';
import { sanitizeForTerminal, sanitizeLines } from '../render/sanitize.js';
import { addReportOutputOptions, registerReportCommand } from './report-command.js';
import { registerLetterCommand } from './letter-command.js';
import { toolVersion } from '../model/tool-version.js';
import { keysSummary } from '../tui/keys.js';
import { formatCount } from '../render/number.js';
import { completionScript } from './completion.js';
import { addDetectOptions } from './detect-options.js';

const n = formatCount;
const L = DEFAULT_LIMITS;

export const EXIT_CODES = `Exit codes:
  0  success (warnings, if any, are summarised on stderr; all of them are in --json)
  1  internal error (please report it; rerun with --debug for the stack trace)
  2  unusable input or usage (not a LinkedIn export, damaged ZIP, bad option value,
     exports of two different members given together)

Everything runs offline: li-exposure never opens a network connection.`;

const EXIT_CODES_HELP = `
Limits against zip bombs and hostile archives (exit 2 naming the limit; raise with the option):
  a .zip is read up to ${formatBytes(L.maxArchiveBytes + 1)} (unzip larger ones and scan the folder), at most ${n(L.maxEntries)} entries
  inflated size: ${formatBytes(L.maxEntryBytes)} per file, ${formatBytes(L.maxTotalBytes)} in total (--max-inflated)
  compression ratio: ${L.maxRatio}:1 past the first ${formatBytes(L.ratioFloorBytes)} of a file (--max-ratio)
  records per file: ${L.recordsPerByte} per byte the file takes in the archive, past ${n(L.fileRecordsFloor)} (--max-records)
  records per archive: ${L.archiveRecordsPerByte} per byte of the archive, past ${n(L.archiveRecordsFloor)} (--max-records)
  warnings per archive: ${n(L.maxWarnings)} (--max-warnings)
A damaged entry (bad CRC-32, corrupt data) stops the scan with exit 2.

${EXIT_CODES}`;

function addContextOptions(command: Command): Command {
  return command
    .option('--region <code>', 'where LinkedIn placed you: EU, UK, CA, HK, OTHER or a country code (DE, GB, US...); default: detected from Profile.csv')
    .option('--opted-out <YYYY-MM-DD|unknown>', 'the day you turned off "Data for Generative AI Improvement" (default: never); "unknown" shows what each likely day would change')
    .option('--as-of <YYYY-MM-DD>', 'evaluate exposure up to the end of this day (default: today)')
    .option('--policy <file>', 'use another policy file (JSON) instead of the bundled one')
    .option('--all-items', 'also list private records (messages, connections, contacts, account data) as items')
    .option('--allow-different-members', 'merge several exports even when their member IDs (Shares_12345678.csv) or Profile.csv names differ (refused by default)')
    .option('--max-inflated <size>', 'zip-bomb guard: refuse archives that inflate past this size in total (default 8GB; per file 4GB)')
    .option('--max-ratio <n>', 'zip-bomb guard: refuse files that inflate more than n times their compressed size (default 200)')
    .option('--max-records <n>', 'zip-bomb guard: allow up to n records (and items) per file and per archive, whatever their size (default: bounded by the compressed size, see Limits)')
    .option('--max-warnings <n>', `stop when an archive gives more than n warnings (default ${n(L.maxWarnings)})`)
    .option('--no-color', 'plain output without colours (NO_COLOR is respected too)')
    .option('--details', 'show the files behind each category in the summary table')
    .option('--verbose', 'same as --details')
    .option('--debug', 'print stack traces of internal errors');
}

/**
 * The program: every command's options and help. What a command does is loaded only when it
 * runs (a dynamic import), so that --help, --version and completion do not load the scan.
 */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('li-exposure')
    .description(
      "Find which of your LinkedIn posts, comments, articles and profile fields were probably exposed to LinkedIn's generative-AI training before you opted out.\nReads the ZIP from LinkedIn's \"Get a copy of your data\", fully offline.",
    )
    .version(toolVersion(), '-V, --version')
    // Read (and removed) by main() before parsing, so that it works before the command too.
    .option('--no-color', 'plain output without colours, for every command (NO_COLOR is respected too)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .configureOutput({
      // Usage errors quote the command line, which may hold anything (a pasted entry name).
      writeOut: (s) => io.stdout.write(sanitizeLines(s)),
      writeErr: (s) => io.stderr.write(sanitizeLines(s)),
    })
    .exitOverride();

  addContextOptions(addDetectOptions(addReportOutputOptions(
    program
      .command('scan', { isDefault: true })
      .description('Count the items of each category and how many were likely / possibly exposed')
      .argument('<path...>', 'export .zip file(s) or unzipped folder(s); several exports of yours (Basic and Complete, different dates) are merged, each record counted once')
      .option('--json', 'write the full report as JSON to stdout, streamed while the archive is read (nothing else on stdout)')
      .option('--out <file>', 'write the JSON report to a file (mode 0600)')
      .option('-i, --interactive', 'open the interactive browser after reading'),
  )))
    .addHelpText(
      'after',
      `
Examples:
  $ li-exposure scan Complete_LinkedInDataExport_05-12-2026.zip
  $ li-exposure scan Basic_LinkedInDataExport_05-11-2026.zip Complete_LinkedInDataExport_05-12-2026.zip --region DE --opted-out 2025-10-01
  $ li-exposure scan ~/Downloads/LinkedInDataExport/ --json > report.json
  $ li-exposure Complete_LinkedInDataExport_05-12-2026.zip      (scan is the default command)
${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], options) => {
      refuseConflictingOutputs(options);
      if (options.interactive) setExitCode(await (await import('./browse.js')).runBrowseCommand(paths, options, io, { asked: true }));
      else if (options.html || options.md) setExitCode(await (await import('./report.js')).runReport(paths, options, io, 'scan'));
      else setExitCode(await (await import('./scan.js')).runScan(paths, options, io));
    });

  addContextOptions(addDetectOptions(
    program
      .command('list')
      .description('Print one line per item (date, category, verdict, short text, link), tab-separated for grep and pipes')
      .argument('<path...>', 'export .zip file(s) or unzipped folder(s)')
      .option('--category <ids>', 'only these categories, comma-separated (posts,comments,articles,...)')
      .option('--exposure <levels>', 'only these verdicts, comma-separated (likely,possible,unlikely)')
      .option('--format <name>', 'tsv (default: date, category, verdict, text, link, codes in words), jsonl (one item per line) or csv (with a header)')
      .option('--finding <kinds>', 'only items with a finding of these kinds, comma-separated (phone,health,...)'),
  ))
    .addHelpText(
      'after',
      `
Examples:
  $ li-exposure list export.zip --category posts,comments --exposure likely
  $ li-exposure list export.zip --finding phone,health
  $ li-exposure list export.zip --region US --opted-out 2025-01-15 | grep -i "conference"
  $ li-exposure list export.zip --exposure likely --category posts --format csv > posts.csv
${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], options) => {
      setExitCode(await (await import('./list.js')).runList(paths, options, io));
    });

  addContextOptions(addDetectOptions(
    program
      .command('browse')
      .description('Explore every item interactively: verdicts, reasons and sources, search, timeline, export')
      .argument('<path...>', 'export .zip file(s) or unzipped folder(s)'),
  ))
    .addHelpText(
      'after',
      `
Examples:
  $ li-exposure browse Complete_LinkedInDataExport_05-12-2026.zip --region FR
${keysSummary()}
Without a terminal (piped, or CI set) it prints the scan summary instead.
${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], options) => {
      setExitCode(await (await import('./browse.js')).runBrowseCommand(paths, options, io));
    });

  registerReportCommand(program, addContextOptions, io, setExitCode, EXIT_CODES_HELP);
  registerLetterCommand(program, addContextOptions, io, setExitCode, EXIT_CODES_HELP);

  program
    .command('policy')
    .description("Print LinkedIn's AI-training timeline per region, with the sources behind it")
    .option('--region <code>', 'only this region (EU, UK, CA, HK, OTHER or a country code)')
    .option('--policy <file>', 'show another policy file (JSON) instead of the bundled one')
    .option('--json', 'print the policy data as JSON')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText(
      'after',
      `
Examples:
  $ li-exposure policy
  $ li-exposure policy --region GB

${EXIT_CODES}`,
    )
    .action(async (options) => {
      setExitCode(await (await import('./policy.js')).runPolicy(options, io));
    });

  program
    .command('completion')
    .description('Print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      `
Examples:
  $ eval "$(li-exposure completion bash)"        # in ~/.bashrc
  $ eval "$(li-exposure completion zsh)"         # in ~/.zshrc
  $ li-exposure completion fish > ~/.config/fish/completions/li-exposure.fish`,
    )
    .action((shell: string) => {
      io.stdout.write(completionScript(program, shell));
    });

  return program;
}



/** `scan -i` shows the report in the browser: a JSON report on stdout would be mixed with its screens. */
function refuseConflictingOutputs(options: { json?: boolean; interactive?: boolean }): void {
  if (options.json && options.interactive) {
    throw new UsageError('--json and -i (--interactive) both want the terminal: use --out report.json -i to keep the JSON in a file.');
  }
}

/** Runs the CLI and returns the exit code; never lets a stack trace reach the user without --debug. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // --no-color anywhere (before the command too, and for commands without colour) means NO_COLOR.
  if (argv.includes('--no-color')) {
    const at = argv.indexOf('--');
    argv = argv.filter((a, i) => a !== '--no-color' || (at >= 0 && i > at));
    io = { ...io, env: { ...io.env, NO_COLOR: '1' } };
  }
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_INPUT;
    }
    if (isUserError(error)) {
      io.stderr.write(`li-exposure: ${sanitizeForTerminal(error.message)}\n`);
      if (debug && error.stack) io.stderr.write(sanitizeLines(error.stack) + '\n');
      return EXIT_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`li-exposure: internal error: ${sanitizeForTerminal(message)}\n`);
    // Stack traces quote the messages, and so the entry names, they were made with.
    if (debug && error instanceof Error && error.stack) io.stderr.write(sanitizeLines(error.stack) + '\n');
    else io.stderr.write('This is a bug. Please report it with the command you ran; add --debug to see the stack trace.\n');
    return EXIT_INTERNAL;
  }
}

