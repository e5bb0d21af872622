// An unzipped export folder: only regular files are opened; what cannot be read is exit 2 with
// its name, never an internal error or a hang.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolder } from '../../src/archive/open-folder.js';
import type { Report } from '../../src/model/report.js';
import { writeFolder } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const FILES = { 'Profile.csv': 'First Name,Last Name,Headline\nAna,Berg,Engineer\n', 'Skills.csv': 'Name\nRust\n' };
const isRoot = process.getuid?.() === 0;
// Root reads anything: the unreadable cases run the CLI as an ordinary user.
const asUser = isRoot ? { uid: 65534, gid: 65534 } : {};

function openToAll(folder: string): void {
  for (let at = folder; at !== dirname(at) && at.includes('li-exposure-test-'); at = dirname(at)) chmodSync(at, 0o755);
}

function expectOneLineError(result: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^li-exposure: /);
  expect(lines[0]).not.toMatch(/internal error/);
  expect(lines[0]).toMatch(pattern);
}

function scanJson(folder: string): Report {
  const result = runCli(['scan', folder, '--json', '--region', 'US']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('files and folders that cannot be read: exit 2 naming them', () => {
  it('an unreadable file', async () => {
    const folder = await writeFolder(FILES);
    openToAll(folder);
    chmodSync(join(folder, 'Skills.csv'), 0o000);
    expectOneLineError(runCli(['scan', folder], asUser), /cannot read .*\/Skills\.csv \(permission denied\)/);
  });

  it('an unreadable folder inside the export', async () => {
    const folder = await writeFolder({ ...FILES, 'Jobs/Saved Jobs.csv': 'Saved Date,Job Url,Job Title,Company Name\n' });
    openToAll(folder);
    chmodSync(join(folder, 'Jobs'), 0o000);
    expectOneLineError(runCli(['scan', folder], asUser), /cannot read .*\/Jobs \(permission denied\)/);
  });

  it('folders nested deeper than any export', async () => {
    const folder = await writeFolder(FILES);
    mkdirSync(join(folder, ...Array.from({ length: 40 }, () => 'd')), { recursive: true });
    expectOneLineError(runCli(['scan', folder]), /(\/d){33} is nested more than 32 folders deep/);
  });

  it('a path longer than the file system allows', async () => {
    const folder = await writeFolder(FILES);
    // Made one folder at a time (relative names), as no single path may be this long.
    const name = 'n'.repeat(250);
    const made = spawnSync('bash', ['-c', `cd "$1" && for i in $(seq 20); do mkdir "$2" && cd "$2" || exit 1; done && echo 'Name' > Skills.csv`, '_', folder, name]);
    expect(made.status, String(made.stderr)).toBe(0);
    expectOneLineError(runCli(['scan', folder]), /cannot read .*n…n+ \(its path is too long for the file system\)\.$/);
    spawnSync('rm', ['-rf', join(folder, name)]);
  });
});

describe('pipes, devices and folders named like files are listed, never opened', () => {
  it('a named pipe called Skills.csv (reading it would wait forever)', async () => {
    const folder = await writeFolder({ 'Profile.csv': FILES['Profile.csv'] });
    expect(spawnSync('mkfifo', [join(folder, 'Skills.csv')]).status).toBe(0);
    const report = scanJson(folder);
    expect(report.files.map((f) => f.path)).toEqual(['Profile.csv']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'Skills.csv', message: 'not read: a named pipe' }));
  });

  it.skipIf(!isRoot)('a device node called Connections.csv (as root)', async () => {
    const folder = await writeFolder(FILES);
    expect(spawnSync('mknod', [join(folder, 'Connections.csv'), 'c', '1', '5']).status).toBe(0); // /dev/zero: endless
    const report = scanJson(folder);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'Connections.csv', message: 'not read: a device' }));
  });

  it('a folder called Shares.csv', async () => {
    const folder = await writeFolder({ ...FILES, 'Shares.csv/Comments.csv': 'Date,Link,Message\n2025-01-01 10:00:00,https://l,hi\n' });
    const report = scanJson(folder);
    expect(report.files.map((f) => f.path).sort()).toEqual(['Profile.csv', 'Skills.csv']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'Shares.csv', message: 'not read: a folder named like a data file' }));
  });

  it('a file replaced by a pipe after the folder was listed is refused, not waited on', async () => {
    const folder = await writeFolder(FILES);
    const opened = await openFolder(folder);
    const skills = opened.entries.find((e) => e.path === 'Skills.csv')!;
    rmSync(join(folder, 'Skills.csv'));
    expect(spawnSync('mkfifo', [join(folder, 'Skills.csv')]).status).toBe(0);
    const read = async () => {
      for await (const _ of skills.open());
    };
    await expect(read()).rejects.toMatchObject({ name: 'InputError', message: expect.stringMatching(/cannot read .*Skills\.csv \(it is no longer a regular file\)/) });
    // And a link put in its place is not followed.
    rmSync(join(folder, 'Skills.csv'));
    writeFileSync(join(folder, 'target.csv'), 'Name\nGo\n');
    spawnSync('ln', ['-s', join(folder, 'target.csv'), join(folder, 'Skills.csv')]);
    await expect(read()).rejects.toMatchObject({ name: 'InputError', message: expect.stringMatching(/Skills\.csv \(it is a symbolic link\)/) });
  });
});
