// Golden tests: the bundled policy's verdicts on the bundled samples, per category, for two
// members (US, opted out 2025-01-15; DE, never opted out). A change to the policy data or the
// classifier that moves any count fails here; after a deliberate change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run tests/e2e-policy-golden.test.ts
// and review the diff of tests/golden/verdicts.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { loadBundledPolicy } from '../../src/exposure/load-policy.js';
import { runCli, SAMPLES } from '../helpers/cli.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'verdicts.json');
const SAMPLE_NAMES = ['Complete_LinkedInDataExport_11-04-2018.zip', 'Complete_LinkedInDataExport_12-23-2024.zip', 'Complete_LinkedInDataExport_05-12-2026.zip', 'Basic_LinkedInDataExport_05-11-2026.zip'];
const MEMBERS: Record<string, string[]> = {
  'US opted out 2025-01-15': ['--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-23'],
  'DE never opted out': ['--region', 'DE', '--as-of', '2026-11-23'],
};

type Counts = Record<string, [number, number, number]>;

function verdicts(report: Report): Counts {
  const out: Counts = {};
  for (const c of report.summary.categories) if (c.total > 0) out[c.id] = [c.likely, c.possible, c.unlikely];
  return out;
}

const policy = loadBundledPolicy();
const hostAllowed = (u: string) => {
  const host = new URL(u).hostname;
  return policy.allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
};

describe('bundled policy on the bundled samples (golden)', () => {
  const got: Record<string, Record<string, Counts>> = {};
  for (const name of SAMPLE_NAMES) {
    for (const [member, args] of Object.entries(MEMBERS)) {
      it(`${name}, ${member}`, () => {
        const result = runCli(['scan', join(SAMPLES, name), '--json', ...args]);
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout) as Report;
        (got[name] ??= {})[member] = verdicts(report);
        expect(report.context!.policyVersion).toBe(policy.version);
        if (process.env.UPDATE_GOLDEN) return;
        const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
        expect(verdicts(report)).toEqual(golden[name][member]);
      });
    }
  }
  afterAll(() => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, JSON.stringify(got, null, 2) + '\n');
  });
});

describe('every address li-exposure prints is an original, allow-listed one', () => {
  const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)].map((m) => m[0]);

  it('policy, scan (text and JSON sources) and list print only allow-listed hosts outside the archive\'s own links', () => {
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const printed = [
      ...urls(runCli(['policy']).stdout),
      ...urls(runCli(['policy', '--region', 'EU']).stdout),
      ...urls(runCli(['scan', sample, '--region', 'DE', '--opted-out', '2025-12-01']).stdout),
    ];
    const report = JSON.parse(runCli(['scan', sample, '--json', '--region', 'DE']).stdout) as Report;
    printed.push(...report.sources.map((s) => s.url));
    expect(printed.length).toBeGreaterThan(50);
    for (const u of printed) expect(hostAllowed(u), u).toBe(true);
    // The source table resolves every id a reason cites, and never carries a copy's address.
    const ids = new Set(report.sources.map((s) => s.id));
    for (const item of report.items) for (const r of item.reasons ?? []) for (const id of r.sources) expect(ids.has(id), id).toBe(true);
    expect(JSON.stringify(report.sources)).not.toMatch(/retrievedVia|proxy\.tfdracing|onmedianet|accionvegana|vuink/);
  });
});
