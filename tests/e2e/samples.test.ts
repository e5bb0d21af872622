// Checks the committed synthetic exports in sample-exports/:
// - scripts/make-samples.mjs regenerates them byte for byte (determinism);
// - every ZIP opens with jszip and holds exactly the entries listed in manifest.json (plus junk);
// - the manifest's record counts match an independent parse of the bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = path.join(REPO, 'sample-exports');
const SCRIPT = path.join(REPO, 'scripts', 'make-samples.mjs');

interface ManifestEntry {
  path: string;
  category: string | null;
  records: number;
  emptyRecords: number;
  /** Items the entry yields (make-samples.mjs writes it on every entry). */
  items: number;
  /** Rows that are LinkedIn's own notices, when there are any. */
  notices?: number;
  /** Records repeated in the file, when there are any. */
  duplicateRecords?: number;
}
interface ManifestArchive { era: string; entries: ManifestEntry[]; categoryTotals: Record<string, number> }
interface Manifest { archives: Record<string, ManifestArchive> }

const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8')) as Manifest;
const isJunk = (p: string) => p.startsWith('__MACOSX/') || p.includes('/__MACOSX/') || /(^|\/)\.DS_Store$/.test(p);

async function openZip(name: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path.join(SAMPLES, name)));
}

function decode(bytes: Uint8Array): { text: string; utf16: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: Buffer.from(bytes.subarray(2)).toString('utf16le'), utf16: true };
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, utf16: false };
}

/** Independent recount: one tolerant CSV parse per file, with the per-file dialect. */
function count(entryPath: string, bytes: Uint8Array): { records: number; emptyRecords: number; rows: string[][] } {
  const base = entryPath.split('/').pop()!;
  if (base.endsWith('.html')) return { records: 1, emptyRecords: 0, rows: [] };
  let { text, utf16 } = decode(bytes);
  if (base === 'LearningCoachMessages.csv') {
    return { records: (text.match(/^conversation: /gm) ?? []).length, emptyRecords: 0, rows: [] };
  }
  if (base === 'Connections.csv' && text.startsWith('Notes:')) {
    const lines = text.split('\n');
    const headerAt = lines.findIndex((l) => l.startsWith('First Name,') && l.includes('Connected On'));
    text = lines.slice(headerAt).join('\n');
  }
  // Free-text last columns are written unquoted in some files (commas, and in 2023-2024 comments
  // even line breaks): a record is a line that starts with a date, extra fields join the last one.
  const freeText = base === 'SearchQueries.csv' || base === 'Comments.csv';
  let rows = parse(text, {
    delimiter: utf16 ? '\t' : ',',
    escape: /^Comments_\d+\.csv$/.test(base) || (base === 'Member_Follows.csv' && !entryPath.includes('/')) ? '\\' : '"',
    relax_column_count: freeText,
    skip_empty_lines: false,
  }) as string[][];
  if (freeText) {
    const width = rows[0]!.length;
    const joined: string[][] = [rows[0]!];
    for (const r of rows.slice(1)) {
      const fields = r.length > width ? [...r.slice(0, width - 1), r.slice(width - 1).join(',')] : r;
      if (/^\d{4}[-/]\d\d[-/]\d\d /.test(fields[0]!)) joined.push(fields);
      else {
        const last = joined[joined.length - 1]!;
        last[width - 1] += `\n${fields.join(',')}`;
      }
    }
    rows = joined;
  }
  const data = rows.slice(1);
  return { records: data.length, emptyRecords: data.filter((r) => r.every((v) => v === '')).length, rows };
}

