import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords, type CsvProblem, type CsvRecord } from '../src/export/csv-records.js';
import { IrregularCsvError, splitCsvRecords, type SplitOptions } from '../src/export/csv-split.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

type Options = Partial<SplitOptions> & { chunk?: number };

async function fast(text: string | Buffer, opts: Options = {}): Promise<CsvRecord[] | IrregularCsvError> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const out: CsvRecord[] = [];
  try {
    const options = { delimiter: opts.delimiter ?? ',', backslashEscapes: opts.backslashEscapes ?? false, maxRecordBytes: opts.maxRecordBytes ?? 1 << 20 };
    for await (const batch of splitCsvRecords(chunksOf(bytes, opts.chunk ?? 1 << 16), options)) out.push(...batch);
  } catch (error) {
    if (error instanceof IrregularCsvError) return error;
    throw error;
  }
  return out;
}

async function reference(text: string | Buffer, opts: Options = {}): Promise<{ records: CsvRecord[]; problems: CsvProblem[] }> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  for await (const r of readCsvRecords(chunksOf(bytes, 1 << 16), {
    delimiter: opts.delimiter ?? ',',
    backslashEscapes: opts.backslashEscapes ?? false,
    maxRecordChars: opts.maxRecordBytes ?? 1 << 20,
    onProblem: (p) => problems.push(p),
  })) {
    records.push(r);
  }
  return { records, problems };
}

/** csv-parse stops at its first fatal error; on input it reads without one, the splitter must agree. */
async function expectSameAsCsvParse(text: string, opts: Options): Promise<'same' | 'declined'> {
  const mine = await fast(text, opts);
  if (mine instanceof IrregularCsvError) return 'declined';
  let theirs: Awaited<ReturnType<typeof reference>>;
  try {
    theirs = await reference(text, opts);
  } catch (error) {
    throw new Error(`csv-parse failed where the splitter read ${mine.length} records: ${String(error)}`);
  }
  expect(theirs.problems).toEqual([]);
  expect(mine).toEqual(theirs.records);
  return 'same';
}

describe('splitCsvRecords (fast path) against csv-parse', () => {
  it('reads the LinkedIn shapes: preamble, all-quoted rows, CRLF, multi-line fields, "" and BOM', async () => {
    const text =
      '\uFEFFNotes:\n"When exporting, some e-mails are missing."\n\nDate,Link,Message\r\n' +
      '2026-05-11 14:56:48,https://x/1,"Line one\nline ""two""\r\nthree"\r\n' +
      ',,\r\n' +
      '\n' +
      '"2025-01-01","",""\r\n' +
      'no,final,newline';
    const mine = await fast(text, { chunk: 7 });
    expect(mine).not.toBeInstanceOf(IrregularCsvError);
    const records = mine as CsvRecord[];
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11]);
    expect(records[4]!.fields).toEqual(['2026-05-11 14:56:48', 'https://x/1', 'Line one\nline "two"\r\nthree']);
    expect(records[0]!.fields).toEqual(['Notes:']);
    expect(await expectSameAsCsvParse(text, { chunk: 7 })).toBe('same');
  });

  it('reads backslash-escaped quotes in Comments.csv as csv-parse does after rewriting them', async () => {
    const text = 'Date,Link,Message\n2025-02-03 10:00:00,u,"He said \\"hi\\" and ""bye"", a\\b"\n2025-02-04,u,plain\n';
    const mine = (await fast(text, { backslashEscapes: true, chunk: 3 })) as CsvRecord[];
    expect(mine.map((r) => r.fields[2])).toEqual(['Message', 'He said "hi" and "bye", a\\b', 'plain']);
    expect(await expectSameAsCsvParse(text, { backslashEscapes: true, chunk: 3 })).toBe('same');
  });

  it('declines what it is not sure of, so csv-parse reads the file', async () => {
    expect(await fast('a,b\n"open,quote\n')).toBeInstanceOf(IrregularCsvError);
    expect(await fast('a,b\n"x"y,z\n')).toBeInstanceOf(IrregularCsvError);
    expect(await fast('a,b\n"x"\rz\n')).toBeInstanceOf(IrregularCsvError);
    expect(await fast(`a,b\n"${'x'.repeat(300)}"\n`, { maxRecordBytes: 100, chunk: 64 })).toBeInstanceOf(IrregularCsvError);
    expect(await fast(`a,b\nq"x,y\n`, { backslashEscapes: true })).toBeInstanceOf(IrregularCsvError);
  });

  it('never declines regular CSV, however it is chunked', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'é', '😅', '\t', '\\'), maxLength: 12 });
    const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const row = fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 5 }).map((cells) =>
      cells.map(([value, forceQuotes]) => (forceQuotes || /[",\r\n]/.test(value) ? quoted(value) : value)).join(','),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.integer({ min: 1, max: 40 }), async (rows, eol, finalEol, chunk) => {
        const text = rows.join(eol) + (finalEol && rows.length ? eol : '');
        expect(await expectSameAsCsvParse(text, { chunk })).toBe('same');
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with csv-parse on random bytes whenever it does not decline', async () => {
    const unit = fc.constantFrom('"', ',', '\n', '\r\n', '\r', ' ', 'a', 'é', '😅', '""', '\t', '\\', '\\"', '\uFEFF');
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(unit, { maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.constantFrom<',' | '\t'>(',', '\t'),
        fc.integer({ min: 8, max: 400 }),
        async (parts, chunk, backslashEscapes, delimiter, maxRecordBytes) => {
          if ((await expectSameAsCsvParse(parts.join(''), { chunk, backslashEscapes, delimiter, maxRecordBytes })) === 'declined') declined++;
        },
      ),
      { numRuns: RUNS },
    );
    // Random quotes make many inputs irregular; most of the rest must be read, not declined.
    expect(declined).toBeLessThan(RUNS * 0.8); // about 37 % are declined
  });
});
