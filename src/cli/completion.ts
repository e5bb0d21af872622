// `li-exposure completion bash|zsh|fish`: a completion script made from commander's own data.
import type { Command } from 'commander';
import { UsageError } from '../model/errors.js';
import { commandData, type CommandData } from './command-data.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const words = (c: CommandData): string => c.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== null)).join(' ');

function bash(program: Command): string {
  const { program: top, commands } = commandData(program);
  const cases = commands.map((c) => `    ${c.name}) opts="${words(c)} --help" ;;`).join('\n');
  return `# li-exposure completion for bash: eval "$(li-exposure completion bash)"
_li_exposure() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" sub="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) sub="\${COMP_WORDS[i]}"; break ;; esac
  done
  local opts
  case "$sub" in
${cases}
    "") COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} ${words(top)} --help" -- "$cur")); [[ $cur == -* ]] || COMPREPLY+=($(compgen -f -- "$cur")); return ;;
    *) opts="" ;;
  esac
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -F _li_exposure li-exposure
`;
}

function fish(program: Command): string {
  const { program: top, commands } = commandData(program);
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const out = ['# li-exposure completion for fish: li-exposure completion fish | source'];
  for (const c of commands) out.push(`complete -c li-exposure -f -n __fish_use_subcommand -a ${c.name} -d ${q(c.description.split('\n')[0] ?? '')}`);
  for (const o of top.options) if (o.long) out.push(`complete -c li-exposure -n __fish_use_subcommand -l ${o.long.slice(2)} -d ${q(o.description)}`);
  for (const c of commands) {
    for (const o of c.options) {
      if (!o.long) continue;
      const short = o.short ? ` -s ${o.short.slice(1)}` : '';
      out.push(`complete -c li-exposure -n ${q(`__fish_seen_subcommand_from ${c.name}`)} -l ${o.long.slice(2)}${short}${o.takesValue ? ' -r' : ''} -d ${q(o.description)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The completion script for a shell (zsh runs the bash one through bashcompinit). */
export function completionScript(program: Command, shell: string): string {
  switch (shell) {
    case 'bash':
      return bash(program);
    case 'zsh':
      return `# li-exposure completion for zsh: eval "$(li-exposure completion zsh)"\nautoload -U +X bashcompinit && bashcompinit\n${bash(program).split('\n').slice(1).join('\n')}`;
    case 'fish':
      return fish(program);
    default:
      throw new UsageError(`completion: unknown shell "${shell}" (one of: ${SHELLS.join(', ')})`);
  }
}
