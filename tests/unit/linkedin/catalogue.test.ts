import { describe, expect, it } from 'vitest';
import { CSV_FILE_SPECS } from '../../../src/linkedin/catalogue.js';
import { category } from '../../../src/model/categories.js';
import { memoryEntry } from '../../helpers/archive.js';
import { readCsvFile } from '../../../src/linkedin/csv/read-file.js';
import { specsForKey } from '../../../src/linkedin/catalogue.js';
import { fileKey } from '../../../src/linkedin/file-key.js';
import { normaliseHeaderName } from '../../../src/linkedin/csv/row.js';
import { dateExample, isoLike, parseDateWith } from '../../../src/linkedin/text/export-dates.js';

/** A file name that normalises to the spec's first name key ("saved_jobs" -> "saved_jobs.csv"). */
const fileNameFor = (key: string) => `${key}.csv`;

describe('every catalogue entry reads a file with its own header', () => {
  for (const spec of CSV_FILE_SPECS) {
    for (const signature of spec.signatures) {
      it(`${spec.type}: ${signature.join(', ')}`, async () => {
        const name = fileNameFor(spec.names[0]!);
        expect(fileKey(name).key).toBe(spec.names[0]);
        const isDate = (column: string) => (spec.dateColumns ?? []).some((d) => normaliseHeaderName(d) === normaliseHeaderName(column));
        const dateText = dateExample(spec.parseDate ?? isoLike);
        // Every cell has a value of its own, so each value in an item names the column it came from.
        const cells = signature.map((column, i) => (isDate(column) ? dateText : `value ${i + 1}`));
        const header = signature.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
        const row = cells.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',');
        const result = await readCsvFile(memoryEntry(name, Buffer.from(`${header}\n${row}\n`), 7), specsForKey(spec.names[0]!), { archive: 0, allItems: true });
        expect(result.recognized).toBe(true);
        expect(result.category).toBe(spec.category);
        expect(result.records).toBe(1);
        expect(result.warnings).toEqual([]);
        expect(result.items.length).toBeGreaterThanOrEqual(1);
        const valueOf = new Map(signature.map((column, i) => [normaliseHeaderName(column), cells[i]!]));
        for (const item of result.items) {
          expect(item.source).toEqual({ file: name, line: 2, archive: 0 });
          expect(item.category).toBe(spec.category);
          // The date is the date column's, parsed in the file's own format.
          const dated = signature.some(isDate);
          expect(item.date).toBe(dated ? parseDateWith(spec.parseDate ?? isoLike, dateText) : null);
          if (dated) expect(item.date).not.toBeNull();
          // The text is made from the record's cells, not invented.
          const values = signature.flatMap((column, i) => (isDate(column) ? [] : [cells[i]!]));
          const shown = [item.text, item.title ?? '', item.url ?? ''].join('\n');
          expect(values.some((v) => shown.includes(v)) || values.length === 0, `${item.text}`).toBe(true);
          // Each detail holds the value of the column it is named after.
          for (const [column, value] of Object.entries(item.details ?? {})) {
            const expected = valueOf.get(normaliseHeaderName(column));
            if (expected !== undefined) expect(value, column).toBe(expected);
          }
          // A link comes from a link column of the record.
          if (item.url !== null) expect(values).toContain(item.url);
        }
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
