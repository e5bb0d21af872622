import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli, SAMPLES } from '../helpers/cli.js';

interface ManifestArchive {
  entries: Array<{ path: string; category: string | null; records: number; emptyRecords: number }>;
  categoryTotals: Record<string, number>;
}
const manifest = JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8')) as { archives: Record<string, ManifestArchive> };

describe('built CLI on the bundled sample exports', () => {
  for (const [name, expected] of Object.entries(manifest.archives)) {
    it(`scan --json counts every record of ${name}`, () => {
      const result = runCli(['scan', join(SAMPLES, name), '--json', '--region', 'US']);
      expect(result.status, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.schemaVersion).toBe(2);
      for (const category of report.summary.categories) {
        expect([category.id, category.total]).toEqual([category.id, expected.categoryTotals[category.id] ?? 0]);
        expect(category.likely + category.possible + category.unlikely).toBe(category.total);
      }
      const topFolder = name.replace(/\.zip$/, '') + '/';
      for (const entry of expected.entries) {
        // A re-zipped archive's wrapping folder is not part of the reported path.
        const path = entry.path.startsWith(topFolder) ? entry.path.slice(topFolder.length) : entry.path;
        const file = report.files.find((f) => f.path === path);
        if (!file) throw new Error(`${path} is missing from the report's files`);
        expect([path, file.records, file.emptyRecords, file.category]).toEqual([path, entry.records, entry.emptyRecords, entry.category]);
        expect(file.recognized).toBe(entry.category !== null);
      }
      expect(report.files).toHaveLength(expected.entries.length);
    });
  }

  it('merges the Basic and Complete 2026 archives without double counting', () => {
    const basic = join(SAMPLES, 'Basic_LinkedInDataExport_05-11-2026.zip');
    const complete = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const merged = JSON.parse(runCli(['scan', basic, complete, '--json', '--region', 'US']).stdout) as Report;
    const alone = JSON.parse(runCli(['scan', complete, '--json', '--region', 'US']).stdout) as Report;
    expect(merged.summary.totals).toEqual(alone.summary.totals);
    expect(merged.files.filter((f) => f.duplicateOf).length).toBe(manifest.archives['Basic_LinkedInDataExport_05-11-2026.zip']!.entries.length);
    expect(merged.archives.map((a) => a.variant)).toEqual(['Basic', 'Complete']);
  });

  it('scan prints the table; --json prints JSON only; --out writes a 0600 file', async () => {
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const text = runCli(['scan', sample, '--region', 'US']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Category\s+Items\s+Likely\s+Possible\s+Unlikely/);
    expect(text.stdout).toMatch(/Comments\s+\d+/);
    const json = runCli(['scan', sample, '--json', '--region', 'US']);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    const { mkdtempSync, statSync } = await import('node:fs');
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'lix-'));
    const out = join(dir, 'report.json');
    const written = runCli(['scan', sample, '--out', out, '--region', 'US']);
    expect(written.status).toBe(0);
    // --out alone keeps the summary on screen.
    expect(written.stdout).toMatch(/Category\s+Items\s+Likely/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).summary.totals).toEqual((JSON.parse(json.stdout) as Report).summary.totals);

    // A folder or a folder that does not exist: one line, exit 2, nothing left behind.
    for (const [target, message] of [
      [dir, /--out .* is a folder; give a file name/],
      [join(dir, 'missing', 'r.json'), /cannot write the report to .*r\.json \(ENOENT\)/],
    ] as const) {
      const refused = runCli(['scan', sample, '--out', target]);
      expect(refused.status).toBe(2);
      expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    }
    expect((await import('node:fs')).readdirSync(dir)).toEqual(['report.json']);
  });

  it('list prints one tab-separated line per item and filters by category', () => {
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const result = runCli(['list', sample, '--category', 'posts,comments', '--region', 'US']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const expected = manifest.archives['Complete_LinkedInDataExport_05-12-2026.zip']!.categoryTotals;
    expect(lines).toHaveLength((expected['posts'] ?? 0) + (expected['comments'] ?? 0));
    // The same items as the JSON report, each with its date, category, verdict and some text.
    const report = JSON.parse(runCli(['scan', sample, '--json', '--region', 'US']).stdout) as Report;
    const fromJson = report.items
      .filter((i) => i.category === 'posts' || i.category === 'comments')
      .map((i) => [i.date ? i.date.slice(0, 10) : '-', i.category, i.exposure].join('\t'))
      .sort();
    const fromList = lines.map((line) => {
      const [date, category, verdict, text] = line.split('\t');
      expect(text?.trim().length, line).toBeGreaterThan(0);
      return [date, category, verdict].join('\t');
    });
    expect(fromList.sort()).toEqual(fromJson);
    // Terminal safety: escape sequences in the sample's posts never reach stdout raw.
    expect(result.stdout).not.toMatch(/\u001b/);
  });

  it('--help explains every command with an example, --version prints the version', () => {
    for (const command of ['scan', 'list', 'browse', 'policy']) {
      const help = runCli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Examples:');
      expect(help.stdout).toContain(`li-exposure ${command}`);
    }
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });

  it('bad input exits 2 with one line and no stack trace', () => {
    const missing = runCli(['scan', '/nonexistent/export.zip']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const badOption = runCli(['scan', join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip'), '--opted-out', '2025-13-45']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain('--opted-out');
  });
});

describe('list order', () => {
  it('lists in category order, newest first, undated last', () => {
    const result = runCli(['list', join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip'), '--region', 'US']);
    const rows = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    const order = ['posts', 'comments', 'articles'];
    const firstOf = (c: string) => rows.findIndex((r) => r[1] === c);
    expect(firstOf('posts')).toBe(0);
    expect(order.map(firstOf)).toEqual([...order.map(firstOf)].sort((a, b) => a - b));
    const posts = rows.filter((r) => r[1] === 'posts').map((r) => r[0]!);
    expect(posts).toEqual([...posts].sort().reverse());
  });
});
