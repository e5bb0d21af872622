import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvParseOptions, type CsvRecord } from '../../../src/linkedin/csv/records.js';
import { splitCsvRecords, type LineStructure, type SplitOptions } from '../../../src/linkedin/csv/split.js';
import { isoLike } from '../../../src/linkedin/text/export-dates.js';
import { doubleBackslashQuotes } from '../../../src/linkedin/csv/quote-escapes.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

type Options = Partial<SplitOptions> & { chunk?: number };

async function split(text: string | Buffer, opts: Options = {}): Promise<CsvRecord[]> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const out: CsvRecord[] = [];
  const options: SplitOptions = {
    delimiter: opts.delimiter ?? ',',
    escapes: opts.escapes ?? 'doubled',
    maxRecordBytes: opts.maxRecordBytes ?? 1 << 20,
    lineStructure: opts.lineStructure ?? null,
  };
  for await (const batch of splitCsvRecords(chunksOf(bytes, opts.chunk ?? 1 << 16), options)) out.push(...batch);
  return out;
}

/**
 * The reference: csv-parse reads the first record at each record start (after rewriting \"
 * escapes from there on); a record it cannot read, or one longer than the limit, is skipped and
 * reading goes on at that record's second line.
 */
function reference(text: string, opts: Options = {}): CsvRecord[] {
  const delimiter = opts.delimiter ?? ',';
  const max = opts.maxRecordBytes ?? 1 << 20;
  const bytes = Buffer.from(text, 'utf8');
  const out: CsvRecord[] = [];
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  const lfs = (from: number, to: number) => bytes.subarray(from, to).toString('latin1').split('\n').length - 1;
  while (offset < bytes.length) {
    let window: Buffer = bytes.subarray(offset);
    if (opts.escapes === 'backslash') window = doubleBackslashQuotes(window, delimiter, true);
    let first: { record: string[]; info: { bytes: number } } | undefined;
    try {
      first = (parse(window, { ...csvParseOptions(delimiter), info: true, to: 1 }) as unknown as Array<typeof first>)[0];
    } catch {
      first = undefined;
    }
    if (first && first.info.bytes <= max) {
      const next = offset + first.info.bytes;
      out.push({ fields: first.record, line });
      line += lfs(offset, next) + (bytes[next - 1] === 0x0a ? 0 : 1);
      offset = next;
      continue;
    }
    out.push({ fields: [], line, issue: { kind: 'skipped', reason: 'unreadable' } });
    line++;
    const lf = bytes.indexOf(0x0a, offset);
    if (lf < 0) break;
    offset = lf + 1;
  }
  return out;
}

/** Records compared without the reason a record was skipped for (csv-parse and the size limit may name different ones). */
const comparable = (records: CsvRecord[]) => records.map((r) => (r.issue?.kind === 'skipped' ? { fields: r.fields, line: r.line, skipped: true } : r));

async function expectSameAsCsvParse(text: string, opts: Options): Promise<void> {
  expect(comparable(await split(text, opts))).toEqual(comparable(reference(text, opts)));
}

const DATED: LineStructure = { startsRecord: (text) => isoLike(text) !== null, fromLine: 2 };

