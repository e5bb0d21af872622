import { describe, expect, it } from 'vitest';
import { specsForKey } from '../../../src/linkedin/catalogue.js';
import { readCsvFile } from '../../../src/linkedin/csv/read-file.js';
import type { Item } from '../../../src/model/report.js';
import { memoryEntry } from '../../helpers/archive.js';

// readCsvFile reads with the fast splitter and hands over to csv-parse at the first record the
// splitter declines; when the report streams items, those before the hand-over are already gone.
// Nothing may be read twice or lost, whatever the chunking.

const HEADER = 'Date,Link,Message\n';
const row = (i: number) => `2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,https://l/${i},"comment ${i}\nsecond line"\n`;

async function read(text: string | Buffer, chunk: number, streamed: boolean) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const handed: Item[] = [];
  const result = await readCsvFile(memoryEntry('Comments.csv', bytes, chunk), specsForKey('comments'), {
    archive: 0,
    allItems: false,
    onItems: streamed ? async (items) => void handed.push(...items) : undefined,
  });
  return { result, items: [...handed, ...result.items] };
}

describe('hand-over from the fast splitter to csv-parse', () => {
  for (const chunk of [17, 4096, 1 << 20]) {
    it(`reads every record once around an irregular one (chunks of ${chunk} bytes)`, async () => {
      const before = Array.from({ length: 2500 }, (_, i) => row(i)).join('');
      const after = Array.from({ length: 500 }, (_, i) => row(5000 + i)).join('');
      // Text after a closing quote: csv-parse (relax_quotes) keeps it; the splitter declines it.
      const text = HEADER + before + '2025-02-01 10:00:00,https://l/odd,"quoted"tail\n' + after;
      for (const streamed of [false, true]) {
        const { result, items } = await read(text, chunk, streamed);
        expect(result.records).toBe(3001);
        expect(result.skippedRecords).toBe(0);
        expect(items).toHaveLength(3001);
        expect(new Set(items.map((i) => i.id)).size).toBe(3001);
        const odd = items.find((i) => i.url === 'https://l/odd')!;
        expect(odd.text).toBe('"quoted"tail');
        expect(odd.source.line).toBe(2 + 2 * 2500);
        expect(items.at(-1)!.source.line).toBe(2 + 2 * 2500 + 1 + 2 * 499);
        expect(result.streamedItems).toBe(streamed ? 3001 - result.items.length : 0);
        if (streamed) expect(result.streamedItems).toBeGreaterThanOrEqual(2000);
      }
    });
  }

  it('reads a quote left open in the last record as text, with a warning, after streaming the rest', async () => {
    // Comments' records start with a date: the end of the file bounds the quoted field.
    const text = HEADER + Array.from({ length: 1500 }, (_, i) => row(i)).join('') + '2025-03-01 10:00:00,https://l/x,"never closed\n';
    const { result, items } = await read(text, 999, true);
    expect(items).toHaveLength(1501);
    expect(items.at(-1)).toMatchObject({ text: '"never closed', source: { line: 3002 } });
    expect(result.records).toBe(1501);
    expect(result.skippedRecords).toBe(0);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3002, message: expect.stringMatching(/^column Message: a quote opens the field but does not close/) })]);
  });

  it('skips a quote left open at the end of a file without line structure, and reports its line', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `skill ${i}\n`).join('');
    const result = await readCsvFile(memoryEntry('Skills.csv', Buffer.from(`Name\n${rows}"never closed\nstill read\n`), 999), specsForKey('skills'), { archive: 0, allItems: false });
    expect(result.items.map((i) => i.text).slice(-2)).toEqual(['skill 1499', 'still read']);
    expect([result.records, result.skippedRecords]).toEqual([1502, 1]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 1502, message: expect.stringMatching(/^malformed CSV record skipped \(a quoted field is not closed/) })]);
  });

  it('switches to windows-1252 at the first chunk that is not UTF-8, without reading the file twice', async () => {
    const ascii = Array.from({ length: 300 }, (_, i) => row(i)).join('');
    const bytes = Buffer.concat([Buffer.from(HEADER + ascii), Buffer.from('2025-04-01 10:00:00,https://l/cafe,"Caf'), Buffer.from([0xe9, 0x20, 0x63, 0x72, 0x8c]), Buffer.from('me '), Buffer.from([0x93, 0x80, 0x94]), Buffer.from('"\n')]);
    for (const chunk of [64, 1 << 20]) {
      const { result, items } = await read(bytes, chunk, true);
      expect(items).toHaveLength(301);
      expect(items.at(-1)!.text).toBe('Café crŒme “€”'); // the bytes Node's TextDecoder gets wrong
      expect(result.encoding).toBe('windows-1252');
      expect(result.warnings[0]!.message).toMatch(/not valid UTF-8; decoded as windows-1252/);
    }
  });
});
