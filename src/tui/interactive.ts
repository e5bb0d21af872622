// Whether the interactive browser can run. Kept free of ink/react imports so the CLI can ask
// cheaply and load the TUI only when it will be used.

export interface TtyLike {
  isTTY?: boolean;
}

/**
 * True when both stdin and stdout are terminals, this is not a CI run (CI set to anything but
 * "", "0" or "false") and the terminal is not "dumb".
 */
export function canRunInteractive(stdin: TtyLike | undefined, stdout: TtyLike | undefined, env: Record<string, string | undefined>): boolean {
  if (!stdin?.isTTY || !stdout?.isTTY) return false;
  const ci = env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  if (env['TERM'] === 'dumb') return false;
  return true;
}
