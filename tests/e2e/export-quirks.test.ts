// Reading faults seen on real LinkedIn exports (issue 10) and on damaged or hostile archives
// (issue 11): each test builds the bytes, reads them as the CLI does, and checks counts and text.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { specsForKey } from '../../src/linkedin/catalogue.js';
import { isoLike, monthYear, slashYmd } from '../../src/linkedin/text/export-dates.js';
import { MAX_WARNINGS_PER_FILE } from '../../src/linkedin/file-result.js';
import { readCsvFile } from '../../src/linkedin/csv/read-file.js';
import type { Report } from '../../src/model/report.js';
import { memoryEntry, utf16le, writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { file, scan } from '../helpers/scan.js';

const PROFILE = { 'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nOla,Nordmann,Engineer,"Oslo, Norway"\n' };

function scanJson(zip: string, ...args: string[]): Report {
  const result = runCli(['scan', zip, '--json', '--region', 'NO', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const warningsOf = (report: Report, path: string) => report.warnings.filter((w) => w.file === path);
const textsOf = (report: Report, path: string) => report.items.filter((i) => i.source.file === path).map((i) => i.text);

describe('unquoted free text with commas in the last column', () => {
  it('SearchQueries.csv: the extra fields are joined back into the query, without warnings', async () => {
    const zip = await writeZip({
      ...PROFILE,
      'SearchQueries.csv': 'Time,Search Query\n2024/03/30 18:56:03 UTC,data engineer, remote\n2024/03/30 18:56:04 UTC,plain\n2024/03/30 18:57:00 UTC,a,b,,c\n',
    });
    const report = scanJson(zip, '--all-items');
    expect(textsOf(report, 'SearchQueries.csv')).toEqual(['data engineer, remote', 'plain', 'a,b,,c']);
    expect(file(report, 'SearchQueries.csv')).toMatchObject({ records: 3, skippedRecords: 0 });
    expect(warningsOf(report, 'SearchQueries.csv')).toEqual([]);
  });

  it('applies to every file whose last column is free text, and only there', async () => {
    const report = await scan(
      await writeZip({
        'Comments.csv': 'Date,Link,Message\n2024-02-01 10:00:00,https://l/1,Well, I agree, mostly\n',
        'Jobs/Job Applicant Saved Answers.csv': 'Question,Answer\nWhy us?,Because, frankly, you are great\n',
        'Languages.csv': 'Name,Proficiency\nNorwegian,Native,extra\n',
      }),
      true,
    );
    expect(textsOf(report, 'Comments.csv')).toEqual(['Well, I agree, mostly']);
    expect(textsOf(report, 'Jobs/Job Applicant Saved Answers.csv')).toEqual(['Why us?: Because, frankly, you are great']);
    expect(textsOf(report, 'Languages.csv')).toEqual([]); // Proficiency is not free text: still skipped
    expect(warningsOf(report, 'Languages.csv')).toEqual([expect.objectContaining({ line: 2, message: 'record has more fields than the 2 of the header; skipped' })]);
  });
});

describe('unquoted multi-line comments (2023–2024 Comments.csv)', () => {
  const COMMENTS =
    'Date,Link,Message\r\n' +
    '2023-05-01 10:00:00,https://l/1,First line of a comment\r\n' +
    'second line, with a comma\r\n' +
    '\r\n' +
    'after a blank line\r\n' +
    '2023-05-02 10:00:00,https://l/2,"A quoted one\nover two lines"\r\n' +
    'then unquoted again\r\n' +
    '2023-05-03 10:00:00,https://l/3,Single\r\n' +
    '\r\n';

  it('continuation lines belong to the comment before them: counts and text exact', async () => {
    for (const chunk of [3, 1 << 16]) {
      const result = await readCsvFile(memoryEntry('Comments.csv', Buffer.from(COMMENTS), chunk), specsForKey('comments'), { archive: 0, allItems: false });
      expect(result.items.map((i) => [i.source.line, i.date, i.text])).toEqual([
        [2, '2023-05-01T10:00:00Z', 'First line of a comment\nsecond line, with a comma\n\nafter a blank line'],
        [6, '2023-05-02T10:00:00Z', 'A quoted one\nover two lines\nthen unquoted again'],
        [9, '2023-05-03T10:00:00Z', 'Single'],
      ]);
      // The blank line before the end of the file stays a blank record.
      expect([result.records, result.emptyRecords, result.skippedRecords]).toEqual([4, 1, 0]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('a line that starts with a date, or has as many fields as the header, is a record of its own', async () => {
    const text = 'Date,Link,Message\n2023-05-01 10:00:00,https://l/1,one\nnot a date,https://l/x,three fields\n2023-05-02 10:00:00,https://l/2,two\n';
    const result = await readCsvFile(memoryEntry('Comments.csv', Buffer.from(text), 64), specsForKey('comments'), { archive: 0, allItems: false });
    expect(result.items.map((i) => [i.source.line, i.text])).toEqual([
      [2, 'one'],
      [3, 'three fields'],
      [4, 'two'],
    ]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3, message: 'column Date: not a date like 2026-05-11 15:17:30; kept without a date' })]);
  });
});

describe('\\" escapes detected from the bytes, in any file', () => {
  it('Member_Follows.csv with \\" is read as \\" escaping; Comments.csv with "" still as ""', async () => {
    const report = await scan(
      await writeZip({
        'Member_Follows.csv': 'Date,Status,FullName\n2024-01-01 10:00:00,Active,"Jane \\"JD\\" Doe"\n2024-01-02 10:00:00,Active,"Bo, \\"B\\""\n',
        'Comments.csv': 'Date,Link,Message\n2024-01-03 10:00:00,https://l/1,"an ""old"" style, C:\\""x"""\n',
      }),
      true,
    );
    expect(textsOf(report, 'Member_Follows.csv')).toEqual(['Jane "JD" Doe · Active', 'Bo, "B" · Active']);
    expect(textsOf(report, 'Comments.csv')).toEqual(['an "old" style, C:\\"x"']);
    expect(report.warnings).toEqual([]);
  });

  it('escapes first seen after the first MiB switch the reading from that record on', async () => {
    const plain = Array.from({ length: 30_000 }, (_, i) => `2024-01-01 10:00:00,Active,"Person ${i}"\n`).join('');
    expect(plain.length).toBeGreaterThan(1024 * 1024);
    const text = 'Date,Status,FullName\n' + plain + '2024-01-02 10:00:00,Active,"Jane \\"JD\\" Doe"\n2024-01-03 10:00:00,Active,"Bo"\n';
    const result = await readCsvFile(memoryEntry('Member_Follows.csv', Buffer.from(text), 65536), specsForKey('member_follows'), { archive: 0, allItems: true });
    expect(result.items.slice(-2).map((i) => i.text)).toEqual(['Jane "JD" Doe · Active', 'Bo · Active']);
    expect(result.records).toBe(30_002);
  });

  it('a comment ending in a backslash (C:\\, :-\\) is not merged with the next one', async () => {
    const text =
      'Date,Link,Message\n2025-01-01 10:00:00,https://l/1,"Install it in C:\\"\n2025-01-02 10:00:00,https://l/2,"Oh well :-\\"\r\n' +
      '2025-01-03 10:00:00,https://l/3,"He said \\"hi\\"\nthen left"\n2025-01-04 10:00:00,https://l/4,"Last \\"quoted\\""\n';
    const report = await scan(await writeZip({ 'Comments_12345678.csv': text }));
    expect(textsOf(report, 'Comments_12345678.csv')).toEqual(['Install it in C:\\', 'Oh well :-\\', 'He said "hi"\nthen left', 'Last "quoted"']);
    expect(file(report, 'Comments_12345678.csv').records).toBe(4);
  });
});

describe('a stray quote in a file whose records start with a date', () => {
  it('is read as text up to the next record, with one warning; the 240 records after it are kept', async () => {
    const rows = Array.from({ length: 240 }, (_, i) => `2024-02-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,https://l/${i},comment ${i}\n`).join('');
    const zip = await writeZip({ ...PROFILE, 'Comments.csv': 'Date,Link,Message\n2024-01-01 10:00:00,https://l/x,"stray quote\nand its second line\n' + rows + '2024-03-01 10:00:00,https://l/y,"a ""quoted"" one"\n' });
    const report = scanJson(zip);
    const texts = textsOf(report, 'Comments.csv');
    expect(texts).toHaveLength(242);
    expect(texts[0]).toBe('"stray quote\nand its second line');
    expect(texts.at(-1)).toBe('a "quoted" one');
    expect(file(report, 'Comments.csv')).toMatchObject({ records: 242, skippedRecords: 0 });
    expect(warningsOf(report, 'Comments.csv')).toEqual([
      expect.objectContaining({ line: 2, message: 'column Message: a quote opens the field but does not close before the next record; the quote was read as text' }),
    ]);
  });
});

describe('CR-only line endings (Excel for Mac "CSV (Macintosh)")', () => {
  it('are read like LF, line numbers counting CRs', async () => {
    const zip = await writeZip({
      ...PROFILE,
      'Skills.csv': 'Name\rTypeScript\rRust\r',
      'Comments.csv': 'Date,Link,Message\r2024-01-01 10:00:00,https://l/1,"two\nlines"\r2024-01-02 10:00:00,https://l/2,bad date here\rnot-a-date,https://l/3,x\r',
    });
    const report = scanJson(zip);
    expect(textsOf(report, 'Skills.csv')).toEqual(['TypeScript', 'Rust']);
    expect(textsOf(report, 'Comments.csv')).toEqual(['two\nlines', 'bad date here', 'x']);
    expect(warningsOf(report, 'Comments.csv')).toEqual([expect.objectContaining({ line: 5, message: expect.stringMatching(/^column Date: not a date/) })]);
  });
});

describe('binary data and UTF-16 without a BOM under a CSV name', () => {
  it('a Shares.csv that is really a ZIP or random bytes: skipped with one warning, no invented posts', async () => {
    const inner = await new JSZip().file('a.txt', 'x'.repeat(5000)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    let seed = 42;
    const random = Buffer.from(Array.from({ length: 20_000 }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16 & 0xff));
    for (const bytes of [inner, random]) {
      const report = scanJson(await writeZip({ ...PROFILE, 'Shares.csv': bytes, 'Comments.csv': random }));
      expect(report.items.filter((i) => i.category === 'posts' || i.category === 'comments')).toEqual([]);
      expect(report.summary.categories.find((c) => c.id === 'posts')!.total).toBe(0);
      for (const path of ['Shares.csv', 'Comments.csv']) {
        expect(warningsOf(report, path)).toEqual([expect.objectContaining({ line: null, message: expect.stringMatching(/^not a text file \(binary data/) })]);
      }
    }
  });

  it('BOM-less UTF-16 (LE and BE) is decoded', async () => {
    const text = 'Date,ShareLink,ShareCommentary\n2024-01-01 10:00:00,https://l/1,Hei på deg 🚀\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    const report = await scan(await writeZip({ 'Shares.csv': Buffer.from(text, 'utf16le'), 'Shares_1.csv': be }));
    expect(report.items.map((i) => [i.source.file, i.date, i.text]).sort()).toEqual([
      ['Shares.csv', '2024-01-01T10:00:00Z', 'Hei på deg 🚀'],
      ['Shares_1.csv', '2024-01-01T10:00:00Z', 'Hei på deg 🚀'],
    ]);
    expect(Object.fromEntries(report.files.map((f) => [f.path, f.encoding]))).toEqual({ 'Shares.csv': 'utf-16le', 'Shares_1.csv': 'utf-16be' });
    expect(report.warnings).toEqual([]);
    // With a BOM it was read before, and still is.
    expect((await scan(await writeZip({ 'Shares.csv': utf16le(text) }))).items.map((i) => i.text)).toEqual(['Hei på deg 🚀']);
  });
});

describe('years below 100', () => {
  it('are kept as written by the date parsers', () => {
    expect(isoLike('0001-01-01')).toBe('0001-01-01T00:00:00Z');
    expect(isoLike('0099-05-01 10:00 UTC')).toBe('0099-05-01T10:00:00Z');
    expect(slashYmd('0024/02/29')).toBe('0024-02-29T00:00:00Z'); // a leap year then too
    expect(slashYmd('0023/02/29')).toBeNull();
    expect(monthYear('0050')).toBe('0050-01-01T00:00:00Z');
  });

  it('are rejected by the reader as implausible, with a warning: the item is kept without a date', async () => {
    const report = await scan(await writeZip({ 'Comments.csv': 'Date,Link,Message\n0001-01-01,https://l/1,placeholder date\n1899-12-31 10:00:00,https://l/2,too early\n1900-01-01 00:00:00,https://l/3,fine\n' }));
    expect(report.items.map((i) => i.date)).toEqual([null, null, '1900-01-01T00:00:00Z']);
    expect(report.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'column Date: a date before 1900 is not plausible; kept without a date'],
      [3, 'column Date: a date before 1900 is not plausible; kept without a date'],
    ]);
  });
});

describe('millions of warnings', () => {
  it(`keeps the first ${MAX_WARNINGS_PER_FILE} per file and one count per kind for the rest; --json works`, async () => {
    const bad = 'Norwegian,Native,extra\n'.repeat(1_000_000);
    const dates = 'soon,https://l,hi\n'.repeat(300_000) + '2024-01-01 10:00:00,https://l,"open\n';
    const zip = await writeZip({ ...PROFILE, 'Languages.csv': 'Name,Proficiency\n' + bad, 'Comments.csv': 'Date,Link,Message\n' + dates });
    const report = scanJson(zip, '--max-ratio', '100000', '--max-records', '100000000', '--max-warnings', '100000000');
    expect(file(report, 'Languages.csv')).toMatchObject({ records: 1_000_000, skippedRecords: 1_000_000 });
    const languages = warningsOf(report, 'Languages.csv');
    expect(languages).toHaveLength(MAX_WARNINGS_PER_FILE + 1);
    expect(languages.at(-1)).toEqual(expect.objectContaining({ line: null, message: `${1_000_000 - MAX_WARNINGS_PER_FILE} more "too many fields" warnings in this file were not listed (at most ${MAX_WARNINGS_PER_FILE} per file)` }));
    const comments = warningsOf(report, 'Comments.csv');
    expect(comments.slice(-2).map((w) => w.message)).toEqual([
      `${300_000 - MAX_WARNINGS_PER_FILE} more "date" warnings in this file were not listed (at most ${MAX_WARNINGS_PER_FILE} per file)`,
      `1 more "malformed record" warning in this file was not listed (at most ${MAX_WARNINGS_PER_FILE} per file)`,
    ]);
  }, 900_000);
});
