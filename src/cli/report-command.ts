// The `report` command's options and help, and the --html/--md options `scan` shares; what it
// does is in report.ts, loaded when the command runs (so that --help and --version stay quick).
import type { Command } from 'commander';
import { LAWS } from '../render/jurisdictions.js';
import { addDetectOptions } from './detect-options.js';
import type { Io } from './io.js';
import type { ReportCommandOptions } from './report.js';

export function addReportOutputOptions(command: Command): Command {
  return command
    .option('--html <file>', 'also write the report as one offline HTML file (mode 0600)')
    .option('--md <file>', 'also write the report as Markdown (mode 0600)');
}

/** Registers `report` (and its options) on the program; `withContext` adds the shared scan options. */
export function registerReportCommand(program: Command, withContext: (c: Command) => Command, io: Io, setExitCode: (code: number) => void, help: string): void {
  withContext(addDetectOptions(
    program
      .command('report')
      .description('Write the report as an offline HTML page and/or Markdown: the answer, a timeline, counts, what you can do, the items, letters, sources')
      .argument('<path...>', 'export .zip file(s) or unzipped folder(s)')
      .option('--html <file>', 'write one offline HTML file (mode 0600)')
      .option('--md <file>', 'write GitHub-flavoured Markdown (mode 0600)')
      .option('--name <name>', 'your name, for the draft letters in the report (default: a placeholder)')
      .option('--law <law>', `the law the draft letters invoke: ${LAWS.join(', ')} (default: from the region; Californians: ccpa)`),
  ))
    .addHelpText(
      'after',
      `
Examples:
  $ li-exposure report Complete_LinkedInDataExport_05-12-2026.zip --html report.html
  $ li-exposure report export.zip --region DE --opted-out 2025-10-01 --html report.html --md report.md
${help}`,
    )
    .action(async (paths: string[], options: ReportCommandOptions) => {
      const { runReport } = await import('./report.js');
      setExitCode(await runReport(paths, options, io, 'report'));
    });
}
