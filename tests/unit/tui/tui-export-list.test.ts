import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { exportFileName, toJson } from '../../../src/tui/export-list.js';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/render/csv.js';
import { makeItems } from '../../helpers/make-report.js';

describe('csvCell', () => {
  test('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  test('defuses spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  test('header, CRLF records, round-trips through a CSV parser', () => {
    const items = makeItems({ counts: { posts: 20 } });
    items[0] = { ...items[0]!, text: '=cmd|"/c calc"!A1,\nnext line', title: '@title' };
    const csv = toCsv(items);
    expect(csv.startsWith(CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(20);
    expect(rows[0]!['text']).toBe("'=cmd|\"/c calc\"!A1,\nnext line");
    expect(rows[0]!['title']).toBe("'@title");
    expect(rows[1]!['id']).toBe(items[1]!.id);
    expect(rows[1]!['date']).toBe(items[1]!.date ?? '');
    expect(rows[1]!['source_line']).toBe(String(items[1]!.source.line));
    expect(rows[1]!['reasons']).toContain(items[1]!.reasons![0]!.text);
    expect(rows[1]!['sources']).toBe(items[1]!.reasons![0]!.sources.join(', '));
    expect(JSON.parse(rows[0]!['details']!)).toEqual(items[0]!.details);
  });

  test('an empty list is just the header', () => {
    expect(toCsv([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('toJson', () => {
  test('keeps raw items and describes the view', () => {
    const items = makeItems({ counts: { comments: 3 } });
    items[0] = { ...items[0]!, text: 'raw \u001b[2J text' };
    const doc = JSON.parse(toJson(items, { category: 'comments', filter: 'likely', sort: 'oldest', search: 'x', exportedAt: '2026-05-12T10:15:30.000Z', toolVersion: '1.2.3' }));
    expect(doc.tool).toEqual({ name: 'li-exposure', version: '1.2.3' });
    expect(doc.view).toEqual({ category: 'comments', filter: 'likely', sort: 'oldest', search: 'x' });
    expect(doc.count).toBe(3);
    expect(doc.items[0].text).toBe('raw \u001b[2J text');
  });
});

describe('exportFileName', () => {
  const now = new Date('2026-05-12T10:15:30.123Z');
  test('category, filter, search flag and a timestamp', () => {
    expect(exportFileName({ category: 'posts', filter: 'likely', search: null }, 'csv', now)).toBe('li-exposure-posts-likely-20260512T101530Z.csv');
    expect(exportFileName({ category: 'poll-votes', filter: 'all', search: 'q' }, 'json', now)).toBe('li-exposure-poll-votes-all-search-20260512T101530Z.json');
    expect(exportFileName({ category: '../../etc', filter: 'all', search: null }, 'csv', now)).toBe('li-exposure-etc-all-20260512T101530Z.csv');
  });
});
