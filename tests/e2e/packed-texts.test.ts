import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES, runCli } from '../helpers/cli.js';

// `list` and `report` keep their lines and table rows in a store that deflates them in memory past
// a threshold (src/io/packed-texts.ts): a heavy export's. LI_EXPOSURE_PACK_BYTES=0 forces that path
// on a sample export: the output must be the same bytes, and nothing is written to disk.

const SAMPLE = SAMPLES + 'Complete_LinkedInDataExport_05-12-2026.zip';
const ARGS = ['--region', 'US', '--as-of', '2026-11-23', '--all-items'];
const scratch = mkdtempSync(join(tmpdir(), 'packed-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], packed: boolean, tmp: string) {
  return runCli(args, { env: { TMPDIR: tmp, ...(packed ? { LI_EXPOSURE_PACK_BYTES: '0' } : {}) } });
}

describe('the packed lines of list and report (built CLI)', { timeout: 300_000 }, () => {
  it('list gives the same bytes in every format with its lines packed, and writes nothing to the temporary folder', () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    for (const format of ['tsv', 'jsonl', 'csv']) {
      const plain = run(['list', SAMPLE, ...ARGS, '--format', format], false, tmp);
      const packed = run(['list', SAMPLE, ...ARGS, '--format', format], true, tmp);
      expect(plain.status, plain.stderr).toBe(0);
      expect(packed.status, packed.stderr).toBe(0);
      expect(plain.stdout.split('\n').length).toBeGreaterThan(50);
      expect(packed.stdout).toBe(plain.stdout);
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('report writes the same HTML and Markdown with its rows packed', () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    const out = mkdtempSync(join(scratch, 'out-'));
    const written: Record<string, string>[] = [];
    for (const packed of [false, true]) {
      const [html, md] = [join(out, `${packed}.html`), join(out, `${packed}.md`)];
      const result = run(['report', SAMPLE, ...ARGS, '--html', html, '--md', md], packed, tmp);
      expect(result.status, result.stderr).toBe(0);
      written.push({ html: readFileSync(html, 'utf8'), md: readFileSync(md, 'utf8') });
    }
    const [plain, packed] = written;
    expect(plain!['html']).toContain('<tr class="l c');
    expect(packed).toEqual(plain);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
