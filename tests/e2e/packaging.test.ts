// li-exposure as a package: `npm pack` gives a tarball whose bin works, installed globally into a
// fresh prefix when npm can do that offline (its cache holds the dependencies, as after `npm ci`
// in CI), else extracted and run against the installed node_modules. Also: the shell completions
// and the man page come from commander's data, and docs/li-exposure.1 is current.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, EXIT_CODES } from '../../src/cli/main.js';
import { manPage } from '../../src/cli/man-page.js';
import { toolVersion } from '../../src/model/tool-version.js';
import { tempDir } from '../helpers/archive.js';
import { ROOT, runCli, SAMPLES } from '../helpers/cli.js';

const BASIC = join(SAMPLES, 'Basic_LinkedInDataExport_05-11-2026.zip');
const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

describe('npm pack', () => {
  it('the tarball holds the built CLI, the docs and the man page, and its bin scans', async () => {
    const dir = await tempDir();
    // dist/ is built by the e2e setup; --ignore-scripts keeps pack from rebuilding it.
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info!.files.map((f) => f.path);
    for (const f of ['bin/li-exposure.js', 'dist/cli/main.js', 'dist/exposure/policy/linkedin-genai.json', 'docs/li-exposure.1', 'README.md', 'package.json']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('tests/') || f.startsWith('src/') || f.startsWith('sample-exports/'))).toBe(false);
    const tarball = join(dir, info!.filename);

    // Extracted and run with the installed dependencies.
    expect(run('tar', ['-xzf', tarball, '-C', dir], dir).status).toBe(0);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'package', 'node_modules'));
    const extracted = run(process.execPath, [join(dir, 'package', 'bin', 'li-exposure.js'), 'scan', BASIC, '--region', 'US', '--no-color'], dir);
    expect(extracted.status, extracted.stderr).toBe(0);
    expect(extracted.stdout).toMatch(/Category\s+Items\s+Likely/);

    // The global install that .ci/run makes (npm install -g of the packed tarball into a fresh prefix).
    const ciBin = join(ROOT, '.ci', 'global', 'bin', 'li-exposure');
    if (process.env['CI'] === 'true') {
      expect(existsSync(ciBin), '.ci/run installs the packed tarball globally into .ci/global').toBe(true);
      const global = run(ciBin, ['scan', BASIC, '--region', 'US', '--no-color'], dir);
      expect(global.status, global.stderr).toBe(0);
      expect(global.stdout).toMatch(/Category\s+Items\s+Likely/);
    }

    // A global install into a fresh prefix, when npm can resolve the dependencies offline.
    const prefix = join(dir, 'prefix');
    const install = run('npm', ['install', '-g', '--offline', '--ignore-scripts', '--prefix', prefix, tarball], dir);
    if (install.status !== 0) {
      // Only a missing cache entry is an acceptable reason (no network here): anything else fails.
      expect(install.stderr).toMatch(/ENOTCACHED|only-if-cached/);
      return;
    }
    const bin = join(prefix, 'bin', 'li-exposure');
    expect(existsSync(bin)).toBe(true);
    const installed = run(bin, ['scan', BASIC, '--region', 'US', '--no-color'], dir);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toMatch(/Category\s+Items\s+Likely/);
  });
});

describe('shell completion and the man page', () => {
  it('bash completes commands and each command\'s options', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const complete = (words: string[]) =>
      spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _li_exposure; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: ROOT }).stdout.split('\n');
    expect(complete(['li-exposure', 'bro'])).toContain('browse');
    expect(complete(['li-exposure', 'scan', '--reg'])).toEqual(['--region', '']);
    expect(complete(['li-exposure', 'list', '--for'])).toContain('--format');
    expect(complete(['li-exposure', 'policy', '--'])).not.toContain('--max-ratio');
  });

  it('zsh and fish scripts name every command and option', () => {
    const program = buildProgram({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} }, () => {});
    const zsh = runCli(['completion', 'zsh']).stdout;
    const fish = runCli(['completion', 'fish']).stdout;
    expect(zsh).toContain('bashcompinit');
    for (const c of program.commands) {
      expect(zsh).toContain(`${c.name()})`);
      expect(fish).toContain(`-a ${c.name()} `);
      for (const o of c.options) if (o.long) expect(fish).toContain(`__fish_seen_subcommand_from ${c.name()}' -l ${o.long.slice(2)}`);
    }
    expect(runCli(['completion', 'tcsh']).status).toBe(2);
  });

  it('docs/li-exposure.1 is current (regenerate with npm run man)', () => {
    const program = buildProgram({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} }, () => {});
    const page = manPage(program, toolVersion(), { exitCodes: EXIT_CODES });
    expect(readFileSync(join(ROOT, 'docs', 'li-exposure.1'), 'utf8')).toBe(page);
    for (const c of program.commands) expect(page).toContain(`.SS "${c.name()} `);
  });
});
