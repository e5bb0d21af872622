import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryEntry as entry } from './helpers/archive.js';
import { specsForKey } from '../src/export/catalogue.js';
import { countOnlyCsvFile } from '../src/export/count-csv-file.js';
import { readCsvFile } from '../src/export/read-csv-file.js';


const COUNT_ONLY = { archive: 0, allItems: false, countOnly: new Set(['messages', 'connections'] as const) };
const FULL = { archive: 0, allItems: false };

/** Both paths on the same bytes: the cheap one must count exactly what the parser counts. */
async function compare(path: string, key: string, text: string, chunk: number) {
  const bytes = Buffer.from(text, 'utf8');
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
});
