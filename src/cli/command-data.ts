// What commander knows about the program, as plain data: the one source of the shell completions
// and the man page (so they never drift from --help).
import type { Command, Option } from 'commander';

export interface OptionData {
  flags: string;
  long: string | null;
  short: string | null;
  description: string;
  takesValue: boolean;
}

export interface CommandData {
  name: string;
  description: string;
  usage: string;
  options: OptionData[];
}

function optionData(o: Option): OptionData {
  return { flags: o.flags, long: o.long ?? null, short: o.short ?? null, description: o.description, takesValue: o.required || o.optional };
}

export function commandData(program: Command): { program: CommandData; commands: CommandData[] } {
  const data = (c: Command): CommandData => ({ name: c.name(), description: c.description(), usage: c.usage(), options: c.options.map(optionData) });
  return { program: data(program), commands: program.commands.map(data) };
}
