import { describe, expect, it } from 'vitest';
import { readEntryText } from '../../../src/linkedin/readers/entry-text.js';
import { scan } from '../../../src/scan/scan.js';
import { InputError } from '../../../src/model/errors.js';
import { utf16le, writeFolder, writeZip, type Files } from '../../helpers/archive.js';
import { post, profile, shares, type Post } from '../../helpers/export-records.js';

const POSTS: Post[] = [post(1), { ...post(2), text: 'Two lines:\nthe second one, "quoted"' }, post(3), { ...post(4), text: 'Après le café' }, post(5)];

/** Each post item's line, as the scan reports it, must start that post's record in the entry's text. */
async function expectRecordsAtTheirLines(path: string, file: string, posts: Post[] = POSTS) {
  const report = await scan([path], { toolVersion: 'test' });
  const items = report.items.filter((i) => i.source.file === file);
  expect(items).toHaveLength(posts.length);
  const entry = await readEntryText(path, file);
  for (const item of items) {
    const p = posts.find((x) => item.url!.endsWith(`%3A${x.id}`))!;
    const at = entry.lineOffset(item.source.line!);
    expect(entry.text.slice(at)).toMatch(new RegExp(`^${p.date},${item.url!.replace(/[.%]/g, '\\$&')},`));
    expect(entry.text.slice(at)).toContain(p.text.replace(/"/g, '""').split('\n')[0]);
  }
  return entry;
}

const files = (content: string | Buffer): Files => ({ 'Profile.csv': profile('Ola', 'Nordmann'), 'Shares.csv': content });

describe('readEntryText (reveal in source)', () => {
  it('gives the text of a UTF-8 CSV in a ZIP, each record at the line the scan reports', async () => {
    const zip = await writeZip(files(shares(POSTS)));
    const entry = await expectRecordsAtTheirLines(zip, 'Shares.csv');
    expect(entry.text).toBe(shares(POSTS));
    expect(entry.encoding).toBe('utf-8');
  });

  it('counts lines as the CSV reader does: CRLF files, and lone-CR (Excel for Mac) files', async () => {
    const single = POSTS.map((p) => ({ ...p, text: p.text.replace(/\n/g, ' ') }));
    await expectRecordsAtTheirLines(await writeZip(files(shares(POSTS, '\r\n'))), 'Shares.csv');
    const mac = await expectRecordsAtTheirLines(await writeZip(files(shares(single, '\r'))), 'Shares.csv', single);
    expect(mac.text).toBe(shares(single, '\r'));
  });

  it('decodes UTF-16 and windows-1252 files as the reader does, without the byte-order mark', async () => {
    const utf16 = await expectRecordsAtTheirLines(await writeZip(files(utf16le(shares(POSTS)))), 'Shares.csv');
    expect(utf16.text).toBe(shares(POSTS));
    expect(utf16.encoding).toBe('utf-16le');
    const cp1252 = await expectRecordsAtTheirLines(await writeZip(files(Buffer.from(shares(POSTS), 'latin1'))), 'Shares.csv');
    expect(cp1252.text).toBe(shares(POSTS));
    expect(cp1252.encoding).toBe('windows-1252');
  });

  it('reads an unzipped export folder the same way', async () => {
    const folder = await writeFolder(files(shares(POSTS)));
    expect((await expectRecordsAtTheirLines(folder, 'Shares.csv')).text).toBe(shares(POSTS));
  });

  it('gives an article whole; its items have no line and point at its top', async () => {
    const html = '<html><head><title>Notes</title></head><body><p>Created on 2024-01-02 10:00</p><p>Article text &amp; more</p></body></html>';
    const zip = await writeZip({ 'Profile.csv': profile('Ola', 'Nordmann'), 'Articles/Articles/notes.html': html });
    const report = await scan([zip], { toolVersion: 'test' });
    const article = report.items.find((i) => i.category === 'articles')!;
    expect(article.source.line).toBeNull();
    const entry = await readEntryText(zip, article.source.file);
    expect(entry.text).toBe(html);
    expect(entry.lineOffset(1)).toBe(0);
  });

  it('refuses, with a one-line message, an entry that is missing, binary or too large', async () => {
    const zip = await writeZip({ ...files(shares(POSTS)), 'Binary.csv': Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 0, 0]) });
    await expect(readEntryText(zip, 'Nope.csv')).rejects.toThrow(new InputError(`Nope.csv is not in ${zip} (was the export changed since it was scanned?)`));
    await expect(readEntryText(zip, 'Binary.csv')).rejects.toThrow(new InputError('Binary.csv is not a text file.'));
    await expect(readEntryText(zip, 'Shares.csv', { maxBytes: 100 })).rejects.toThrow(new InputError('Shares.csv is larger than the 100 bytes li-exposure shows as text.'));
    await expect(readEntryText(zip, '../Shares.csv')).rejects.toBeInstanceOf(InputError);
  });
});
