// Warnings never quote a cell's text: they name file, line, column and what was expected. A
// file that is not LinkedIn's gets one warning (the report's "unrecognised file"), not two.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const SECRET = 'jane.secret@example.com';

function scanJson(zip: string): Report {
  const result = runCli(['scan', zip, '--json', '--region', 'US', '--all-items']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('warnings never quote a cell', () => {
  it('every kind of reading problem is reported without the text of the cells', async () => {
    const s = SECRET;
    const zip = await writeZip({
      'Profile.csv': `First Name,Last Name,Headline\nOla,Nordmann,${s}\n`,
      // A date column holding an e-mail address; a record with too many fields; a stray quote.
      'Member_Follows.csv': `Date,Status,FullName\n${s},Active,X\n2024-01-01 10:00:00,Active,"${s}\n2024-01-02 10:00:00,Active,Y\n`,
      'Languages.csv': `Name,Proficiency\n${s},${s},${s}\n`,
      // A header that is not the one expected for the name.
      'Shares.csv': `${s},${s}\n1,2\n`,
      // A quote that never closes in a file without line structure; an implausible year.
      'Skills.csv': `Name\n"${s}\n`,
      'Comments.csv': `Date,Link,Message\n0001-01-01,${s},${s}\n`,
      'Connections.csv': `First Name,Last Name,Connected On\n${s},${s},${s}\n`,
    });
    const report = scanJson(zip);
    const messages = report.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);
    expect(messages).toEqual([
      'Comments.csv:2: column Date: a date before 1900 is not plausible; kept without a date',
      'Connections.csv:2: column Connected On: not a date like 16 Dec 2024; kept without a date',
      'Languages.csv:2: record has more fields than the 2 of the header; skipped',
      'Member_Follows.csv:2: column Date: not a date like 2026-05-11 15:17:30; kept without a date',
      'Member_Follows.csv:3: column FullName: a quote opens the field but does not close before the next record; the quote was read as text',
      'Shares.csv:1: header not recognised for Shares (posts): expected columns such as Date, ShareCommentary (the first row has 2 columns)',
      'Skills.csv:2: malformed CSV record skipped (a quoted field is not closed before the end of the file); reading went on at the next line',
    ]);
    expect(JSON.stringify(report.warnings)).not.toContain('secret');
    // The text itself is not lost: it is in the items.
    expect(report.items.some((i) => i.text.includes(SECRET))).toBe(true);
  });
});

describe('a file that is not an export file gets one warning', () => {
  it('random CSV, binary data, an empty and a blank file under unknown names', async () => {
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251));
    const zip = await writeZip({
      'Profile.csv': 'First Name,Last Name,Headline\nOla,Nordmann,Engineer\n',
      'budget.csv': 'Item;Cost\n"open quote;1\nRent;2,3,4\n',
      'photo.csv': await new JSZip().file('x.bin', random).generateAsync({ type: 'nodebuffer' }),
      'random.csv': random,
      'empty.csv': '',
      'blank.csv': '\n\n\n',
    });
    const report = scanJson(zip);
    for (const path of ['budget.csv', 'photo.csv', 'random.csv', 'empty.csv', 'blank.csv']) {
      const warnings = report.warnings.filter((w) => w.file === path);
      expect(warnings, path).toEqual([expect.objectContaining({ line: null, message: expect.stringMatching(/^unrecognised file: \d+ records not assigned to any category$/) })]);
    }
  });
});