describe('sample exports', () => {
  let outDir = '';
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'li-exposure-samples-'));
    execFileSync(process.execPath, [SCRIPT, outDir], { stdio: 'pipe' });
  }, 900_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('regenerates byte-identical archives and manifest', () => {
    const generated = readdirSync(outDir).sort();
    expect(generated).toEqual([...Object.keys(manifest.archives), 'manifest.json'].sort());
    for (const name of generated) {
      const fresh = readFileSync(path.join(outDir, name));
      const committed = readFileSync(path.join(SAMPLES, name));
      expect(fresh.equals(committed), `${name} differs from the committed copy`).toBe(true);
    }
  });

  for (const [archiveName, archive] of Object.entries(manifest.archives)) {
    describe(archiveName, () => {
      it('opens with jszip and holds exactly the manifest entries plus junk and folders', async () => {
        const zip = await openZip(archiveName);
        const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
        const listed = archive.entries.map((e) => e.path);
        for (const p of listed) expect(zip.file(p), `missing ${p}`).not.toBeNull();
        expect(files.filter((p) => !isJunk(p)).sort()).toEqual([...listed].sort());
        expect(new Set(listed).size).toBe(listed.length);
      });

      it('stays small', () => {
        expect(readFileSync(path.join(SAMPLES, archiveName)).length).toBeLessThan(200 * 1024);
      });

      it('counts records as an independent parse does', async () => {
        const zip = await openZip(archiveName);
        for (const e of archive.entries) {
          const got = count(e.path, await zip.file(e.path)!.async('uint8array'));
          expect({ path: e.path, records: got.records, emptyRecords: got.emptyRecords })
            .toEqual({ path: e.path, records: e.records, emptyRecords: e.emptyRecords });
        }
      });

      it('has category totals consistent with its entries', async () => {
        const zip = await openZip(archiveName);
        const expected: Record<string, number> = {};
        for (const e of archive.entries) {
          if (e.category === null) continue;
          // Items the entry yields: records less empty ones and LinkedIn's notices, unless the
          // generator counted them itself (a chat transcript gives one item per message).
          let n = e.items ?? e.records - e.emptyRecords - (e.notices ?? 0);
          expect(e.items, e.path).toBe(e.items ?? e.records - e.emptyRecords - (e.notices ?? 0));
          if (/(^|\/)Profile\.csv$/.test(e.path)) {
            const { rows } = count(e.path, await zip.file(e.path)!.async('uint8array'));
            n = rows.slice(1).reduce((s, r) => s + r.filter((v) => v !== '').length, 0);
          }
          expected[e.category] = (expected[e.category] ?? 0) + n;
        }
        expect(archive.categoryTotals).toEqual(expected);
      });
    });
  }

  it('lists the unknown file with category null and no junk', () => {
    const all = Object.values(manifest.archives).flatMap((a) => a.entries);
    expect(all.filter((e) => e.category === null).map((e) => e.path))
      .toEqual(['Complete_LinkedInDataExport_12-23-2024/Mystery Data.csv']);
    expect(all.some((e) => isJunk(e.path))).toBe(false);
  });

  it('gives the same comment text under "" (2024) and \\" (2026) escaping', async () => {
    const z24 = await openZip('Complete_LinkedInDataExport_12-23-2024.zip');
    const z26 = await openZip('Complete_LinkedInDataExport_05-12-2026.zip');
    const c24 = count('Comments.csv', await z24.file('Complete_LinkedInDataExport_12-23-2024/Comments.csv')!.async('uint8array')).rows.slice(1);
    const c26 = count('Comments_12345678.csv', await z26.file('Comments_12345678.csv')!.async('uint8array')).rows.slice(1);
    const byDate26 = new Map(c26.map((r) => [r[0], r[2]]));
    expect(c24.length).toBeGreaterThan(20);
    // One 2024 comment (its unquoted multi-line form) was deleted before the 2026 export.
    const only2024 = c24.filter(([date]) => !byDate26.has(date!));
    expect(only2024.map((r) => r[2])).toEqual(['Two things I learned this year:\n- retention beats collection\n- deletion needs an owner']);
    for (const [date, , message] of c24) if (byDate26.has(date!)) expect(byDate26.get(date)).toBe(message);
    expect(c26.some((r) => r[2]!.includes('"'))).toBe(true);
  });

  it('unwraps per-line-quoted ShareCommentary to the same text in both eras', async () => {
    const unwrap = (v: string) => v.replace(/"\r?\n"/g, '\n');
    const z24 = await openZip('Complete_LinkedInDataExport_12-23-2024.zip');
    const z26 = await openZip('Complete_LinkedInDataExport_05-12-2026.zip');
    const s24 = count('Shares.csv', await z24.file('Complete_LinkedInDataExport_12-23-2024/Shares.csv')!.async('uint8array')).rows.slice(1);
    const s26 = count('Shares_12345678.csv', await z26.file('Shares_12345678.csv')!.async('uint8array')).rows.slice(1);
    const byDate26 = new Map(s26.map((r) => [r[0], unwrap(r[2]!)]));
    for (const [date, , text] of s24) expect(byDate26.get(date)).toBe(unwrap(text!));
    const multi = s26.map((r) => unwrap(r[2]!)).find((t) => t.startsWith('Some news after six great years'));
    expect(multi).toBe('Some news after six great years at Fjordline.\n\nI\'m joining Contoso Nordic as "Head of Data Platform" next month.\n\nThank you to everyone who made the last six years so much fun.');
  });
});
