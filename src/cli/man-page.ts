// docs/li-exposure.1, generated from commander's data (scripts/make-man.mjs writes it; a test
// checks that the file in the repository is current).
import type { Command } from 'commander';
import { commandData, type CommandData } from './command-data.js';

/** roff-escaped text: backslashes, and a leading dot or quote that roff would take as a request. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n');
}

function options(c: CommandData): string[] {
  return c.options.flatMap((o) => ['.TP', `.B ${roff(o.flags)}`, roff(o.description)]);
}

export function manPage(program: Command, version: string, extra: { exitCodes: string }): string {
  const { program: top, commands } = commandData(program);
  const out = [
    `.TH LI\\-EXPOSURE 1 "" "li-exposure ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `li\\-exposure \\- ${roff(top.description.split('\n')[0] ?? '')}`,
    '.SH SYNOPSIS',
    '.B li\\-exposure',
    '[\\fIcommand\\fR] [\\fIoptions\\fR] \\fIpath\\fR...',
    '.SH DESCRIPTION',
    roff(top.description.replace(/\n/g, ' ')),
    'Without a command, a path is scanned (the same as \\fBscan\\fR); without arguments, the help is printed.',
    '.SH OPTIONS',
    ...options(top),
    '.SH COMMANDS',
  ];
  for (const c of commands) {
    out.push(`.SS "${roff(c.name)} ${roff(c.usage)}"`, roff(c.description), ...options(c));
  }
  out.push('.SH EXIT STATUS', '.nf', roff(extra.exitCodes), '.fi', '.SH SEE ALSO', 'The README and docs/ of the li\\-exposure package.');
  return out.join('\n') + '\n';
}
