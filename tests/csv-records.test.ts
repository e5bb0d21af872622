import { describe, expect, it } from 'vitest';
import { backslashQuotesToDoubled, detectDelimiter, readCsvRecords, type CsvProblem } from '../src/export/csv-records.js';

/** UTF-8 bytes in chunks of `size`, split anywhere (inside characters too), as inflated ZIP data is. */
async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function records(text: string, opts: { backslash?: boolean; size?: number; delimiter?: ',' | '\t' } = {}) {
  const problems: CsvProblem[] = [];
  const out: Array<{ fields: string[]; line: number }> = [];
  for await (const r of readCsvRecords(chunksOf(text, opts.size ?? 1 << 16), {
    delimiter: opts.delimiter ?? ',',
    backslashEscapes: opts.backslash ?? false,
    onProblem: (p) => problems.push(p),
  })) {
    out.push(r);
  }
  return { out, problems };
}

async function collect(gen: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of gen) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

describe('readCsvRecords', () => {
  it('reports the physical start line of records that span several lines', async () => {
    const { out } = await records('a,b\n1,"x\ny\nz"\n2,3\n');
    expect(out.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(out[1]!.fields).toEqual(['1', 'x\ny\nz']);
  });

  it('reads CRLF and LF mixed in one file, and a missing final newline', async () => {
    const { out } = await records('a,b\r\n1,2\n3,"p\r\nq"\r\n4,5');
    expect(out.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', 'p\r\nq'], ['4', '5']]);
  });

  it('keeps blank lines as empty records so they can be counted', async () => {
    const { out } = await records('Profile Summary\n\n');
    expect(out.map((r) => r.fields)).toEqual([['Profile Summary'], ['']]);
  });

  it('reads a header-only file as a single record', async () => {
    const { out } = await records('CONVERSATION ID,CONVERSATION TITLE,FROM\n');
    expect(out).toHaveLength(1);
  });

  it('parses backslash-escaped quotes (Comments 2025+) and still accepts doubled quotes', async () => {
    const text = 'Date,Link,Message\r\n2026-05-11 05:34:03,https://l,"First line. \n\\"A quoted phrase.\\" 😅"\r\n2024-01-01 00:00:00,https://m,"old ""style"" quote"\r\n';
    for (const size of [1, 2, 3, 7, 1000]) {
      const { out, problems } = await records(text, { backslash: true, size });
      expect(problems).toEqual([]);
      expect(out.map((r) => r.fields.length)).toEqual([3, 3, 3]);
      expect(out[1]!.fields[2]).toBe('First line. \n"A quoted phrase." 😅');
      expect(out[2]!.fields[2]).toBe('old "style" quote');
    }
  });

  it('a strict parse of backslash-escaped comments would desynchronise (why the mode exists)', async () => {
    const text = 'Date,Link,Message\n1,l,"say \\"hi, there\\" now"\n2,m,ok\n';
    const strict = await records(text, { backslash: false });
    const aware = await records(text, { backslash: true });
    expect(aware.out.map((r) => r.fields)).toEqual([['Date', 'Link', 'Message'], ['1', 'l', 'say "hi, there" now'], ['2', 'm', 'ok']]);
    expect(strict.out.map((r) => r.fields)).not.toEqual(aware.out.map((r) => r.fields));
  });

  it('reads TAB-delimited all-quoted rows (2018 UTF-16 files)', async () => {
    const { out } = await records('"Date"\t"Share Commentary"\n"2018/08/18 17:16:55 UTC"\t"hello, world"\n', { delimiter: '\t' });
    expect(out[1]!.fields).toEqual(['2018/08/18 17:16:55 UTC', 'hello, world']);
  });

  it('reports a fatal error (unterminated quote) after the records before it', async () => {
    const { out, problems } = await records('a,b\n1,2\n3,"x\n');
    expect(out.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/Quote Not Closed/);
  });
});

describe('backslashQuotesToDoubled', () => {
  it('only rewrites inside quoted fields', async () => {
    const out = await collect(backslashQuotesToDoubled(chunksOf('a\\"b,"c\\"d"\n', 1), ','));
    expect(out).toBe('a\\"b,"c""d"\n');
  });
});

describe('detectDelimiter', () => {
  it('picks TAB only when the first line has more tabs than commas', () => {
    expect(detectDelimiter('"Date"\t"Share Title"\t"Visibility"\n')).toBe('\t');
    expect(detectDelimiter('Date,Link,Message\n"a\tb",c,d')).toBe(',');
  });
});

describe('line numbers', () => {
  it('stay physical after CRLF inside quoted fields and after a malformed record', async () => {
    const text = 'h1,h2\r\n"a\r\nb\r\nc",x\r\nnext,y\r\n';
    const { out } = await records(text);
    expect(out.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});
