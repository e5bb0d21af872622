import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { category } from '../../src/model/categories.js';
import { renderListLine } from '../../src/render/list.js';
import { tempDir, writeZip } from '../helpers/archive.js';
import { SAMPLES, runCli } from '../helpers/cli.js';
import { profile } from '../helpers/export-records.js';

// `list` streams the scan and keeps only each item's line and sort key. Its lines must be those
// of the report's items (scan --json --all-items, one archive), in the documented order: category
// order, newest first, undated last, and items of the same key in report order (archive as given,
// file, line), even though a streamed scan reads the newest archive first.

const SHARES_HEADER = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n';
const share = (id: number, date: string, text: string) => `${date},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${id},"${text}",,,MEMBER_NETWORK\n`;

function expectedLines(report: Report): string[] {
  const order = (item: Report['items'][number]) => category(item.category).order;
  return [...report.items]
    .sort((a, b) => {
      if (order(a) !== order(b)) return order(a) - order(b);
      if (a.date === b.date) return 0;
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    })
    .map((item) => renderListLine(item));
}

function listAndReport(paths: string[]): { lines: string[]; report: Report } {
  const args = ['--region', 'US', '--as-of', '2026-11-23', '--all-items'];
  const list = runCli(['list', ...paths, ...args]);
  expect(list.status, list.stderr).toBe(0);
  const json = runCli(['scan', ...paths, ...args, '--json']);
  expect(json.status, json.stderr).toBe(0);
  return { lines: list.stdout.split('\n').slice(0, -1), report: JSON.parse(json.stdout) as Report };
}

describe('list order (built CLI)', { timeout: 120_000 }, () => {
  it('puts same-dated items of several archives in report order, not reading order', async () => {
    const dir = await tempDir();
    // The older archive is given first: it comes first in the report, but is read second.
    const older = await writeZip(
      { 'Profile.csv': profile('Ana', 'Berg'), 'Shares.csv': SHARES_HEADER + share(1, '2025-03-01 10:00:00', 'Older A') + share(2, '2025-03-01 10:00:00', 'Older B') + share(5, '', 'Older undated') },
      'Complete_LinkedInDataExport_01-10-2025.zip',
      dir,
    );
    const newer = await writeZip(
      { 'Profile.csv': profile('Ana', 'Berg'), 'Shares.csv': SHARES_HEADER + share(3, '2025-03-01 10:00:00', 'Newer C') + share(4, '2025-03-01 10:00:00', 'Newer D') + share(6, '', 'Newer undated') },
      'Complete_LinkedInDataExport_05-12-2026.zip',
      dir,
    );
    // (The JSON's items come in reading order, newest archive first: it is not compared here.)
    const { lines } = listAndReport([older, newer]);
    const posts = lines.filter((l) => l.split('\t')[1] === 'posts').map((l) => l.split('\t')[3]);
    expect(posts).toEqual(['Older A', 'Older B', 'Newer C', 'Newer D', 'Older undated', 'Newer undated']);
  });

  it('lists every sample export as the sorted report items', () => {
    for (const sample of ['Complete_LinkedInDataExport_05-12-2026.zip', 'Complete_LinkedInDataExport_11-04-2018.zip']) {
      const { lines, report } = listAndReport([SAMPLES + sample]);
      expect(lines.length).toBeGreaterThan(50);
      expect(lines).toEqual(expectedLines(report));
    }
  });
});
