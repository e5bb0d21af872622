import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeFolder, writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { rawZip } from '../helpers/raw-zip.js';
import { tempDir } from '../helpers/archive.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { endorsementsReceived, legacyEndorsementsReceived, post, profile, shares, type Endorsement } from '../helpers/export-records.js';
import { category, file, scan } from '../helpers/scan.js';

// The same file twice inside ONE export (a copy in a folder, a browser's "(1)" copy, a name that
// differs only in case or Unicode normalisation): its records are counted once.

const POSTS = [post(1), post(2), post(3)];
const PROFILE = profile('Ana', 'Berg');

describe('copies of a file inside one export', () => {
  it('counts identical copies once and names the counted file in duplicateOf', async () => {
    const bytes = shares(POSTS);
    const zip = await writeZip({ 'Profile.csv': PROFILE, 'Shares.csv': bytes, 'old/Shares.csv': bytes, 'Shares (1).csv': bytes, 'shares.csv': bytes });
    const report = await scan(zip);
    expect(category(report, 'posts')).toMatchObject({ total: 3, listed: 3 });
    expect(category(report, 'posts').fileGroups).toEqual([{ fileType: 'shares', label: 'Shares (posts)', records: 3, files: 1 }]);
    expect(report.items.filter((i) => i.category === 'posts').map((i) => i.source.file)).toEqual(['Shares.csv', 'Shares.csv', 'Shares.csv']);
    expect(file(report, 'Shares.csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 0, items: 3 });
    for (const copy of ['old/Shares.csv', 'Shares (1).csv', 'shares.csv']) {
      // Not read again: what it holds is the counted file's, so its counts are too.
      expect(file(report, copy)).toMatchObject({ duplicateOf: `${zip}: Shares.csv`, duplicateRecords: 3, records: 3, items: 0, recognized: true, category: 'posts' });
    }
    expect(report.warnings).toEqual([]);
  });

  it('decides an identical ZIP copy from the central directory (size and CRC-32), without inflating it', async () => {
    const bytes = Buffer.from(shares(POSTS));
    // The copy's stored bytes are damaged but its central directory declares the original's size
    // and CRC-32: it would fail its CRC check if it were read, so the scan passing shows it was not.
    const damaged = Buffer.from(bytes);
    const at = damaged.length - 5;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    const zip = join(await tempDir(), 'Complete_LinkedInDataExport_05-12-2026.zip');
    await writeFile(zip, rawZip([
      { name: 'Profile.csv', data: PROFILE },
      { name: 'Shares.csv', data: bytes },
      { name: 'Shares (1).csv', data: bytes, method: 0, compressed: damaged },
    ]));
    const report = await scan(zip);
    expect(category(report, 'posts')).toMatchObject({ total: 3, listed: 3 });
    expect(file(report, 'Shares (1).csv')).toMatchObject({ duplicateOf: `${zip}: Shares.csv`, duplicateRecords: 3, items: 0 });
    // The same copy under a name that is not a copy's is read, and its damage stops the scan.
    const other = join(await tempDir(), 'Complete_LinkedInDataExport_05-12-2026.zip');
    await writeFile(other, rawZip([{ name: 'Profile.csv', data: PROFILE }, { name: 'Shares.csv', data: bytes, method: 0, compressed: damaged }]));
    await expect(scan(other)).rejects.toThrow(/CRC-32/);
  });

  it('recognises article copies whose names differ in Unicode normalisation (NFC / NFD) and case', async () => {
    const html = '<html><head><title>Résumé tips</title></head><body><h1><a href="https://www.linkedin.com/pulse/resume-tips">Résumé tips</a></h1><p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on 2024-09-02 08:00</p><div><p>Body</p></div></body></html>';
    const nfc = 'Articles/Articles/R\u00e9sum\u00e9 tips.html';
    const nfd = 'Articles/Articles/Re\u0301sume\u0301 tips.html';
    const upper = 'Articles/Articles/R\u00c9SUM\u00c9 TIPS.html';
    const folder = await writeFolder({ 'Profile.csv': PROFILE, [nfc]: html, [nfd]: html, [upper]: html });
    const report = await scan(folder);
    expect(category(report, 'articles').total).toBe(1);
    const copies = report.files.filter((f) => f.category === 'articles');
    expect(copies).toHaveLength(3);
    const counted = copies.filter((f) => f.duplicateOf === null);
    expect(counted).toHaveLength(1);
    for (const copy of copies.filter((f) => f !== counted[0])) expect(copy.duplicateOf).toBe(`${folder}: ${counted[0]!.path}`);
  });

  it('reads both files when the names match but the contents differ, and counts each post once', async () => {
    // The same length, one character apart: only the content tells them apart.
    const a = shares([post(1), post(2), post(3, 'Third post, version A')]);
    const b = shares([post(2), post(3, 'Third post, version B'), post(4)]);
    expect(Buffer.byteLength(a)).toBe(Buffer.byteLength(b));
    const zip = await writeZip({ 'Profile.csv': PROFILE, 'Shares.csv': a, 'Shares (1).csv': b });
    const report = await scan(zip);
    // Posts 1-4: post 3 is one post (same link and date) although its text changed.
    expect(category(report, 'posts').total).toBe(4);
    const posts = report.items.filter((i) => i.category === 'posts');
    expect(posts.map((p) => p.url!.slice(-1)).sort()).toEqual(['1', '2', '3', '4']);
    expect(posts.find((p) => p.url!.endsWith('3'))!.text).toBe('Third post, version A');
    expect(file(report, 'Shares.csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 0, items: 3 });
    expect(file(report, 'Shares (1).csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 2, items: 1 });
    expect(category(report, 'posts').fileGroups).toEqual([{ fileType: 'shares', label: 'Shares (posts)', records: 4, files: 2 }]);
  });

  it('streams the same counts and items through the built CLI (scan --json)', async () => {
    const a = shares([post(1), post(2), post(3)]);
    const b = shares([post(2), post(3), post(4), post(5)]);
    const zip = await writeZip({ 'Profile.csv': PROFILE, 'Shares.csv': a, 'old/Shares.csv': a, 'Shares (1).csv': b });
    const result = runCli(['scan', zip, '--json', '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(category(report, 'posts').total).toBe(5);
    expect(report.items.filter((i) => i.category === 'posts')).toHaveLength(5);
    const posts = report.items.filter((i) => i.category === 'posts');
    expect(new Set(posts.map((i) => i.url)).size).toBe(5);
    expect(file(report, 'old/Shares.csv').duplicateOf).toBe(`${zip}: Shares.csv`);
    expect(file(report, 'Shares (1).csv')).toMatchObject({ duplicateOf: null, duplicateRecords: 2, items: 2 });
    expect(report.summary.totals.total).toBe(report.summary.categories.reduce((n, c) => n + c.total, 0));
  });

  it('keeps records repeated inside one file (each is a record of that file)', async () => {
    const queries = 'Time,Search Query\n2024/03/30 18:56:03 UTC,data engineer\n2024/03/30 18:56:03 UTC,data engineer\n2024/03/31 09:00:00 UTC,privacy\n';
    const copy = queries + '2024/04/01 09:00:00 UTC,newer query\n';
    const report = await scan(await writeZip({ 'Profile.csv': PROFILE, 'SearchQueries.csv': queries, 'SearchQueries (1).csv': copy }));
    // The repeated query is two records of each copy: counted twice, not four times and not once.
    expect(category(report, 'activity').total).toBe(4);
    expect(file(report, 'SearchQueries (1).csv')).toMatchObject({ duplicateRecords: 3, duplicateOf: null });
  });
});

describe('endorsements in the legacy and the new file (2022 exports)', () => {
  const ACCEPTED: Endorsement[] = [
    { date: '2022/01/05 10:00:00 UTC', skill: 'TypeScript', first: 'Jane', last: 'Doe' },
    // The same endorser, the same second, another skill: a different endorsement.
    { date: '2022/01/05 10:00:00 UTC', skill: 'Rust', first: 'Jane', last: 'Doe' },
    { date: '2022/02/11 08:30:00 UTC', skill: 'TypeScript', first: 'Priya', last: 'Raman' },
  ];

  it('counts endorsements held in both files once', async () => {
    const zip = await writeZip({
      'Profile.csv': PROFILE,
      'Endorsement Received Info.csv': legacyEndorsementsReceived(ACCEPTED),
      'Endorsement_Received_Info.csv': endorsementsReceived(ACCEPTED),
    });
    const report = await scan(zip);
    expect(file(report, 'Endorsement Received Info.csv')).toMatchObject({ encoding: 'utf-16le', records: 3 });
    expect(category(report, 'endorsements')).toMatchObject({ total: 3, listed: 3 });
    const pair = ['Endorsement Received Info.csv', 'Endorsement_Received_Info.csv'].map((p) => file(report, p));
    const copy = pair.find((f) => f.duplicateOf)!;
    const counted = pair.find((f) => !f.duplicateOf)!;
    expect(copy).toMatchObject({ duplicateOf: `${zip}: ${counted.path}`, duplicateRecords: 3, items: 0 });
    expect(counted).toMatchObject({ duplicateRecords: 0, items: 3 });
    expect(category(report, 'endorsements').fileGroups).toEqual([{ fileType: 'endorsements-received', label: 'Endorsements received', records: 3, files: 1 }]);
  });

  it('keeps the endorsements only one file has, and reports the overlap', async () => {
    const pending: Endorsement = { date: '2022/03/01 12:00:00 UTC', skill: 'SQL', first: 'Kari', last: 'Nordmann', status: 'PENDING' };
    const report = await scan(
      await writeZip({
        'Profile.csv': PROFILE,
        'Endorsement Received Info.csv': legacyEndorsementsReceived(ACCEPTED),
        'Endorsement_Received_Info.csv': endorsementsReceived([...ACCEPTED, pending]),
      }),
    );
    expect(category(report, 'endorsements').total).toBe(4);
    const pair = ['Endorsement Received Info.csv', 'Endorsement_Received_Info.csv'].map((p) => file(report, p));
    expect(pair.map((f) => f.duplicateRecords).reduce((a, b) => a + b)).toBe(3);
    expect(report.items.filter((i) => i.category === 'endorsements').map((i) => i.text).sort()).toEqual([
      'Rust endorsed by Jane Doe',
      'SQL endorsed by Kari Nordmann',
      'TypeScript endorsed by Jane Doe',
      'TypeScript endorsed by Priya Raman',
    ]);
  });
});
