// ZIP shapes that unzip tools and jszip treat differently, written byte by byte (helpers/raw-zip):
// the central directory is the truth, every entry is checked, damage is exit 2.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { tempDir } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { largeMessages } from '../helpers/large-messages.js';
import { rawZip, type RawEntry } from '../helpers/raw-zip.js';

const PROFILE: RawEntry = { name: 'Profile.csv', data: 'First Name,Last Name,Headline,Geo Location\nAna,Berg,Engineer,"Oslo, Norway"\n' };
const SKILLS = 'Name\nRust\nTypeScript\n';

async function zipFile(entries: RawEntry[], name = 'Complete_LinkedInDataExport_05-12-2026.zip'): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, rawZip(entries));
  return path;
}

function scanJson(path: string): { status: number | null; report: Report; stderr: string } {
  const result = runCli(['scan', path, '--json', '--region', 'US', '--as-of', '2026-01-01']);
  expect(result.status, result.stderr).toBe(0);
  return { status: result.status, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

function expectOneLineError(result: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^li-exposure: /);
  expect(lines[0]).toMatch(pattern);
}

describe('duplicate entry names', () => {
  it('both copies are read, under distinct names, with a warning', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'Skills.csv', data: 'Name\nGo\n' }]);
    const { report } = scanJson(zip);
    expect(report.files.map((f) => f.path).sort()).toEqual(['Profile.csv', 'Skills (2).csv', 'Skills.csv']);
    expect(report.files.find((f) => f.path === 'Skills (2).csv')).toMatchObject({ fileType: 'skills', records: 1 });
    const texts = report.items.filter((i) => i.category === 'skills').map((i) => `${i.source.file}:${i.text}`);
    expect(texts.sort()).toEqual(['Skills (2).csv:Go', 'Skills.csv:Rust', 'Skills.csv:TypeScript']);
    expect(new Set(report.items.map((i) => i.id)).size).toBe(report.items.length);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ file: 'Skills (2).csv', message: expect.stringMatching(/holds 2 entries named Skills\.csv; each is read, this one as Skills \(2\)\.csv/) }),
    );
  });

  it('a name already taken by a real file gets the next free number', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'Skills (2).csv', data: 'Name\nGo\n' }, { name: 'Skills.csv', data: 'Name\nC\n' }]);
    const { report } = scanJson(zip);
    expect(report.files.map((f) => f.path).sort()).toEqual(['Profile.csv', 'Skills (2).csv', 'Skills (3).csv', 'Skills.csv']);
  });
});

describe("the central directory's names rule", () => {
  it('a local header naming the entry differently does not change what the file is taken for', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', localName: 'Shares.csv', data: SKILLS }]);
    const { report } = scanJson(zip);
    expect(report.files.map((f) => f.path).sort()).toEqual(['Profile.csv', 'Skills.csv']);
    expect(report.summary.categories.find((c) => c.id === 'skills')!.total).toBe(2);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'Skills.csv', message: expect.stringMatching(/local header gives it another name/) }));
  });

  it('an unsafe central name is refused even when the local header looks harmless', async () => {
    const zip = await zipFile([PROFILE, { name: '../../escape/Skills.csv', localName: 'Skills.csv', data: SKILLS }]);
    const { report } = scanJson(zip);
    expect(report.files.map((f) => f.path)).toEqual(['Profile.csv']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: '../../escape/Skills.csv', message: 'not read: path traversal (..)' }));
  });

  it('a symbolic link in the central directory stays unread whatever the local header says', async () => {
    const zip = await zipFile([PROFILE, { name: 'link.csv', localName: 'Skills.csv', data: '/etc/passwd', unixMode: 0o120777 }]);
    const { report } = scanJson(zip);
    expect(report.files.map((f) => f.path)).toEqual(['Profile.csv']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'link.csv', message: 'not read: symbolic link' }));
  });

  it('two central entries sharing one local entry are refused', async () => {
    const bytes = rawZip([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'Courses.csv', data: 'Name,Number\nX,1\n' }]);
    // Point the last central record (Courses.csv) at the local header of Skills.csv.
    const signature = Buffer.from([0x50, 0x4b, 1, 2]);
    const records: number[] = [];
    for (let at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) records.push(at);
    expect(records).toHaveLength(3);
    bytes.writeUInt32LE(bytes.readUInt32LE(records[1]! + 42), records[2]! + 42);
    const path = join(await tempDir(), 'shared.zip');
    await writeFile(path, bytes);
    expectOneLineError(runCli(['scan', path]), /damaged or hostile ZIP: entries Skills\.csv and Courses\.csv share their data/);
  });
});

