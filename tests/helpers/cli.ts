import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/li-exposure.js', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../sample-exports/', import.meta.url));

/** Runs the built CLI (dist/, built by `npm test`'s pretest) as a child process. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; nodeArgs?: string[]; uid?: number; gid?: number } = {},
): SpawnSyncReturns<string> & { stdout: string; stderr: string } {
  const script = options.nodeArgs?.includes('-e') ? [] : [BIN];
  return spawnSync(process.execPath, [...(options.nodeArgs ?? []), ...script, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    uid: options.uid,
    gid: options.gid,
  }) as SpawnSyncReturns<string> & { stdout: string; stderr: string };
}
