import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { tempDir, writeFolder, writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { declareSize, markEncrypted } from '../helpers/zip-bytes.js';

const SKILLS = 'Name\nTypeScript\nRust\n';

function expectOneLineError(result: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^li-exposure: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
}

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}

describe('input that is not a LinkedIn export: exit 2, one line', () => {
  it('an HTML page saved as .zip', async () => {
    const path = await fileWith('Complete_LinkedInDataExport_05-12-2026.zip', '<!DOCTYPE html><html><body>Sign in</body></html>');
    expectOneLineError(runCli(['scan', path]), /HTML page.*LinkedIn export is a \.zip of CSV files/);
  });

  it('an empty file', async () => {
    expectOneLineError(runCli(['scan', await fileWith('export.zip', '')]), /empty file/);
  });

  it('a folder without any LinkedIn file, and an empty folder', async () => {
    expectOneLineError(runCli(['scan', await writeFolder({ 'holiday.jpg': 'x', 'notes.txt': 'hello\n' })]), /no LinkedIn export files \(found: .*holiday\.jpg/);
    const empty = join(await tempDir(), 'empty');
    await mkdir(empty);
    expectOneLineError(runCli(['scan', empty]), /holds no files/);
  });

  it('a ZIP with no LinkedIn files lists a few names it found', async () => {
    const zip = await writeZip({ 'a.txt': 'x', 'b.docx': 'y', 'c/d.png': 'z' }, 'photos.zip');
    expectOneLineError(runCli(['scan', zip]), /no LinkedIn export files \(found: .*a\.txt/);
  });

  it('a path that does not exist', () => {
    expectOneLineError(runCli(['scan', '/no/such/export.zip']), /no such file or folder/);
  });
});

describe('damaged ZIPs', () => {
  it('a truncated download: exit 2, suggests downloading again, says what is intact', async () => {
    const zip = await readFile(await writeZip({ 'Skills.csv': SKILLS, 'Profile.csv': 'First Name\nJane\n', 'Shares.csv': 'Date,ShareLink,ShareCommentary\n' + 'x'.repeat(5000) }));
    const truncated = await fileWith('Complete_LinkedInDataExport_05-12-2026.zip', zip.subarray(0, Math.floor(zip.length * 0.8)));
    expectOneLineError(runCli(['scan', truncated]), /damaged or incomplete.*files before the damage could still be read.*Download the export again/);
  });

  it('a corrupted central directory', async () => {
    const zip = Buffer.from(await readFile(await writeZip({ 'Skills.csv': SKILLS })));
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.fill(0x41, central, central + 20);
    expectOneLineError(runCli(['scan', await fileWith('broken.zip', zip)]), /damaged.*Download the export again/);
  });
});

describe('hostile entries are reported, never followed', () => {
  it('an encrypted entry is unreadable; every other file is still processed', async () => {
    const zip = markEncrypted(await readFile(await writeZip({ 'Skills.csv': SKILLS, 'messages.csv': 'FROM,TO,DATE,CONTENT\n' })), 'messages.csv');
    const result = runCli(['scan', await fileWith('enc.zip', zip), '--json', '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary.categories.find((c) => c.id === 'skills')!.total).toBe(2);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'messages.csv', message: expect.stringMatching(/encrypted/) }));
  });

  it('path traversal, absolute names, symlinks and nested ZIPs become warnings', async () => {
    const zip = new JSZip();
    const date = new Date('2026-01-01T00:00:00Z');
    zip.file('Skills.csv', SKILLS, { date });
    zip.file('../../evil.csv', 'Name\nx\n', { date });
    zip.file('/abs/Shares.csv', 'Date,ShareLink,ShareCommentary\n', { date });
    zip.file('link.csv', '/etc/passwd', { date, unixPermissions: 0o120777 });
    zip.file('inner.zip', await new JSZip().file('Comments.csv', 'Date,Link,Message\n').generateAsync({ type: 'nodebuffer' }), { date });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
    const dir = await tempDir();
    const result = runCli(['scan', await fileWith('hostile.zip', bytes), '--json', '--region', 'US'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const messages = report.warnings.map((w) => `${w.file}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/evil\.csv: not read: path traversal/),
        expect.stringMatching(/abs\/Shares\.csv: not read: absolute path/),
        expect.stringMatching(/link\.csv: not read: symbolic link/),
        expect.stringMatching(/inner\.zip: not read: nested archive/),
      ]),
    );
    expect(report.items.map((i) => i.text)).toEqual(['TypeScript', 'Rust']);
  });
});

describe('zip bombs', () => {
  it('an entry inflating far beyond its compressed size is refused within seconds', async () => {
    const bomb = await writeZip({ 'Skills.csv': 'Name\n' + 'a'.repeat(20 * 1024 * 1024) + '\n' });
    const started = Date.now();
    const result = runCli(['scan', bomb]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expectOneLineError(result, /inflates more than 200 times.*zip bomb.*--max-ratio/);
    // A genuine but unusual export can raise the limit.
    const raised = runCli(['scan', bomb, '--max-ratio', '100000', '--json', '--region', 'US']);
    expect(raised.status, raised.stderr).toBe(0);
  });

  it('declared sizes that lie are caught while inflating', async () => {
    const zip = declareSize(await readFile(await writeZip({ 'Skills.csv': 'Name\n' + 'Rust\n'.repeat(10000) })), 'Skills.csv', 100);
    expectOneLineError(runCli(['scan', await fileWith('liar.zip', zip)]), /inflates to more than the 100 bytes its header declares/);
  });

  it('the total inflated size is capped, and --max-inflated raises it', async () => {
    const zip = await writeZip({ 'Skills.csv': 'Name\n' + Array.from({ length: 50_000 }, (_, i) => `Skill number ${i} of many\n`).join('') });
    expectOneLineError(runCli(['scan', zip, '--max-inflated', '1MB']), /declares .* inflated, more than 1\.0 MiB/);
    expect(runCli(['scan', zip, '--max-inflated', '1GB', '--region', 'US']).status).toBe(0);
    expectOneLineError(runCli(['scan', zip, '--max-inflated', 'lots']), /--max-inflated expects a size/);
  });
});
