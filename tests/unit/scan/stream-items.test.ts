import { describe, expect, it } from 'vitest';
import { exposureSetup } from '../../../src/exposure/setup.js';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { scan, type ScanOptions } from '../../../src/scan/scan.js';
import type { Item, ReportHead } from '../../../src/model/report.js';
import { writeFolder, writeZip } from '../../helpers/archive.js';

// scan streams items (ScanOptions.sink) so that memory does not grow with the export. The
// streamed report must say exactly what the in-memory one says.

const comments = (n: number) =>
  'Date,Link,Message\n' + Array.from({ length: n }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-15 10:00:00,https://l/${i},"comment ${i} ${"lorem ipsum ".repeat(15)}"\n`).join('');

const FILES = {
  // Sorts before Profile.csv: the profile must still be read first, its location decides.
  'Comments.csv': comments(3500),
  'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nAna,Berg,Engineer,"Berlin, Germany"\n',
  'Skills.csv': 'Name\nTypeScript\n',
};

function options(): ScanOptions {
  const policy = loadBundledPolicy();
  return { toolVersion: 'test', now: new Date('2026-11-23T12:00:00Z'), exposure: exposureSetup({ optedOut: '2025-12-01', asOf: '2026-11-23' }, policy, new Date('2026-11-23T12:00:00Z')) };
}

async function streamed(paths: string[]) {
  const batches: Array<{ items: Item[]; head: ReportHead }> = [];
  const report = await scan(paths, { ...options(), sink: { items: async (items, head) => void batches.push({ items: [...items], head: { ...head } }) } });
  return { report, batches, items: batches.flatMap((b) => b.items) };
}

describe('streaming items', () => {
  it('passes classified items in batches, the profile first, and keeps only the counts', async () => {
    const zip = await writeZip(FILES);
    const { report, batches, items } = await streamed([zip]);
    const inMemory = await scan([zip], options());

    expect(batches.length).toBeGreaterThan(3);
    expect(batches[0]!.items[0]).toMatchObject({ category: 'profile' });
    expect(batches[0]!.head.context).toMatchObject({ region: 'EU' });
    expect(items.every((i) => i.exposure && i.reasons)).toBe(true);
    expect(report.items).toEqual([]);
    expect(items.sort((a, b) => a.id.localeCompare(b.id))).toEqual(inMemory.items.sort((a, b) => a.id.localeCompare(b.id)));
    const { items: _a, ...streamedRest } = report;
    const { items: _b, ...inMemoryRest } = inMemory;
    expect(streamedRest).toEqual(inMemoryRest);
    expect(report.summary.totals.listed).toBe(3500 + items.filter((i) => i.category !== 'comments').length);
  });

  it('streams several archives as they are read, merged exactly as in memory', async () => {
    const basic = await writeFolder({ 'Profile.csv': FILES['Profile.csv'], 'Skills.csv': FILES['Skills.csv'] }, 'Basic_LinkedInDataExport_05-11-2026');
    const complete = await writeZip(FILES);
    const { report, batches, items } = await streamed([basic, complete]);
    const inMemory = await scan([basic, complete], options());
    expect(batches.length).toBeGreaterThan(3);
    expect(batches[0]!.items[0]).toMatchObject({ category: 'profile', source: { archive: 1 } });
    expect(batches.every((b) => b.head.archives.length === 2)).toBe(true);
    const byId = (list: Item[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(items)).toEqual(byId(inMemory.items));
    const { items: _a, ...streamedRest } = report;
    const { items: _b, ...inMemoryRest } = inMemory;
    expect(streamedRest).toEqual(inMemoryRest);
    expect(report.files.filter((f) => f.duplicateOf).map((f) => [f.archive, f.path])).toEqual([
      [0, 'Profile.csv'],
      [0, 'Skills.csv'],
    ]);
  });
});