describe('the CSV splitter against csv-parse', () => {
  it('reads the LinkedIn shapes: preamble, all-quoted rows, CRLF, multi-line fields, "" and BOM', async () => {
    const text =
      '\uFEFFNotes:\n"When exporting, some e-mails are missing."\n\nDate,Link,Message\r\n' +
      '2026-05-11 14:56:48,https://x/1,"Line one\nline ""two""\r\nthree"\r\n' +
      ',,\r\n' +
      '\n' +
      '"2025-01-01","",""\r\n' +
      'no,final,newline';
    const records = await split(text, { chunk: 7 });
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11]);
    expect(records[4]!.fields).toEqual(['2026-05-11 14:56:48', 'https://x/1', 'Line one\nline "two"\r\nthree']);
    expect(records[0]!.fields).toEqual(['Notes:']);
    await expectSameAsCsvParse(text, { chunk: 7 });
  });

  it('reads backslash-escaped quotes as csv-parse does after rewriting them', async () => {
    const text = 'Date,Link,Message\n2025-02-03 10:00:00,u,"He said \\"hi\\" and ""bye"", a\\b"\n2025-02-04,u,plain\n';
    const records = await split(text, { escapes: 'backslash', chunk: 3 });
    expect(records.map((r) => r.fields[2])).toEqual(['Message', 'He said "hi" and "bye", a\\b', 'plain']);
    await expectSameAsCsvParse(text, { escapes: 'backslash', chunk: 3 });
  });

  it('reads irregular records as csv-parse does, one by one, and reads on after them', async () => {
    const text = 'a,b\n"x"y,z\n1,2\n"x"\rz\n3,4\n"open,quote\n5,6\n';
    const records = await split(text, { chunk: 4 });
    expect(records.map((r) => [r.line, r.fields, r.issue?.kind ?? null])).toEqual([
      [1, ['a', 'b'], null],
      [2, ['"x"y', 'z'], null],
      [3, ['1', '2'], null],
      [4, ['"x"\rz'], null],
      [5, ['3', '4'], null],
      [6, [], 'skipped'], // the quote never closes: skipped, reading goes on at the next line
      [7, ['5', '6'], null],
    ]);
    await expectSameAsCsvParse(text, { chunk: 4 });
  });

  it('skips a record longer than the limit and reads on at its second line', async () => {
    const text = `a,b\n"${'x'.repeat(300)}\nmore"\nc,d\n`;
    const records = await split(text, { maxRecordBytes: 100, chunk: 64 });
    expect(records.map((r) => [r.line, r.fields, r.issue ?? null])).toEqual([
      [1, ['a', 'b'], null],
      [2, [], { kind: 'skipped', reason: 'oversized' }],
      [3, ['more"'], null],
      [4, ['c', 'd'], null],
    ]);
  });

  it('agrees with csv-parse on regular CSV, however it is chunked', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'é', '😅', '\t', '\\'), maxLength: 12 });
    const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const row = fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 5 }).map((cells) =>
      cells.map(([value, forceQuotes]) => (forceQuotes || /[",\r\n]/.test(value) ? quoted(value) : value)).join(','),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.integer({ min: 1, max: 40 }), async (rows, eol, finalEol, chunk) => {
        const text = rows.join(eol) + (finalEol && rows.length ? eol : '');
        await expectSameAsCsvParse(text, { chunk });
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with csv-parse on random bytes, irregular records included', async () => {
    const unit = fc.constantFrom('"', ',', '\n', '\r\n', '\r', ' ', 'a', 'é', '😅', '""', '\t', '\\', '\\"', '\uFEFF');
    await fc.assert(
      fc.asyncProperty(
        fc.array(unit, { maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom<'doubled' | 'backslash'>('doubled', 'backslash'),
        fc.constantFrom<',' | '\t'>(',', '\t'),
        fc.integer({ min: 8, max: 400 }),
        async (parts, chunk, escapes, delimiter, maxRecordBytes) => {
          await expectSameAsCsvParse(parts.join(''), { chunk, escapes, delimiter, maxRecordBytes });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('\\" escaping read from the bytes', () => {
  it('auto: reads "" until a quote follows a backslash and precedes text, then \\" from that record on', async () => {
    const text = 'Date,Status,FullName\n2024-01-01 10:00:00,Active,"Ann ""A"" Lee"\n2024-01-02 10:00:00,Active,"Jane \\"JD\\" Doe"\n2024-01-03 10:00:00,Active,"Bo \\"B\\""\n';
    for (const chunk of [3, 1 << 16]) {
      const records = await split(text, { escapes: 'auto', chunk });
      expect(records.map((r) => r.fields[2])).toEqual(['FullName', 'Ann "A" Lee', 'Jane "JD" Doe', 'Bo "B"']);
    }
    // Without the switch, "" reading keeps the quotes and backslashes as csv-parse does.
    expect((await split(text, { escapes: 'doubled' }))[2]!.fields[2]).toBe('"Jane \\"JD\\" Doe"');
  });

  it('a \\" that ends a field before a line that starts a record, or the end of the data, is a backslash and the closing quote', async () => {
    const text =
      'Date,Link,Message\n' +
      '2025-01-01 10:00:00,https://l/1,"path C:\\"\n' +
      '2025-01-02 10:00:00,https://l/2,"face :-\\"\r\n\r\n' +
      '2025-01-03 10:00:00,https://l/3,"she said \\"hi\\"\nand left"\n' +
      '2025-01-04 10:00:00,https://l/4,"ends \\"quoted\\""\n' +
      '2025-01-05 10:00:00,https://l/5,"last \\"';
    for (const chunk of [1, 5, 1 << 16]) {
      const records = await split(text, { escapes: 'backslash', lineStructure: DATED, chunk });
      expect(records.map((r) => [r.line, r.fields.at(-1)])).toEqual([
        [1, 'Message'],
        [2, 'path C:\\'],
        [3, 'face :-\\'],
        [4, ''], // the blank line
        [5, 'she said "hi"\nand left'],
        [7, 'ends "quoted"'],
        [8, 'last \\'],
      ]);
    }
  });

  it('without line structure, \\" before a line break is an escaped quote unless only line breaks follow', async () => {
    const records = await split('a,b\n1,"x\\"\n2"\n3,"y\\"\n', { escapes: 'backslash' });
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['1', 'x"\n2'], ['3', 'y\\']]);
  });
});

describe('line structure: records start with a date', () => {
  it('a quote that opens a field and does not close before the next record is read as text', async () => {
    const rows = Array.from({ length: 240 }, (_, i) => `2024-02-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,https://l/${i},comment ${i}\n`).join('');
    const text = 'Date,Link,Message\n2024-01-01 10:00:00,https://l/x,"stray quote\nsecond line\n' + rows + '2024-03-01 10:00:00,https://l/y,"a ""quoted"" one"\n';
    for (const chunk of [7, 1 << 16]) {
      const records = await split(text, { lineStructure: DATED, chunk });
      expect(records).toHaveLength(1 + 2 + 240 + 1);
      expect(records[1]).toEqual({ fields: ['2024-01-01 10:00:00', 'https://l/x', '"stray quote'], line: 2, issue: { kind: 'stray-quote', field: 2 } });
      expect(records[2]).toEqual({ fields: ['second line'], line: 3 });
      expect(records.at(-1)).toEqual({ fields: ['2024-03-01 10:00:00', 'https://l/y', 'a "quoted" one'], line: 244 });
      // Without line structure the quote swallows the 240 records that follow (csv-parse does the same).
      const swallowed = await split(text, { chunk });
      expect(swallowed).toHaveLength(2);
      expect(swallowed[1]!.fields.join(',').split('\n').length).toBeGreaterThan(240);
    }
  });

  it('multi-line quoted fields and all-quoted dates are read as before', async () => {
    const text = 'Date,Link,Message\n"2024-01-01 10:00:00","https://l/1","line 1\n2024 was good, really\n\nline 4"\n"2024-01-02 10:00:00","https://l/2",""\n';
    const records = await split(text, { lineStructure: DATED, chunk: 5 });
    expect(records.map((r) => [r.line, r.fields[2], r.issue ?? null])).toEqual([
      [1, 'Message', null],
      [2, 'line 1\n2024 was good, really\n\nline 4', null],
      [6, '', null],
    ]);
  });

  it('a stray quote after text after a closing quote is bounded by the next record too', async () => {
    const text = 'Date,Link,Message\n2024-01-01 10:00:00,"x"y,"open\n2024-01-02 10:00:00,https://l/2,ok\n';
    const records = await split(text, { lineStructure: DATED, chunk: 4 });
    expect(records.map((r) => [r.line, r.fields, r.issue ?? null])).toEqual([
      [1, ['Date', 'Link', 'Message'], null],
      [2, ['2024-01-01 10:00:00', '"x"y', '"open'], { kind: 'stray-quote', field: 2 }],
      [3, ['2024-01-02 10:00:00', 'https://l/2', 'ok'], null],
    ]);
  });

  it('every line that starts with a date starts a record, whatever precedes it', async () => {
    const line = fc.oneof(
      fc.constantFrom('2024-01-01 10:00:00,', '"2024-01-02 10:00:00",'),
      fc.array(fc.constantFrom('"', ',', 'a', ' ', '""', '\\"', '\r', 'é'), { maxLength: 12 }).map((p) => p.join('')),
    );
    const body = fc.array(fc.tuple(line, fc.array(fc.constantFrom('"', ',', 'x', '\\', '""'), { maxLength: 6 }).map((p) => p.join(''))), { maxLength: 25 });
    await fc.assert(
      fc.asyncProperty(body, fc.integer({ min: 1, max: 30 }), fc.constantFrom<'doubled' | 'backslash' | 'auto'>('doubled', 'backslash', 'auto'), async (lines, chunk, escapes) => {
        const text = 'Date,Link,Message\n' + lines.map(([a, b]) => a + b).join('\n') + '\n';
        const records = await split(text, { lineStructure: DATED, chunk, escapes });
        const starts = new Set(records.map((r) => r.line));
        text.split('\n').forEach((l, i) => {
          if (i > 0 && /^"?2024-01-0[12] 10:00:00"?,/.test(l)) expect(starts, `line ${i + 1}: ${l}`).toContain(i + 1);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
