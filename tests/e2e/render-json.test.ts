import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../../src/exposure/load-policy.js';
import { exposureSetup } from '../../src/exposure/setup.js';
import { scan } from '../../src/scan/scan.js';
import { ReportJsonWriter } from '../../src/render/json.js';
import type { Report } from '../../src/model/report.js';

function formatReport(report: Report): string {
  const json = new ReportJsonWriter();
  json.head(report);
  for (const item of report.items) json.item(item);
  json.tail(report);
  return Buffer.concat(json.take()).toString('utf8');
}
import { SAMPLES } from '../helpers/cli.js';

describe('JSON rendering', () => {
  it('writes exactly what JSON.stringify would, in pieces', async () => {
    const policy = loadBundledPolicy();
    const report = await scan([join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip')], {
      toolVersion: 'test',
      exposure: exposureSetup({ region: 'US', optedOut: '2025-01-15' }, policy, new Date('2026-11-23T00:00:00Z')),
      detect: {},
    });
    expect(report.items.length).toBeGreaterThan(900);
    expect(report.items.some((i) => i.findings?.length)).toBe(true);
    const text = formatReport(report);
    // Each item's line is byte for byte what JSON.stringify writes for it.
    const itemLines = text.split('\n').filter((l) => l.startsWith('    {"id":'));
    itemLines.forEach((line, i) => expect(line.trim().replace(/,$/, '')).toBe(JSON.stringify(report.items[i])));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    // Items one per line, so the file can be skimmed with grep.
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(report.items.length);
  });

  it('handles a report without items', () => {
    const text = formatReport({ schemaVersion: 1, items: [], files: [], warnings: [] } as never);
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, items: [], files: [], warnings: [] });
  });
});

describe('JSON written in byte pieces', () => {
  it('stays exact across piece boundaries: many items, a field larger than a piece, every kind of character', async () => {
    const { makeReport } = await import('../helpers/make-report.js');
    const huge = '🚀 "quoted" \\ back\u0007slash\n東京 é '.repeat(80_000); // ~2.5 MB as UTF-8
    const report = makeReport({
      counts: { posts: 3000, comments: 3000, reactions: 2000 },
      extra: [{ category: 'posts', text: huge }, { category: 'comments', text: '\u2028\u2029\ud800 lone surrogate' }],
    });
    const json = new ReportJsonWriter();
    json.head(report);
    const pieces: Buffer[] = [];
    report.items.forEach((item, i) => {
      json.item(item);
      if (i % 997 === 0) pieces.push(...json.take()); // taken at odd moments, as the output drains
    });
    json.tail(report);
    pieces.push(...json.take());
    expect(pieces.length).toBeGreaterThan(3);
    const text = Buffer.concat(pieces).toString('utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(report.items.length);
    // The keys come in streaming order: what the report is about, the items, then the totals.
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'tool', 'generatedAt', 'archives', 'context', 'sources', 'items', 'files', 'summary', 'warnings']);
  });
});
