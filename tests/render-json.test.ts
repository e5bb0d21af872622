import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../src/exposure/load-policy.js';
import { exposureSetup } from '../src/commands/context-options.js';
import { scanArchives } from '../src/report/build-report.js';
import { ReportJsonWriter, itemJson } from '../src/report/render-json.js';
import type { Report } from '../src/report/model.js';

function formatReport(report: Report): string {
  const json = new ReportJsonWriter();
  json.head(report);
  for (const item of report.items) json.item(item);
  json.tail(report);
  return Buffer.concat(json.take()).toString('utf8');
}
import { SAMPLES } from './helpers/cli.js';

describe('JSON rendering', () => {
  it('writes exactly what JSON.stringify would, in pieces', async () => {
    const policy = loadBundledPolicy();
    const report = await scanArchives([join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip')], {
      toolVersion: 'test',
      exposure: exposureSetup({ region: 'US', optedOut: '2025-01-15' }, policy, new Date('2026-11-23T00:00:00Z')),
    });
    expect(report.items.length).toBeGreaterThan(900);
    for (const item of report.items) expect(itemJson(item)).toBe(JSON.stringify(item));
    const text = formatReport(report);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    // Items one per line, so the file can be skimmed with grep.
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(report.items.length);
  });

  it('handles a report without items', () => {
    const text = formatReport({ schemaVersion: 1, items: [], files: [], warnings: [] } as never);
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, items: [], files: [], warnings: [] });
  });
});
