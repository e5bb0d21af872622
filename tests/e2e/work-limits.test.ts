// The work an archive causes is bounded by its compressed size: records and items per file and
// per archive, warnings per archive. Past a bound: exit 2 naming it, and an option raises it.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/archive/limits.js';
import { scan } from '../../src/scan/scan.js';
import type { Report } from '../../src/model/report.js';
import { tempDir } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { largeMessages } from '../helpers/large-messages.js';
import { rawZip, type RawEntry } from '../helpers/raw-zip.js';

const PROFILE: RawEntry = { name: 'Profile.csv', data: 'First Name,Last Name,Headline\nAna,Berg,Engineer\n' };

async function zipFile(entries: RawEntry[]): Promise<string> {
  const path = join(await tempDir(), 'Complete_LinkedInDataExport_05-12-2026.zip');
  await writeFile(path, rawZip(entries));
  return path;
}

function expectLimit(result: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const oneCharLines = (n: number) => 'Name\n' + 'a\n'.repeat(n);

describe('records per file', () => {
  it('a 10 KB entry of 5 million one-character lines: exit 2 naming the limit, no flood of output', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: oneCharLines(5_000_000) }]);
    for (const args of [['scan', zip, '--json'], ['list', zip], ['scan', zip]]) {
      const result = runCli(args);
      expectLimit(result, /^li-exposure: Skills\.csv holds more than [\d,]+ records \(limit: records per file, 2 per byte it takes in the archive, past 10,000\)\..*--max-records/);
      expect(result.stdout.length).toBeLessThan(32 * 1024 * 1024);
    }
  });

  it('high-ratio parts: the first part past its bound stops the scan', async () => {
    const part = oneCharLines(2_000_000);
    const zip = await zipFile([PROFILE, ...[1, 2, 3].map((n) => ({ name: `Saved Jobs_${n}.csv`, data: 'Saved Date,Job Url,Job Title,Company Name\n' + part.slice(5) }))]);
    expectLimit(runCli(['list', zip]), /Saved Jobs_1\.csv holds more than [\d,]+ (records|items) \(limit: records per file/);
  });

  it('--max-records raises it', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: oneCharLines(30_000) }]);
    expectLimit(runCli(['scan', zip]), /Skills\.csv holds more than 10,000 (records|items)/);
    const raised = runCli(['scan', zip, '--json', '--max-records', '50000']);
    expect(raised.status, raised.stderr).toBe(0);
    expect((JSON.parse(raised.stdout) as Report).summary.categories.find((c) => c.id === 'skills')!.total).toBe(30_000);
  });

  it('holds in the worker thread that counts large private files, and on the main thread without one', async () => {
    const zip = await zipFile([PROFILE, { name: 'messages.csv', data: largeMessages() }]);
    for (const nodeArgs of [[], ['--require', join(ROOT, 'tests', 'fixtures', 'break-workers.cjs')]]) {
      expectLimit(runCli(['scan', zip, '--max-records', '30000'], { nodeArgs }), /messages\.csv holds more than 30,000 records \(limit: records per file, --max-records\)/);
      expect(runCli(['scan', zip, '--max-records', '40001'], { nodeArgs }).status).toBe(0);
    }
  });
});

describe('items and records per archive', () => {
  it('one record that makes thousands of items (a profile with thousands of columns)', async () => {
    const columns = Array.from({ length: 6000 }, (_, i) => `Field ${i}`);
    const zip = await zipFile([{ name: 'Profile.csv', data: `First Name,Last Name,Headline,${columns.join(',')}\nAna,Berg,Engineer,${columns.map(() => 'x').join(',')}\n` }]);
    expectLimit(runCli(['list', zip, '--max-records', '5000']), /Profile\.csv holds more than 5,000 items/);
    expect(runCli(['list', zip, '--max-records', '7000']).status).toBe(0);
  });

  it('many parts each under the per-file bound add up to the per-archive bound', async () => {
    const parts = Array.from({ length: 8 }, (_, i) => ({ name: `Skills_${i + 1}.csv`, data: oneCharLines(9_000) }));
    const zip = await zipFile([PROFILE, ...parts]);
    expectLimit(runCli(['scan', zip, '--json', '--max-records', '50000']), /holds more than 50,000 (records|items) \(limit: records per archive, --max-records\)/);
    // The default bound: 0.1 per byte of the archive past a floor (lowered here to keep the test small).
    const limits = { ...DEFAULT_LIMITS, archiveRecordsFloor: 30_000 };
    await expect(scan([zip], { toolVersion: 'test', limits })).rejects.toThrow(/holds more than 30,000 (records|items) \(limit: records per archive, 0\.1 per byte of the archive, past 30,000\)/);
    expect((await scan([zip], { toolVersion: 'test' })).summary.categories.find((c) => c.id === 'skills')!.total).toBe(72_000);
  });
});

describe('warnings per archive', () => {
  it('past --max-warnings: exit 2 naming the limit', async () => {
    const zip = await zipFile([PROFILE, { name: 'Languages.csv', data: 'Name,Proficiency\n' + 'a,b,c\n'.repeat(20) }]);
    expectLimit(runCli(['scan', zip, '--max-warnings', '10']), /more than 10 warnings \(limit: warnings per archive\).*--max-warnings/);
    expect(runCli(['scan', zip, '--max-warnings', '20']).status).toBe(0);
  });

  it('bad values of the new options are usage errors', () => {
    for (const args of [['--max-records', '0'], ['--max-records', 'lots'], ['--max-warnings', '-3']]) {
      expectLimit(runCli(['scan', 'x.zip', ...args]), /expects a whole number of at least 1/);
    }
  });

  it('--help states every limit and the option that raises it', () => {
    const help = runCli(['scan', '--help']).stdout;
    expect(help).toMatch(/records per file: 2 per byte the file takes in the archive, past 10,000 \(--max-records\)/);
    expect(help).toMatch(/records per archive: 0\.1 per byte of the archive, past 250,000 \(--max-records\)/);
    expect(help).toMatch(/warnings per archive: 10,000 \(--max-warnings\)/);
  });
});
