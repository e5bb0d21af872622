// Command-line conventions: the default command, help, colours, conflicting outputs, a folder of
// ZIPs, list formats, and a reader that goes away on stderr.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../../src/model/report.js';
import { tempDir } from '../helpers/archive.js';
import { BIN, ROOT, runCli, SAMPLES } from '../helpers/cli.js';

const S2026 = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
const BASIC = join(SAMPLES, 'Basic_LinkedInDataExport_05-11-2026.zip');
const ESC = '\u001b[';

describe('the command line', () => {
  it('li-exposure <path> scans like scan <path>; li-exposure alone prints the help', () => {
    const direct = runCli([S2026, '--region', 'US', '--as-of', '2026-11-23']);
    const scan = runCli(['scan', S2026, '--region', 'US', '--as-of', '2026-11-23']);
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(scan.stdout);
    const bare = runCli([]);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toMatch(/^Usage: li-exposure/);
    expect(bare.stdout).toMatch(/^ {2}scan \[options\] <path\.\.\.>/m);
  });

  it('--no-color works on every command and before the command, even with FORCE_COLOR', () => {
    const env = { FORCE_COLOR: '1', NO_COLOR: '' };
    expect(runCli(['scan', BASIC, '--region', 'US'], { env }).stdout).toContain(ESC);
    for (const args of [['--no-color', 'scan', BASIC, '--region', 'US'], ['scan', BASIC, '--region', 'US', '--no-color'], ['--no-color', 'policy'], ['policy', '--no-color'], ['--no-color', 'list', BASIC], ['--no-color', BASIC]]) {
      const r = runCli(args, { env });
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout, args.join(' ')).not.toContain(ESC);
    }
  });

  it('policy --help shows no ZIP limits; scan --help does', () => {
    expect(runCli(['policy', '--help']).stdout).not.toMatch(/zip bomb|inflated/i);
    expect(runCli(['policy', '--help']).stdout).toContain('Exit codes:');
    expect(runCli(['scan', '--help']).stdout).toMatch(/zip bombs/);
  });

  it('conflicting outputs: --json -i refuses, -i without a terminal says why, --out keeps the summary, --json --out writes both', async () => {
    const both = runCli(['scan', BASIC, '--json', '-i']);
    expect(both.status).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
    expect(both.stderr).toMatch(/--json and -i/);

    const piped = runCli(['scan', BASIC, '-i', '--region', 'US']);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toMatch(/-i needs an interactive terminal, but standard (output|input) is not a terminal/);
    expect(piped.stdout).toMatch(/Category\s+Items/);

    const dir = await tempDir();
    const out = join(dir, 'r.json');
    const file = runCli(['scan', BASIC, '--region', 'US', '--out', out]);
    expect(file.status).toBe(0);
    expect(file.stdout).toMatch(/Category\s+Items/);
    expect((JSON.parse(await readFile(out, 'utf8')) as Report).schemaVersion).toBeGreaterThan(0);

    const out2 = join(dir, 'r2.json');
    const jsonToo = runCli(['scan', BASIC, '--region', 'US', '--json', '--out', out2]);
    expect(jsonToo.status).toBe(0);
    const fromStdout = JSON.parse(jsonToo.stdout) as Report;
    const fromFile = JSON.parse(await readFile(out2, 'utf8')) as Report;
    expect({ ...fromFile, generatedAt: '' }).toEqual({ ...fromStdout, generatedAt: '' });
  });

  it('a folder that holds export ZIPs says so and names them', async () => {
    const dir = join(await tempDir(), 'Downloads');
    await mkdir(dir);
    await copyFile(S2026, join(dir, 'Complete_LinkedInDataExport_05-12-2026.zip'));
    await copyFile(BASIC, join(dir, 'Basic_LinkedInDataExport_05-11-2026.zip'));
    const r = runCli(['scan', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('found 2 LinkedIn export ZIPs here: pass them as files');
    expect(r.stderr).toContain(join(dir, 'Basic_LinkedInDataExport_05-11-2026.zip'));
    expect(r.stderr).toContain(join(dir, 'Complete_LinkedInDataExport_05-12-2026.zip'));
  });

  it('EPIPE on stderr (the reader went away) exits quietly with 0, every time', async () => {
    const once = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        // The warning summary goes to stderr, whose reader is gone before anything is written.
        const child = spawn(process.execPath, [BIN, 'scan', S2026, '--region', 'US'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
        child.stderr.destroy();
        child.on('close', (code) => resolve({ code, out: '' }));
      });
    for (let i = 0; i < 5; i++) expect((await once()).code).toBe(0);
  });
});

describe('list', () => {
  const list = (args: string[]) => runCli(['list', S2026, '--region', 'US', '--as-of', '2026-11-23', ...args]);

  it('tsv: the link column and the codes in words', () => {
    const rows = list(['--category', 'posts,reactions']).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 7)).toBe(true);
    const post = rows.find((r) => r[1] === 'posts')!;
    expect(post[4]).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\//);
    expect(post[5]).toMatch(/^visible to: (Anyone|Connections only)$/);
    const words = new Set(rows.filter((r) => r[1] === 'reactions').map((r) => r[5]));
    for (const w of ['Like', 'Celebrate', 'Support', 'Love', 'Insightful', 'Funny']) expect(words).toContain(w);
    expect(rows.filter((r) => r[1] === 'reactions').every((r) => !/^(LIKE|PRAISE|EMPATHY) on/.test(r[3]!))).toBe(true);
  });

  it('--format csv and jsonl carry the same items as --json', () => {
    const report = JSON.parse(runCli(['scan', S2026, '--json', '--region', 'US', '--as-of', '2026-11-23']).stdout) as Report;
    const posts = report.items.filter((i) => i.category === 'posts');
    const csv = parse(list(['--category', 'posts', '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => r['id']).sort()).toEqual(posts.map((i) => i.id).sort());
    expect(csv.every((r) => r['url'] === posts.find((p) => p.id === r['id'])!.url)).toBe(true);
    const jsonl = list(['--category', 'posts', '--format', 'jsonl']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Item);
    expect(jsonl.map((i) => i.id).sort()).toEqual(posts.map((i) => i.id).sort());
    expect(list(['--format', 'xml']).status).toBe(2);
  });
});
