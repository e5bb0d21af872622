import { describe, expect, it } from 'vitest';
import { CSV_FILE_SPECS } from '../../../src/linkedin/catalogue.js';
import { category } from '../../../src/model/categories.js';
import { memoryEntry } from '../../helpers/archive.js';
import { readCsvFile } from '../../../src/linkedin/csv/read-file.js';
import { specsForKey } from '../../../src/linkedin/catalogue.js';
import { fileKey } from '../../../src/linkedin/file-key.js';

/** A file name that normalises to the spec's first name key ("saved_jobs" -> "saved_jobs.csv"). */
const fileNameFor = (key: string) => `${key}.csv`;

describe('every catalogue entry reads a file with its own header', () => {
  for (const spec of CSV_FILE_SPECS) {
    for (const signature of spec.signatures) {
      it(`${spec.type}: ${signature.join(', ')}`, async () => {
        const name = fileNameFor(spec.names[0]!);
        expect(fileKey(name).key).toBe(spec.names[0]);
        const header = signature.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
        const row = signature.map((c, i) => (/date|time|on$|at$|^date/i.test(c) ? '2025-03-02 10:11:12' : `value ${i + 1}`)).join(',');
        const result = await readCsvFile(memoryEntry(name, Buffer.from(`${header}\n${row}\n`), 7), specsForKey(spec.names[0]!), { archive: 0, allItems: true });
        expect(result.recognized).toBe(true);
        expect(result.category).toBe(spec.category);
        expect(result.records).toBe(1);
        expect(result.items.length).toBeGreaterThanOrEqual(1);
        expect(result.items.every((i) => i.text.trim().length > 0)).toBe(true);
        expect(result.items[0]!.source).toEqual({ file: name, line: 2, archive: 0 });
      });
    }
  }

  it('private categories are counted, not listed, by default', async () => {
    const spec = CSV_FILE_SPECS.find((s) => s.type === 'invitations')!;
    expect(category(spec.category).private).toBe(true);
    const result = await readCsvFile(memoryEntry('Invitations.csv', Buffer.from('From,To,Sent At,Message,Direction\nA,B,"5/11/26, 5:37 AM",Hi,OUTGOING\n'), 64), specsForKey('invitations'), { archive: 0, allItems: false });
    expect(result.items).toEqual([]);
    expect(result.countedDates).toEqual(['2026-05-11T05:37:00Z']);
  });
});