describe('damaged entries inside a valid ZIP: exit 2, naming the entry and the intact files', () => {
  it('a CRC-32 mismatch (deflated and stored)', async () => {
    for (const method of [8, 0]) {
      const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS, method, crc: 0x12345678 }, { name: 'Courses.csv', data: 'Name,Number\nX,1\n', method }]);
      const result = runCli(['scan', zip, '--region', 'US']);
      expectOneLineError(result, /is damaged: Skills\.csv fails its CRC-32 check .*The other 2 files are intact, but a partial export would undercount.*Download the export again/);
    }
  });

  it('a data descriptor with zero sizes in the central directory', async () => {
    for (const method of [8, 0]) {
      const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS, method, dataDescriptor: true, zeroCentralSizes: true }]);
      expectOneLineError(runCli(['scan', zip, '--region', 'US']), /damaged.*Skills\.csv.*Download the export again/);
    }
  });

  it('a correct data descriptor is read normally', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS, dataDescriptor: true }]);
    expect(scanJson(zip).report.summary.categories.find((c) => c.id === 'skills')!.total).toBe(2);
  });

  it('several damaged entries are all named, also with --json (and nothing after the damage is a complete report)', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS, crc: 1 }, { name: 'Courses.csv', data: 'Name,Number\nX,1\n', crc: 2 }, { name: 'Honors.csv', data: 'Title,Description\nA,B\n' }]);
    const result = runCli(['scan', zip, '--json']);
    expectOneLineError(result, /2 of 4 files do not read intact \((Courses|Skills)\.csv, (Courses|Skills)\.csv\); the other 2 files are intact/);
  });

  it('in the worker thread too (a large counted file), and on the main thread when no worker starts', async () => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'messages.csv', data: largeMessages(), crc: 0xdeadbeef }]);
    for (const nodeArgs of [[], ['--require', join(ROOT, 'tests', 'fixtures', 'break-workers.cjs')]]) {
      expectOneLineError(runCli(['scan', zip, '--json'], { nodeArgs }), /is damaged: messages\.csv fails its CRC-32 check .*The other 2 files are intact/);
    }
    // The same archive with the right CRC reads, on the same path.
    const good = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'messages.csv', data: largeMessages() }]);
    expect(scanJson(good).report.files.find((f) => f.path === 'messages.csv')!.records).toBe(40_000);
  });
});

describe('compression methods li-exposure cannot read', () => {
  it.each([
    [12, 'bzip2'],
    [14, 'LZMA'],
    [9, 'Deflate64'],
    [93, 'Zstandard'],
    [98, 'PPMd'],
  ])('method %i (%s): that entry is skipped with a warning naming the method; the others are read', async (method, label) => {
    const zip = await zipFile([PROFILE, { name: 'Skills.csv', data: SKILLS }, { name: 'Shares.csv', data: 'Date,ShareLink,ShareCommentary\n', method }]);
    const { report } = scanJson(zip);
    expect(report.summary.categories.find((c) => c.id === 'skills')!.total).toBe(2);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: 'Shares.csv',
        message: `not read: it uses compression method ${method} (${label}), which li-exposure cannot read; its records are missing from the counts. Re-zip the export with a standard ZIP tool`,
      }),
    );
  });

  it('when no entry can be read: exit 2 with what to do, not "download again"', async () => {
    const zip = await zipFile([{ ...PROFILE, method: 12 }, { name: 'Skills.csv', data: SKILLS, method: 12 }]);
    const result = runCli(['scan', zip]);
    expectOneLineError(result, /^li-exposure: entry Profile\.csv uses compression method 12 \(bzip2\), which li-exposure cannot read; re-zip the export with a standard ZIP tool \(and 1 more entry\)\.$/);
  });
});
