// The `letter` command's options and help; what it does is in letter.ts, loaded when it runs.
import type { Command } from 'commander';
import { LAWS, LETTER_KINDS } from '../render/jurisdictions.js';
import type { Io } from './io.js';
import type { LetterCommandOptions } from './letter.js';

export function registerLetterCommand(program: Command, withContext: (c: Command) => Command, io: Io, setExitCode: (code: number) => void, help: string): void {
  withContext(
    program
      .command('letter')
      .description("Draft a letter to LinkedIn's Data Protection Officer: objection, access or erasure, worded for your region's law")
      .argument('<path...>', 'export .zip file(s) or unzipped folder(s)')
      .option('--kind <kind>', `which letter: ${LETTER_KINDS.join(', ')}`)
      .option('--name <name>', 'your name (default: a placeholder)')
      .option('--law <law>', `the law to invoke: ${LAWS.join(', ')} (default: from the region; Californians: ccpa)`)
      .option('--out <file>', 'write the letter to a file (mode 0600) instead of stdout'),
  )
    .addHelpText(
      'after',
      `
The letter states counts and years per category from your export, never the text of a post or
any private record; what only you know is left as a [PLACEHOLDER]. It is a draft, not legal advice.

Examples:
  $ li-exposure letter export.zip --kind object --region DE --name "Ola Nordmann"
  $ li-exposure letter export.zip --kind access --region US --law ccpa --out access-request.txt
${help}`,
    )
    .action(async (paths: string[], options: LetterCommandOptions) => {
      const { runLetter } = await import('./letter.js');
      setExitCode(await runLetter(paths, options, io));
    });
}
