import { describe, expect, it } from 'vitest';
import { writeFolder, writeZip } from '../../helpers/archive.js';
import { file, scan } from '../../helpers/scan.js';

describe('malformed CSV: other records are still read, problems are warnings with lines', () => {
  it('an unterminated quote skips one record, not the rest of the file', async () => {
    const report = await scan(await writeZip({ 'Skills.csv': 'Name\nTypeScript\n"Rust\nGo\nZig\n' }));
    expect(report.items.map((i) => i.text)).toEqual(['TypeScript', 'Go', 'Zig']);
    expect(file(report, 'Skills.csv')).toMatchObject({ records: 4, skippedRecords: 1 });
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'Skills.csv', line: 3, message: expect.stringMatching(/malformed/) })]);
  });

  it('a stray quote inside an unquoted field is read as text', async () => {
    const report = await scan(await writeZip({ 'Comments.csv': 'Date,Link,Message\n2025-01-01 10:00:00,https://l,She said "hi" twice\n2025-01-02 10:00:00,https://m,ok\n' }));
    expect(report.items.map((i) => i.text)).toEqual(['She said "hi" twice', 'ok']);
  });

  it('a record with too many fields is skipped and reported with its line', async () => {
    const report = await scan(await writeZip({ 'Languages.csv': 'Name,Proficiency\nNorwegian,Native\nSwedish,Full,extra,stuff\nGerman,Limited\n' }));
    expect(report.items.map((i) => i.text)).toEqual(['Norwegian — Native', 'German — Limited']);
    expect(file(report, 'Languages.csv')).toMatchObject({ records: 3, skippedRecords: 1 });
    expect(report.warnings[0]).toMatchObject({ file: 'Languages.csv', line: 3 });
  });

  it('a huge field is skipped with a warning instead of exhausting memory', async () => {
    const huge = 'x'.repeat(17 * 1024 * 1024);
    const report = await scan(await writeFolder({ 'Skills.csv': `Name\nBefore\n"${huge}"\nAfter\n` }));
    expect(report.items.map((i) => i.text)).toEqual(['Before', 'After']);
    expect(file(report, 'Skills.csv').skippedRecords).toBe(1);
    expect(report.warnings[0]!.line).toBe(3);
  });

  it('Excel-edited files: BOM, CRLF, an index column and 4-Apr-21 dates', async () => {
    const report = await scan(
      await writeZip({
        'Skills.csv': '\uFEFF,Name\r\n0,TypeScript\r\n1,Rust\r\n',
        'Connections.csv': '\uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJane,Doe,,,Acme,CEO,4-Apr-21\r\nOla,N,,,Foo,Dev,someday\r\n',
      }),
      true,
    );
    expect(report.items.filter((i) => i.category === 'skills').map((i) => i.text)).toEqual(['TypeScript', 'Rust']);
    const connections = report.items.filter((i) => i.category === 'connections');
    expect(connections.map((c) => c.date)).toEqual(['2021-04-04T00:00:00Z', null]);
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'Connections.csv', line: 3, message: 'column Connected On: not a date like 16 Dec 2024; kept without a date' })]);
  });
});
