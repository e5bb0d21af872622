import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseFirstRecord } from '../../../src/linkedin/csv/records.js';
import { sniffText } from '../../../src/linkedin/text/decode.js';
import { crLinesToLf, endsLinesWithCr } from '../../../src/linkedin/csv/line-ends.js';
import { doubleBackslashQuotes, findsBackslashEscapes } from '../../../src/linkedin/csv/quote-escapes.js';

const COMMA = 0x2c;

async function collect(source: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('csv-parse for one record', () => {
  it('gives the fields and the bytes the record takes, its line break included', () => {
    expect(parseFirstRecord(Buffer.from('é,"ü"x,😅\r\nnext\n'), ',')).toEqual({ fields: ['é', '"ü"x', '😅'], bytes: Buffer.byteLength('é,"ü"x,😅\r\n') });
    expect(parseFirstRecord(Buffer.from('a,"open\nb\n'), ',')).toEqual({ error: 'quote-not-closed' });
  });

  it('detectDelimiter picks TAB only when the first line has more tabs than commas', () => {
    expect(detectDelimiter('"Date"\t"Share Title"\t"Visibility"\n')).toBe('\t');
    expect(detectDelimiter('Date,Link,Message\n"a\tb",c,d')).toBe(',');
  });
});

describe('\\" escapes', () => {
  it('are found where an RFC 4180 reading meets a quote after a backslash and before text', () => {
    const found = (text: string) => findsBackslashEscapes(Buffer.from(text), COMMA);
    expect(found('a,b\n1,"say \\"hi\\" now"\n')).toBe(true);
    expect(found('a,b\n1,"say ""hi"" now"\n')).toBe(false);
    expect(found('a,b\n1,"C:\\",x\n2,"C:\\"\n3,"D:\\""x"""\n')).toBe(false); // RFC: a field ending in \, and \ before ""
    expect(found('a,b\n1,say \\"hi\\" unquoted\n')).toBe(false);
  });

  it('are rewritten as "" inside quoted fields only; a final \\" before the boundary stays a backslash and the closing quote', () => {
    const rewrite = (text: string, boundary: boolean) => doubleBackslashQuotes(Buffer.from(text), ',', boundary).toString();
    expect(rewrite('a\\"b,"c\\"d"\n', false)).toBe('a\\"b,"c""d"\n');
    expect(rewrite('1,"x \\"y\\""\n', true)).toBe('1,"x ""y"""\n');
    expect(rewrite('1,"C:\\"\r\n\r\n', true)).toBe('1,"C:\\"\r\n\r\n');
    expect(rewrite('1,"C:\\"\r\n\r\n', false)).toBe('1,"C:""\r\n\r\n');
    expect(rewrite('\r"x\\"y"', true)).toBe('\r"x\\"y"'); // after a lone CR a quote is text, as for csv-parse
  });
});

describe('what the bytes of a file are', () => {
  it('text: UTF-8, windows-1252, escape sequences; UTF-16 with or without a BOM', () => {
    expect(sniffText(Buffer.from('Date,Link\n2024-01-01,x\n'))).toEqual({ binary: false, encoding: 'utf-8', bomLength: 0 });
    expect(sniffText(Buffer.from('Name\nCaf\xe9\n', 'latin1'))).toMatchObject({ binary: false, encoding: 'utf-8' });
    expect(sniffText(Buffer.from('Name\nHello \u001b]0;pwned\u0007 \u001b[2J\n'))).toMatchObject({ binary: false });
    const text = 'Date,ShareCommentary\n2024-01-01 10:00:00,東京 🚀 hello\n';
    expect(sniffText(Buffer.from(text, 'utf16le'))).toEqual({ binary: false, encoding: 'utf-16le', bomLength: 0 });
    expect(sniffText(Buffer.from(text, 'utf16le').swap16())).toEqual({ binary: false, encoding: 'utf-16be', bomLength: 0 });
    expect(sniffText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ binary: false, encoding: 'utf-16le', bomLength: 2 });
  });

  it('binary: a ZIP, random bytes, a PNG header', async () => {
    const zip = await new JSZip().file('a.csv', 'x'.repeat(9000)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(sniffText(zip)).toEqual({ binary: true });
    expect(sniffText(randomBytes(10_000))).toEqual({ binary: true });
    expect(sniffText(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(2000)]))).toEqual({ binary: true });
  });

  it('CR-only line ends are recognised by the first line break and turned into LF, CRLF kept', async () => {
    expect(endsLinesWithCr(Buffer.from('Name\rA\r'))).toBe(true);
    expect(endsLinesWithCr(Buffer.from('Name\r\nA\r\n'))).toBe(false);
    expect(endsLinesWithCr(Buffer.from('Name\n"a\rb"\n'))).toBe(false);
    for (const size of [1, 2, 100]) expect(await collect(crLinesToLf(chunksOf('Name\rA\r\nB\r"x\ry"\r', size)))).toBe('Name\nA\r\nB\n"x\ny"\n');
  });
});
