import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { SAMPLES, runCli } from '../helpers/cli.js';

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const io: Io = {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: process.stdin,
    env: { NO_COLOR: '1' },
  };
  return { io, out: () => out, err: () => err };
}

describe('main() exit codes', () => {
  it('an internal error exits 1 with a hint to report it and no stack trace unless --debug', async () => {
    const { io, err } = capture();
    const broken: Io = {
      ...io,
      // A stdout whose write throws: an error no part of li-exposure expects.
      stdout: {
        write() {
          throw new Error('disk on fire');
        },
      } as unknown as Io['stdout'],
    };
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    expect(await main(['scan', sample, '--region', 'US'], broken)).toBe(1);
    expect(err()).toMatch(/internal error: disk on fire/);
    expect(err()).toMatch(/report it.*--debug/);
    expect(err()).not.toMatch(/\n\s+at /);

    const debug = capture();
    expect(await main(['scan', sample, '--region', 'US', '--debug'], { ...broken, stderr: debug.io.stderr })).toBe(1);
    expect(debug.err()).toMatch(/\n\s+at /);
  });

  it('usage errors exit 2: unknown command, unknown option, missing argument, bad values', async () => {
    for (const argv of [['frobnicate'], ['scan'], ['scan', 'x.zip', '--no-such-flag'], ['list', 'x.zip', '--category', 'nope'], ['scan', 'x.zip', '--region', 'ZZ']]) {
      const { io } = capture();
      expect([argv.join(' '), await main(argv, io)]).toEqual([argv.join(' '), 2]);
    }
  });

  it('browse without a terminal prints the scan summary and a note instead of failing', () => {
    const result = runCli(['browse', join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip'), '--region', 'US']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Category\s+Items\s+Likely/);
    // The note goes to stderr, so that stdout is only the summary (a pipe gets nothing else).
    expect(result.stderr).toMatch(/browse needs an interactive terminal/);
    expect(result.stdout).not.toMatch(/interactive terminal/);
    expect(result.stderr).not.toMatch(/Raw mode is not supported/);
  });
});
