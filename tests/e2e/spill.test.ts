import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES, runCli } from '../helpers/cli.js';

// `list` and `report` keep their lines and table rows in a store that goes to a private temporary
// file past a threshold (src/io/spill-bytes.ts): a heavy export's. LI_EXPOSURE_SPILL_BYTES=0 forces
// that path on a sample export: the output must be the same bytes, and the temporary folder empty.

const SAMPLE = SAMPLES + 'Complete_LinkedInDataExport_05-12-2026.zip';
const ARGS = ['--region', 'US', '--as-of', '2026-11-23', '--all-items'];
const scratch = mkdtempSync(join(tmpdir(), 'spill-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], spill: boolean, tmp: string) {
  return runCli(args, { env: { TMPDIR: tmp, ...(spill ? { LI_EXPOSURE_SPILL_BYTES: '0' } : {}) } });
}

describe('the spill file of list and report (built CLI)', { timeout: 300_000 }, () => {
  it('list gives the same bytes in every format from its temporary file, and leaves nothing behind', () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    for (const format of ['tsv', 'jsonl', 'csv']) {
      const memory = run(['list', SAMPLE, ...ARGS, '--format', format], false, tmp);
      const spilled = run(['list', SAMPLE, ...ARGS, '--format', format], true, tmp);
      expect(memory.status, memory.stderr).toBe(0);
      expect(spilled.status, spilled.stderr).toBe(0);
      expect(memory.stdout.split('\n').length).toBeGreaterThan(50);
      expect(spilled.stdout).toBe(memory.stdout);
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('report writes the same HTML and Markdown from its temporary file, and leaves nothing behind', () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    const out = mkdtempSync(join(scratch, 'out-'));
    const written: Record<string, string>[] = [];
    for (const spill of [false, true]) {
      const [html, md] = [join(out, `${spill}.html`), join(out, `${spill}.md`)];
      const result = run(['report', SAMPLE, ...ARGS, '--html', html, '--md', md], spill, tmp);
      expect(result.status, result.stderr).toBe(0);
      written.push({ html: readFileSync(html, 'utf8'), md: readFileSync(md, 'utf8') });
    }
    const [memory, spilled] = written;
    expect(memory!['html']).toContain('<tr class="l c');
    expect(spilled).toEqual(memory);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('takes that path (a missing temporary folder is a one-line error, exit 2) only past the threshold', () => {
    const missing = join(scratch, 'missing');
    const spilled = run(['list', SAMPLE, ...ARGS], true, missing);
    expect(spilled.status).toBe(2);
    expect(spilled.stderr).toMatch(/cannot create a temporary file in .*missing \(ENOENT\); set TMPDIR to a writable folder/);
    // A sample export's lines stay in memory: no temporary folder needed.
    const memory = run(['list', SAMPLE, ...ARGS], false, missing);
    expect(memory.status, memory.stderr).toBe(0);
  });
});
