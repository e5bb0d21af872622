import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../src/exposure/load-policy.js';
import { exposureSetup } from '../src/commands/context-options.js';
import { scanArchives } from '../src/report/build-report.js';
import { itemJson, reportJsonChunks } from '../src/report/render-json.js';
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
    const text = [...reportJsonChunks(report)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    // Items one per line, so the file can be skimmed with grep.
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(report.items.length);
  });

  it('handles a report without items', () => {
    const chunks = [...reportJsonChunks({ items: [], warnings: [] } as never)].join('');
    expect(JSON.parse(chunks)).toEqual({ items: [], warnings: [] });
  });
});
