// The findings of the built CLI on the bundled 2026 sample, against what the sample generator
// planted (sample-exports/manifest.json, "findings"): every expected finding with its exact text,
// nothing else; --no-detect, --detect, list --finding; and the names of Connections.csv never
// leave it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli, SAMPLES } from '../helpers/cli.js';
import { tempDir } from '../helpers/archive.js';

const NAME = 'Complete_LinkedInDataExport_05-12-2026.zip';
const SAMPLE = path.join(SAMPLES, NAME);

interface Expected { file: string; kind: string; text: string }
const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8'));
const planted = manifest.archives[NAME].findings as { expected: Expected[]; itemsPerKind: Record<string, number>; people: number };

function scanJson(...args: string[]): { report: Report; raw: string } {
  const r = runCli(['scan', SAMPLE, '--json', ...args]);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.status).toBe(0);
  return { report: JSON.parse(r.stdout) as Report, raw: r.stdout };
}

describe('findings on the 2026 sample (built CLI)', () => {
  let report: Report;
  let raw: string;
  beforeAll(() => {
    ({ report, raw } = scanJson());
  });

  it('finds exactly the planted findings, with their text at their offsets', () => {
    const found: Expected[] = [];
    for (const item of report.items) {
      for (const f of item.findings ?? []) found.push({ file: item.source.file, kind: f.kind, text: item.text.slice(f.start, f.end) });
    }
    const key = (e: Expected) => `${e.file}\u0000${e.kind}\u0000${e.text}`;
    expect(found.map(key).sort()).toEqual(planted.expected.map(key).sort());
    // Every listed item was examined (findings: [] when none), and a finding has only its place.
    expect(report.items.every((i) => Array.isArray(i.findings))).toBe(true);
    for (const f of report.items.flatMap((i) => i.findings!)) expect(Object.keys(f).filter((k) => k !== 'detail')).toEqual(['detector', 'kind', 'start', 'end']);
  });

  it('summarises per kind as the manifest says, verdicts included', () => {
    const summary = report.summary.findings!;
    expect(report.schemaVersion).toBe(2);
    expect(Object.fromEntries(summary.kinds.map((k) => [k.kind, k.items]))).toEqual(planted.itemsPerKind);
    expect(summary.people).toBe(planted.people);
    for (const k of summary.kinds) {
      const items = report.items.filter((i) => i.findings!.some((f) => f.kind === k.kind));
      expect(k.likely).toBe(items.filter((i) => i.exposure === 'likely').length);
      expect(k.possible).toBe(items.filter((i) => i.exposure === 'possible').length);
      expect(k.categories.reduce((n, c) => n + c.items, 0)).toBe(k.items);
    }
    expect(summary.withFindings.items).toBe(report.items.filter((i) => i.findings!.length > 0).length);
  });

  it('never copies a name from Connections.csv into the report unless the member wrote it', async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const entry = Object.keys(zip.files).find((p) => /(^|\/)Connections\.csv$/.test(p))!;
    const text = await zip.file(entry)!.async('string');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('First Name'));
    const rows = parse(lines.slice(header).join('\n'), { columns: true, relax_column_count: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const names = rows.map((r) => `${r['First Name']} ${r['Last Name']}`).filter((n) => n.trim().length > 3);
    expect(names.length).toBeGreaterThan(100);
    const written = report.items.map((i) => `${i.title ?? ''} ${i.text} ${JSON.stringify(i.details ?? {})}`).join('\n');
    const leaked = names.filter((n) => raw.includes(JSON.stringify(n).slice(1, -1)) && !written.includes(n));
    expect(leaked).toEqual([]);
    expect(report.items.some((i) => i.category === 'connections')).toBe(false);
  });

  it('prints the "Sensitive details in exposed items" block in the text summary', () => {
    const r = runCli(['scan', SAMPLE]);
    expect(r.status).toBe(0);
    // Sentences are wrapped to the width with a hanging indent: read them joined.
    const text = r.stdout.replace(/\n {4}/g, ' ');
    expect(text).toContain('Sensitive details in exposed items');
    expect(text).toMatch(/1 likely-exposed post contains a phone number\./);
    expect(text).toMatch(/possibly exposed post mentions trade-union membership\./);
    expect(text).toMatch(/12 likely-exposed comments and 1 possibly exposed post name people in your network \(10 different people/);
  });

  it('--no-detect leaves findings out; --detect runs only the detectors named', () => {
    const off = scanJson('--no-detect').report;
    expect(off.summary.findings).toBeNull();
    expect(off.items.some((i) => 'findings' in i)).toBe(false);
    const only = scanJson('--detect', 'email,phone').report;
    expect(only.summary.findings!.detectors).toEqual(['email', 'phone']);
    expect(Object.fromEntries(only.summary.findings!.kinds.map((k) => [k.kind, k.items]))).toEqual({ email: planted.itemsPerKind['email'], phone: planted.itemsPerKind['phone'] });
  });

  it('list --finding prints the items with those kinds; bad ids are a one-line usage error (exit 2)', () => {
    const r = runCli(['list', SAMPLE, '--finding', 'phone,trade-union']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(planted.itemsPerKind['phone']! + planted.itemsPerKind['trade-union']!);
    expect(lines.some((l) => l.includes('+47 555 01 234'))).toBe(true);
    // The last column names the kinds found, each once, in the kind list's order.
    const kinds = lines.map((l) => l.split('\t')[6]!.split(','));
    expect(kinds.every((k) => k.includes('phone') || k.includes('trade-union'))).toBe(true);
    expect(kinds.every((k) => new Set(k).size === k.length)).toBe(true);
    // Without findings the column is "-"; the CSV has a findings column with the same kinds.
    const all = runCli(['list', SAMPLE]).stdout.trim().split('\n').map((l) => l.split('\t'));
    const withFindings = scanJson().report.items.filter((item) => (item.findings ?? []).length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    expect(all.filter((r) => r[6] !== '-')).toHaveLength(withFindings.length);
    expect(all.filter((r) => r[6] === '-')).toHaveLength(all.length - withFindings.length);
    const csv = parse(runCli(['list', SAMPLE, '--finding', 'phone', '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(csv).toHaveLength(planted.itemsPerKind['phone']!);
    expect(csv.every((row) => row['findings']!.split(',').includes('phone'))).toBe(true);
    for (const [args, message] of [
      [['scan', SAMPLE, '--detect', 'email,bogus'], /^li-exposure: --detect: unknown detector "bogus" \(one of: email, phone/],
      [['list', SAMPLE, '--finding', 'phone,weather'], /^li-exposure: --finding: unknown finding kind "weather"/],
      [['list', SAMPLE, '--finding', 'health', '--detect', 'email'], /^li-exposure: --finding health: add special-categories to --detect/],
      [['list', SAMPLE, '--finding', 'health', '--no-detect'], /^li-exposure: --finding needs the detectors/],
    ] as const) {
      const bad = runCli([...args]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('the Markdown report lists the items to consider deleting, most exposed first, found text in bold', async () => {
    const out = path.join(await tempDir(), 'report.md');
    const r = runCli(['report', SAMPLE, '--md', out]);
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    const section = md.slice(md.indexOf('## Consider deleting'), md.indexOf('## Items likely'));
    expect(section).toContain(`## Consider deleting (${report.items.filter((i) => i.findings!.length).length})`);
    expect(section).toContain('**+47 555 01 234**');
    const verdicts = [...section.matchAll(/^\| ([●◐○]) /gm)].map((m) => m[1]);
    expect(verdicts.join('')).toMatch(/^●+◐+○+$/);
  });
});
