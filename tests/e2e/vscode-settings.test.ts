import { describe, expect, it } from 'vitest';
import { readSettings, inSettingTerms } from '../../vscode/src/settings.js';
import { runScan, ScanCancelled } from '../../vscode/src/run-scan.js';
import { srcCore } from '../helpers/vscode-core.js';
import { runCli, SAMPLES } from '../helpers/cli.js';

const SAMPLE = `${SAMPLES}Complete_LinkedInDataExport_05-12-2026.zip`;
const settings = (values: Record<string, unknown>) => readSettings((key) => values[key]);

/** What the extension shows for a settings value the core refuses. */
async function refusal(values: Record<string, unknown>): Promise<string> {
  const options = settings(values);
  try {
    await runScan(srcCore, SAMPLE, options);
  } catch (error) {
    return inSettingTerms((error as Error).message, options);
  }
  throw new Error('accepted');
}

describe('VS Code settings', () => {
  it('reads empty settings as not given and trims the rest', () => {
    expect(settings({ region: '', optedOut: '  ', asOf: undefined })).toEqual({});
    expect(settings({ region: ' de ', optedOut: '2024-09-18', asOf: '2025-01-01' })).toEqual({ region: 'de', optedOut: '2024-09-18', asOf: '2025-01-01' });
    expect(() => settings({ optedOut: 20240918 })).toThrow('liExposure.optedOut: expected text, got 20240918');
  });

  it("refuses what the CLI refuses, with the CLI's message naming the setting", async () => {
    const cliLine = (args: string[]) => {
      const r = runCli(['scan', ...args, SAMPLE]);
      expect(r.status).toBe(2);
      return r.stderr.trim().split('\n')[0]!.replace(/^li-exposure: /, '');
    };
    expect(await refusal({ optedOut: '2025-02-30' })).toBe((cliLine(['--opted-out', '2025-02-30'])).replace('--opted-out', 'liExposure.optedOut'));
    expect(await refusal({ asOf: 'yesterday' })).toBe((cliLine(['--as-of', 'yesterday'])).replace('--as-of', 'liExposure.asOf'));
    const region = await refusal({ region: 'Atlantis' });
    expect(region).toBe((cliLine(['--region', 'Atlantis'])).split('--region').join('liExposure.region'));
    expect(region).toContain('liExposure.region');
  });

  it('gives the report of scan --json for the same settings', async () => {
    const report = await runScan(srcCore, SAMPLE, settings({ region: 'DE', optedOut: '2024-11-03' }));
    // The extension runs every detector, as the CLI does by default.
    const cli = runCli(['scan', '--json', '--region', 'DE', '--opted-out', '2024-11-03', SAMPLE]);
    expect(cli.status).toBe(0);
    // The CLI streams items as its reading lanes finish, so two runs may order them differently.
    const normal = (r: { items: Array<{ id: string }> }) => ({ ...r, generatedAt: null, tool: null, items: [...r.items].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    // actions[] included: the extension adds the member's actions as scan --json does (render/actions.ts).
    const fromCli = JSON.parse(cli.stdout) as { items: Array<{ id: string }>; actions: unknown[] };
    expect(fromCli.actions.length).toBeGreaterThan(0);
    expect(normal(JSON.parse(JSON.stringify(report)))).toEqual(normal(fromCli));
    expect(report.summary.totals.total).toBeGreaterThan(0);
  });

  it('stops reading when the scan is cancelled', async () => {
    let all = 0;
    await runScan(srcCore, SAMPLE, {}, { onProgress: () => all++ });
    let steps = 0;
    let after = 0;
    await expect(runScan(srcCore, SAMPLE, {}, { isCancelled: () => ++steps > 2, onProgress: () => after++ })).rejects.toBeInstanceOf(ScanCancelled);
    // Progress stopped at the cancellation, well before the end of the archive.
    expect(after).toBe(2);
    expect(all).toBeGreaterThan(10);
  });
});
