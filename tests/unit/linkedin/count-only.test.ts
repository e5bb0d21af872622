import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryEntry as entry } from '../../helpers/archive.js';
import { specsForKey } from '../../../src/linkedin/catalogue.js';
import { countOnlyCsvFile } from '../../../src/linkedin/csv/count-file.js';
import { readCsvFile } from '../../../src/linkedin/csv/read-file.js';


const COUNT_ONLY = { archive: 0, allItems: false, countOnly: new Set(['messages', 'connections', 'job-answers', 'account'] as const) };
const FULL = { archive: 0, allItems: false };

/** Both paths on the same bytes: the cheap one must count exactly what the parser counts. */
async function compare(path: string, key: string, text: string | Buffer, chunk: number) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const cheap = await countOnlyCsvFile(entry(path, bytes, chunk), specsForKey(key), COUNT_ONLY);
  const full = await readCsvFile(entry(path, bytes, chunk), specsForKey(key), FULL);
  return { cheap, full };
}

const MESSAGES_HEADER =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\r\n';
const PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

describe('the cheap counting path (count-only private files)', () => {
  it('counts all-quoted multi-line 2026 messages like the full parser', async () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      ['2-x==', '', 'Jane', '', 'Ola', '', '2026-05-11 14:56:48 UTC', '', i % 7 === 0 ? '' : `Hi ${i},\nline "two"\r\nthree`, 'INBOX', ''].map((v) => `"${v.replace(/"/g, '""')}"`).join(',') + '\r\n',
    ).join('');
    const { cheap, full } = await compare('messages.csv', 'messages', MESSAGES_HEADER + rows + '"","","","","","","","","","",""\r\n', 97);
    expect(cheap).not.toBeNull();
    expect([cheap!.records, cheap!.emptyRecords, cheap!.skippedRecords]).toEqual([full.records, full.emptyRecords, full.skippedRecords]);
    expect(cheap!.countedUndated).toBe(full.countedDates.length);
    expect(cheap!.records).toBe(51);
    expect(cheap!.emptyRecords).toBe(1);
  });

  it('skips the Connections preamble and counts phantom rows', async () => {
    const text = PREAMBLE + 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' + 'A,B,,,,,16 Dec 2024\n,,,,,,15 Dec 2024\n,,,,,,\n' + 'C,D,,,,,1 Jan 2020';
    const { cheap, full } = await compare('Connections.csv', 'connections', text, 5);
    expect([cheap!.records, cheap!.emptyRecords, cheap!.countedUndated]).toEqual([4, 1, 3]);
    expect([cheap!.records, cheap!.emptyRecords]).toEqual([full.records, full.emptyRecords]);
  });

  it('reports an unterminated quote and too many fields with lines, like the full parser', async () => {
    const text = 'First Name,Last Name,Connected On\nA,B,1 Jan 2020\nC,D,2 Jan 2020,extra\n"E,F,3 Jan 2020\nG,H,4 Jan 2020\n';
    const { cheap, full } = await compare('Connections.csv', 'connections', text, 4);
    expect([cheap!.records, cheap!.skippedRecords, cheap!.countedUndated]).toEqual([full.records, full.skippedRecords, full.countedDates.length]);
    expect(cheap!.warnings.map((w) => w.line).sort()).toEqual(full.warnings.map((w) => w.line).sort());
  });

  it('agrees with the full parser on random input', async () => {
    const alphabet = fc.constantFrom('"', ',', '\n', '\r\n', '\r', ' ', 'a', 'é', '😅', '""', '\t');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), async (parts, chunk) => {
        const { cheap, full } = await compare('Connections.csv', 'connections', 'First Name,Last Name,Connected On\n' + parts.join(''), chunk);
        expect(cheap).not.toBeNull();
        expect([cheap!.records, cheap!.emptyRecords, cheap!.skippedRecords]).toEqual([full.records, full.emptyRecords, full.skippedRecords]);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  });

  it('declines what it cannot do cheaply: --all-items, UTF-16, unknown headers', async () => {
    const text = 'First Name,Last Name,Connected On\nA,B,1 Jan 2020\n';
    expect(await countOnlyCsvFile(entry('Connections.csv', Buffer.from(text), 64), specsForKey('connections'), { ...COUNT_ONLY, allItems: true })).toBeNull();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await countOnlyCsvFile(entry('Connections.csv', utf16, 64), specsForKey('connections'), COUNT_ONLY)).toBeNull();
    expect(await countOnlyCsvFile(entry('Connections.csv', Buffer.from('x,y\n1,2\n'), 64), specsForKey('connections'), COUNT_ONLY)).toBeNull();
  });

  it('counts CR-only files (Excel for Mac) like the full parser', async () => {
    const text = 'First Name,Last Name,Connected On\rA,B,1 Jan 2020\r,,\r"C\nD",E,2 Jan 2020\rF,G,3 Jan 2020,extra';
    for (const chunk of [1, 4, 1 << 16]) {
      const { cheap, full } = await compare('Connections.csv', 'connections', text, chunk);
      expect(cheap).not.toBeNull();
      expect([cheap!.records, cheap!.emptyRecords, cheap!.skippedRecords]).toEqual([4, 1, 1]);
      expect([full.records, full.emptyRecords, full.skippedRecords]).toEqual([4, 1, 1]);
      expect(cheap!.warnings.map((w) => [w.line, w.message])).toEqual(full.warnings.map((w) => [w.line, w.message]));
      expect(cheap!.warnings.map((w) => w.line)).toEqual([6]); // the quoted field spans lines 4 and 5
    }
  });

  it('counts unquoted delimiters in a free-text last column as part of the text', async () => {
    const text = 'Question,Answer\nWhy us?,Because, frankly, you are great\nStart date?,Now\n';
    const { cheap, full } = await compare('Job Applicant Saved Answers.csv', 'job_applicant_saved_answers', text, 7);
    expect(cheap).not.toBeNull();
    expect([cheap!.records, cheap!.skippedRecords, cheap!.countedUndated]).toEqual([2, 0, 2]);
    expect([full.records, full.skippedRecords, full.items.length]).toEqual([2, 0, 2]);
  });

  it('skips a record longer than 16 MiB like the full parser, and reads on at its second line', async () => {
    const huge = 'x'.repeat(17 * 1024 * 1024);
    const text = `First Name,Last Name,Connected On\nA,B,1 Jan 2020\n"${huge}\nC",D,2 Jan 2020\nE,F,3 Jan 2020\n`;
    const { cheap, full } = await compare('Connections.csv', 'connections', text, 1 << 16);
    expect([cheap!.records, cheap!.skippedRecords, cheap!.emptyRecords]).toEqual([full.records, full.skippedRecords, full.emptyRecords]);
    expect(cheap!.warnings.map((w) => [w.line, w.message])).toEqual(full.warnings.map((w) => [w.line, w.message]));
    expect(full.warnings.map((w) => w.line)).toEqual([3]);
  });

  it('leaves to the full parser what follows the line rules or \\" escaping', async () => {
    const logins = 'Login Date,IP Address,User Agent,Login Type\nTue May 21 19:48:24 UTC 2024,192.0.2.1,"Mozilla, 5.0",Login\n';
    expect(await countOnlyCsvFile(entry('Logins.csv', Buffer.from(logins), 64), specsForKey('logins'), COUNT_ONLY)).toBeNull();
    const escaped = MESSAGES_HEADER + '"2-x==","","Ana","","Ola","","2026-05-11 14:56:48 UTC","","say \\"hi\\"","INBOX",""\r\n';
    expect(await countOnlyCsvFile(entry('messages.csv', Buffer.from(escaped), 64), specsForKey('messages'), COUNT_ONLY)).toBeNull();
    // First seen after the first MiB: the count stops there and the full parser reads the file.
    const plain = Array.from({ length: 15_000 }, (_, i) => `"2-${i}==","","Ana","","Ola","","2026-05-11 14:56:48 UTC","","hello","INBOX",""\r\n`).join('');
    expect(plain.length).toBeGreaterThan(1024 * 1024);
    const { cheap, full } = await compare('messages.csv', 'messages', MESSAGES_HEADER + plain + escaped.slice(MESSAGES_HEADER.length), 1 << 16);
    expect(cheap).toBeNull();
    expect(full.records).toBe(15_001);
  });

  it('agrees with the full parser on random input with backslashes and CRs, or leaves the file to it', async () => {
    const alphabet = fc.constantFrom('"', ',', '\n', '\r\n', '\r', ' ', 'a', '\\', '\\"', '""', '\t');
    const files = [
      ['Connections.csv', 'connections', 'First Name,Last Name,Connected On'],
      ['Job Applicant Saved Answers.csv', 'job_applicant_saved_answers', 'Question,Answer'],
    ] as const;
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.constantFrom('\n', '\r'), fc.array(alphabet, { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), async ([path, key, header], eol, parts, chunk) => {
        const { cheap, full } = await compare(path, key, header + eol + parts.join(''), chunk);
        if (cheap === null) {
          declined++;
          return;
        }
        expect([cheap.records, cheap.emptyRecords, cheap.skippedRecords]).toEqual([full.records, full.emptyRecords, full.skippedRecords]);
        // The counter reads no dates: only the warnings about the records' structure compare.
        const structural = (warnings: typeof full.warnings) => warnings.filter((w) => !/^column .*: (not a date|a date before)/.test(w.message)).map((w) => [w.line, w.message]);
        expect(structural(cheap.warnings)).toEqual(structural(full.warnings));
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
    expect(declined).toBeLessThan(Number(process.env['FUZZ_RUNS'] ?? 300) * 0.8);
  });
});
