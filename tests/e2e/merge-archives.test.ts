import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { tempDir, writeFolder, writeZip, type Files } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { comments, messages, post, profile, shares } from '../helpers/export-records.js';
import { category, scan } from '../helpers/scan.js';

// Several exports of the same member (a Basic and a Complete archive, or exports taken on
// different dates): their records are merged as a union, each record counted once.

const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const COMMENT = (n: number) => ({ date: `2025-03-0${n} 10:00:00`, link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A77', text: `Comment ${n}` });
const MESSAGE = (n: number) => ({ date: `2025-04-0${n} 10:00:00 UTC`, text: `Message ${n}` });

async function twoExports(): Promise<{ older: string; newer: string }> {
  const dir = await tempDir();
  const older = await writeZip(
    {
      'Profile.csv': profile('Ana', 'Berg'),
      // Post 1 was deleted before the newer export; post 2 was edited.
      'Shares.csv': shares([post(1), post(2, 'First version'), post(3)]),
      'Comments.csv': comments([COMMENT(1), COMMENT(2)]),
      'messages.csv': messages([MESSAGE(1), MESSAGE(2), MESSAGE(3)]),
      'Connections.csv': CONNECTIONS_HEADER + 'Jane,Doe,https://www.linkedin.com/in/jane,,Acme,CEO,16 Dec 2020\n',
    },
    'Complete_LinkedInDataExport_01-10-2025.zip',
    dir,
  );
  const newer = await writeZip(
    {
      'Profile.csv': profile('Ana', 'Berg'),
      // URLs written as raw URNs this time: the same links once decoded.
      'Shares.csv': shares([post(2, 'Edited version'), post(3), post(4)]).replace(/urn%3Ali%3Ashare%3A/g, 'urn:li:share:'),
      'Comments.csv': comments([COMMENT(1), COMMENT(2), COMMENT(3)]),
      'messages.csv': messages([MESSAGE(2), MESSAGE(3), MESSAGE(4)]),
      // Jane changed jobs: the same connection (same profile link, same date).
      'Connections.csv': CONNECTIONS_HEADER + 'Jane,Doe,https://www.linkedin.com/in/jane,,Globex,CTO,16 Dec 2020\nKari,Nordmann,https://www.linkedin.com/in/kari,,Fabrikam,Dev,01 Jan 2026\n',
    },
    'Complete_LinkedInDataExport_05-12-2026.zip',
    dir,
  );
  return { older, newer };
}

describe('merging exports taken on different dates', () => {
  it('keeps the records only the older export has and counts shared ones once', async () => {
    const { older, newer } = await twoExports();
    const report = await scan([older, newer]);
    expect(category(report, 'posts').total).toBe(4);
    expect(category(report, 'comments').total).toBe(3);
    expect(category(report, 'messages')).toMatchObject({ total: 4, listed: 0 });
    expect(category(report, 'connections')).toMatchObject({ total: 2, listed: 0 });
    expect(category(report, 'profile').total).toBe(4);

    // The newer export's version of a record is the one listed.
    const posts = report.items.filter((i) => i.category === 'posts');
    expect(posts.map((p) => [p.text, p.source.archive]).sort()).toEqual([
      ['Edited version', 1],
      ['Post number 1', 0],
      ['Post number 3', 1],
      ['Post number 4', 1],
    ]);

    const at = (archive: number, path: string) => report.files.find((f) => f.archive === archive && f.path === path)!;
    expect(at(0, 'Profile.csv')).toMatchObject({ duplicateOf: `${newer}: Profile.csv`, duplicateRecords: 4, items: 0 });
    expect(at(0, 'Shares.csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 2, items: 1 });
    expect(at(0, 'Comments.csv')).toMatchObject({ duplicateOf: `${newer}: Comments.csv`, duplicateRecords: 2, items: 0 });
    expect(at(0, 'messages.csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 2, items: 0 });
    expect(at(0, 'Connections.csv')).toMatchObject({ duplicateOf: `${newer}: Connections.csv`, duplicateRecords: 1 });
    for (const path of ['Profile.csv', 'Shares.csv', 'Comments.csv', 'messages.csv', 'Connections.csv']) {
      expect(at(1, path)).toMatchObject({ duplicateOf: null, duplicateRecords: 0 });
    }
    expect(category(report, 'posts').fileGroups).toEqual([{ fileType: 'shares', label: 'Shares (posts)', records: 4, files: 2 }]);
    expect(category(report, 'comments').fileGroups).toEqual([{ fileType: 'comments', label: 'Comments', records: 3, files: 1 }]);
  });

  it('gives the same counts whatever the order of the paths', async () => {
    const { older, newer } = await twoExports();
    const forward = await scan([older, newer]);
    const backward = await scan([newer, older]);
    expect(backward.summary).toEqual(forward.summary);
    expect(backward.archives.map((a) => a.path)).toEqual([newer, older]);
    expect(backward.items.map((i) => i.text).sort()).toEqual(forward.items.map((i) => i.text).sort());
  });

  it('merges private records listed with --all-items the same way', async () => {
    const { older, newer } = await twoExports();
    const report = await scan([older, newer], true);
    expect(category(report, 'messages')).toMatchObject({ total: 4, listed: 4 });
    expect(report.items.filter((i) => i.category === 'messages').map((i) => i.text).sort()).toEqual(['Message 1', 'Message 2', 'Message 3', 'Message 4']);
  });

  it('says in the text summary how many files and records were copies', async () => {
    const { older, newer } = await twoExports();
    const text = runCli(['scan', older, newer, '--region', 'US']);
    expect(text.status, text.stderr).toBe(0);
    // Profile.csv (identical), Comments.csv and Connections.csv (every record in the newer one).
    expect(text.stdout).toContain('3 files are copies of files counted');
    // Posts 2 and 3, messages 2 and 3.
    expect(text.stdout).toContain('4 other records were found in more than one copy of a file and counted once.');
  });

  it('stops before any output when one of the paths is not a LinkedIn export', async () => {
    // Enough posts for more than one 1 MiB piece of JSON: they would reach stdout at once.
    const dir = await tempDir();
    const many = Array.from({ length: 6_000 }, (_, i) => post(i, `Post ${i} ${'with some words '.repeat(8)}`));
    const newer = await writeZip({ 'Profile.csv': profile('Ana', 'Berg'), 'Shares.csv': shares(many) }, 'Complete_LinkedInDataExport_05-12-2026.zip', dir);
    const other = await writeZip({ 'holiday notes.txt': 'not an export', 'budget.csv': 'Month,Amount\nJan,12\n' }, 'other.zip', dir);
    const alone = runCli(['scan', newer, '--json']);
    expect(Buffer.byteLength(alone.stdout)).toBeGreaterThan(1024 * 1024);
    for (const paths of [
      [newer, other],
      [other, newer],
    ]) {
      const result = runCli(['scan', ...paths, '--json']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/other\.zip holds no LinkedIn export files/)]);
    }
  });

  it('streams the merged report through the built CLI (scan --json) with the same counts', async () => {
    const { older, newer } = await twoExports();
    const result = runCli(['scan', older, newer, '--json', '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const inProcess = await scan([older, newer]);
    const counts = (r: Report) => r.summary.categories.map((c) => [c.id, c.total, c.listed]);
    const overlap = (r: Report) => r.files.map((f) => [f.archive, f.path, f.duplicateOf, f.duplicateRecords, f.items]);
    expect(counts(report)).toEqual(counts(inProcess));
    expect(overlap(report)).toEqual(overlap(inProcess));
    expect(category(report, 'posts').total).toBe(4);
    expect(report.items.filter((i) => i.category === 'posts')).toHaveLength(4);
    expect(report.items.map((i) => i.id).sort()).toEqual(inProcess.items.map((i) => i.id).sort());
  });
});

describe('merging large counted files', () => {
  const big = (from: number, to: number) =>
    messages(Array.from({ length: to - from }, (_, i) => ({ date: `2024-0${((from + i) % 9) + 1}-11 14:${String((from + i) % 60).padStart(2, '0')}:48 UTC`, text: `Message ${from + i}: ${'lorem ipsum dolor sit amet '.repeat(10)}` })));

  // Counted files with a copy are read into items for their identities (on the main thread, in
  // batches): the built CLI must merge 16,000 messages per export exactly as in process.
  it('merges them record by record, streamed by the built CLI as in process', async () => {
    const dir = await tempDir();
    const older = await writeZip({ 'Profile.csv': profile('Ana', 'Berg'), 'messages.csv': big(0, 16_000) }, 'Complete_LinkedInDataExport_01-10-2025.zip', dir);
    const newer = await writeZip({ 'Profile.csv': profile('Ana', 'Berg'), 'messages.csv': big(1_000, 17_000) }, 'Complete_LinkedInDataExport_05-12-2026.zip', dir);
    const result = runCli(['scan', older, newer, '--json', '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(category(report, 'messages')).toMatchObject({ total: 17_000, listed: 0 });
    const at = (r: Report, archive: number) => r.files.find((f) => f.archive === archive && f.path === 'messages.csv')!;
    expect(at(report, 0)).toMatchObject({ records: 16_000, duplicateRecords: 15_000, duplicateOf: null });
    expect(at(report, 1)).toMatchObject({ records: 16_000, duplicateRecords: 0 });
    const inProcess = await scan([older, newer]);
    expect(report.files).toEqual(inProcess.files);
    expect(category(inProcess, 'messages').total).toBe(17_000);
  });
});

describe("refusing to merge different members' exports", () => {
  async function pair(a: Files, b: Files): Promise<[string, string]> {
    const dir = await tempDir();
    return [await writeZip(a, 'Complete_LinkedInDataExport_01-10-2025.zip', dir), await writeZip(b, 'Complete_LinkedInDataExport_05-12-2026.zip', dir)];
  }
  const refused = (args: string[]) => {
    const result = runCli(['scan', ...args, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/different members/);
    expect(lines[0]).toMatch(/--allow-different-members/);
    return lines[0]!;
  };

  it('refuses member IDs that differ in the file names, unless forced', async () => {
    const [a, b] = await pair({ 'Shares_12345678.csv': shares([post(1)]) }, { 'Shares_87654321.csv': shares([post(2)]) });
    const line = refused([a, b]);
    expect(line).toContain('12345678');
    expect(line).toContain('87654321');
    const forced = runCli(['scan', a, b, '--json', '--allow-different-members']);
    expect(forced.status, forced.stderr).toBe(0);
    const report = JSON.parse(forced.stdout) as Report;
    expect(category(report, 'posts').total).toBe(2);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: null, message: expect.stringMatching(/different members/) }));
  });

  it('refuses two member IDs inside one folder', async () => {
    const folder = await writeFolder({ 'Shares_12345678.csv': shares([post(1)]), 'Comments_87654321.csv': comments([COMMENT(1)]) });
    refused([folder]);
  });

  it('refuses profiles with different names when the file names carry no member ID', async () => {
    const [a, b] = await pair({ 'Profile.csv': profile('Ana', 'Berg') }, { 'Profile.csv': profile('Kari', 'Nordmann') });
    const line = refused([a, b]);
    expect(line).not.toMatch(/Kari|Nordmann|Ana|Berg/); // archive text is not quoted
    expect(runCli(['scan', a, b, '--allow-different-members']).status).toBe(0);
  });

  it('accepts a changed name when both exports carry the same member ID, and names differing only in case', async () => {
    const [a, b] = await pair(
      { 'Profile.csv': profile('Ana', 'Berg'), 'Comments_12345678.csv': comments([COMMENT(1)]) },
      { 'Profile.csv': profile('Ana', 'Nordmann'), 'Comments_12345678.csv': comments([COMMENT(1), COMMENT(2)]) },
    );
    const result = runCli(['scan', a, b, '--json']);
    expect(result.status, result.stderr).toBe(0);
    expect(category(JSON.parse(result.stdout) as Report, 'comments').total).toBe(2);
    const [c, d] = await pair({ 'Profile.csv': profile('Ana', 'Berg') }, { 'Profile.csv': profile('ANA', ' Berg', 'Data engineer') });
    expect(runCli(['scan', c, d]).status).toBe(0);
  });

  it('documents --allow-different-members in --help of every command that reads exports', () => {
    for (const command of ['scan', 'list', 'browse']) expect(runCli([command, '--help']).stdout).toContain('--allow-different-members');
  });
});
