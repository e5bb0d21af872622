import { spawn, spawnSync } from 'node:child_process';
import { closeSync, linkSync, lstatSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeFileAtomic } from '../../src/io/write-file-atomic.js';
import { writeExportFile } from '../../src/tui/export-file.js';
import { tempDir, writeFolder, writeZip } from '../helpers/archive.js';
import { BIN, runCli } from '../helpers/cli.js';

const FILES = { 'Profile.csv': 'First Name,Last Name,Headline\nAna,Berg,Engineer\n', 'Skills.csv': 'Name\nRust\n' };
const isRoot = process.getuid?.() === 0;

function expectRefused(result: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('--out never lands on an input', () => {
  it('scan a.zip --out a.zip is refused and the export is untouched', async () => {
    const zip = await writeZip(FILES);
    const before = readFileSync(zip);
    expectRefused(runCli(['scan', zip, '--out', zip]), /^li-exposure: --out .* is the input .*would damage your export/);
    expect(readFileSync(zip).equals(before)).toBe(true);
  });

  it('also through a hard link, a symbolic link, or a second spelling of the path', async () => {
    const zip = await writeZip(FILES);
    const dir = join(zip, '..');
    const before = readFileSync(zip);
    linkSync(zip, join(dir, 'hard.json'));
    symlinkSync(zip, join(dir, 'soft.json'));
    for (const out of [join(dir, 'hard.json'), join(dir, 'soft.json'), `${dir}/../${basename(dir)}/./${basename(zip)}`]) {
      expectRefused(runCli(['scan', zip, '--out', out]), /is the input/);
    }
    expect(readFileSync(zip).equals(before)).toBe(true);
  });

  it('a report inside an input folder is refused; nothing is written there', async () => {
    const folder = await writeFolder({ ...FILES, 'Jobs/Saved Jobs.csv': 'Saved Date,Job Url,Job Title,Company Name\n' });
    const listing = () => readdirSync(folder, { recursive: true }).sort();
    const before = listing();
    for (const out of [join(folder, 'report.json'), join(folder, 'Jobs', 'report.json'), join(folder, 'Profile.csv')]) {
      expectRefused(runCli(['scan', folder, '--out', out]), /inside the input folder|is the input/);
    }
    expect(listing()).toEqual(before);
    expect(readFileSync(join(folder, 'Profile.csv'), 'utf8')).toBe(FILES['Profile.csv']);
    // Next to the folder is fine.
    const beside = join(folder, '..', 'report.json');
    expect(runCli(['scan', folder, '--out', beside, '--region', 'US']).status).toBe(0);
    expect((JSON.parse(readFileSync(beside, 'utf8')) as Report).summary.totals.total).toBeGreaterThan(0);
  });
});

describe('--out onto pipes, devices and links', () => {
  it('a named pipe is written through and stays a pipe', async () => {
    const zip = await writeZip(FILES);
    const fifo = join(await tempDir(), 'report.pipe');
    mkfifo(fifo);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const result = runCli(['scan', zip, '--out', fifo, '--region', 'US']);
    // Had the pipe been replaced, nothing would ever open it for writing: stop the reader then.
    const stop = setTimeout(() => reader.kill(), 10_000);
    await closed;
    clearTimeout(stop);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect((JSON.parse(received) as Report).summary.totals.total).toBe(4);
    expect(readdirSync(join(fifo, '..'))).toEqual(['report.pipe']);
  });

  it.skipIf(!isRoot)('a character device node (as root) is written through, never replaced by a file', async () => {
    const zip = await writeZip(FILES);
    const device = join(await tempDir(), 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0); // the null device
    const result = runCli(['scan', zip, '--out', device, '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(join(device, '..'))).toEqual(['null']);
  });

  it.skipIf(!isRoot)('a block device node (as root) is refused and left alone', async () => {
    const zip = await writeZip(FILES);
    const device = join(await tempDir(), 'disk');
    expect(spawnSync('mknod', [device, 'b', '7', '200']).status).toBe(0);
    expectRefused(runCli(['scan', zip, '--out', device]), /cannot write the report to .*not a file but a block device/);
    expect(lstatSync(device).isBlockDevice()).toBe(true);
  });

  it('a symbolic link to a file: the file gets the report, the link stays a link', async () => {
    const zip = await writeZip(FILES);
    const dir = await tempDir();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    expect(runCli(['scan', zip, '--out', join(dir, 'link.json'), '--region', 'US']).status).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')) as Report).summary.totals.total).toBe(4);
    expect(statSync(join(dir, 'real.json')).mode & 0o777).toBe(0o600);
  });
});

describe('--out /dev/stdout redirected by the shell to a file', () => {
  it('adds to the file the shell opened (`>> log`) instead of replacing it', async () => {
    const zip = await writeZip(FILES);
    const log = join(await tempDir(), 'log.txt');
    writeFileSync(log, 'previous run\n');
    const fd = openSync(log, 'a');
    const result = spawnSync(process.execPath, [BIN, 'scan', zip, '--out', '/dev/stdout', '--region', 'US'], { stdio: ['ignore', fd, 'pipe'], env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
    closeSync(fd);
    expect(result.status, String(result.stderr)).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith('previous run\n{')).toBe(true);
    expect((JSON.parse(text.slice('previous run\n'.length)) as Report).summary.totals.total).toBe(4);
  });

  it('is refused when that file is the input', async () => {
    const zip = await writeZip(FILES);
    const before = readFileSync(zip);
    const fd = openSync(zip, 'a');
    const result = spawnSync(process.execPath, [BIN, 'scan', zip, '--out', '/dev/stdout'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--out \/dev\/stdout is the input/);
    expect(readFileSync(zip).equals(before)).toBe(true);
  });
});

describe('the one atomic write', () => {
  it('exclusive: a pipe (or anything) already at the name is never replaced', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'items.json');
    mkfifo(fifo);
    await expect(writeFileAtomic(fifo, '{}', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['items.json']);
  });

  it("the browser's export skips a pipe of the same name and writes the next name", async () => {
    const dir = await tempDir();
    mkfifo(join(dir, 'posts.csv'));
    const written = await writeExportFile(dir, 'posts.csv', 'a,b\r\n');
    expect(written).toBe(join(dir, 'posts-2.csv'));
    expect(lstatSync(join(dir, 'posts.csv')).isFIFO()).toBe(true);
    expect(readFileSync(written, 'utf8')).toBe('a,b\r\n');
  });
});
