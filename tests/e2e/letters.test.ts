// Letters to LinkedIn's DPO: goldens per region (law) and kind from the 2026 sample through the
// built CLI, and a check that no letter carries the text of a post, comment, message or any
// other record: only counts, years and what the member types in (--name).

import { readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = join(ROOT, 'tests', 'golden', 'letters');
const SAMPLE = 'sample-exports/Complete_LinkedInDataExport_05-12-2026.zip';
const KINDS = ['object', 'access', 'erasure'] as const;
const REGIONS: Array<{ name: string; args: string[] }> = [
  { name: 'DE', args: ['--region', 'DE'] },
  { name: 'CH', args: ['--region', 'CH', '--opted-out', '2024-05-01'] },
  { name: 'GB-opted-out', args: ['--region', 'GB', '--opted-out', '2025-12-01'] },
  { name: 'CA', args: ['--region', 'CA'] },
  { name: 'HK', args: ['--region', 'HK'] },
  { name: 'US', args: ['--region', 'US'] },
  { name: 'US-ccpa', args: ['--region', 'US', '--law', 'ccpa'] },
  { name: 'CN', args: ['--region', 'CN'] },
];

function letter(args: string[]): string {
  const result = runCli(['letter', SAMPLE, '--as-of', '2026-05-20', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('letter', () => {
  for (const region of REGIONS) {
    it(`matches the golden letters for ${region.name}`, () => {
      for (const kind of KINDS) {
        const text = letter(['--kind', kind, ...region.args]);
        const golden = join(GOLDEN, `${region.name}-${kind}.txt`);
        if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
        expect(text, `${region.name} ${kind}`).toBe(readFileSync(golden, 'utf8'));
        // Every address in a letter is on the policy's allow-list of hosts.
        for (const url of text.match(/https:\/\/[^\s)]+/g) ?? []) expect(url).toMatch(/^https:\/\/(www\.)?(linkedin\.com|dataprotection\.ie|ico\.org\.uk|priv\.gc\.ca|cppa\.ca\.gov|pcpd\.org\.hk)\//);
      }
    });
  }

  // 31 CLI runs: 16 s on a quiet machine, 176 s on a loaded one (load average 14 on 2 cores).
  it('quotes no record: no post, comment, article, message or other private text appears in any letter', { timeout: 900_000 }, async () => {
    // The letters' own wording, from an export that holds only a name: a record whose text is
    // part of that wording ("Data Protection Officer" as a job title) proves nothing.
    const bare = await writeZip({ 'Profile.csv': 'First Name,Last Name\nJane,Doe\n' });
    const wording = REGIONS.flatMap((region) =>
      KINDS.map((kind) => {
        const r = runCli(['letter', bare, '--kind', kind, '--as-of', '2026-05-20', ...region.args]);
        expect(r.status, r.stderr).toBe(0);
        return r.stdout.replace(/\s+/g, ' ');
      }),
    ).join('\n');
    const all = runCli(['scan', SAMPLE, '--json', '--all-items', '--region', 'DE']);
    expect(all.status, all.stderr).toBe(0);
    const report = JSON.parse(all.stdout) as Report;
    // Every distinctive text of the export: long enough not to be a common word.
    const texts = new Set<string>();
    for (const item of report.items) {
      for (const t of [item.text, item.title ?? '', ...Object.values(item.details ?? {})]) {
        const flat = t.replace(/\s+/g, ' ').trim();
        if (flat.length >= 12 && !wording.includes(flat.slice(0, 40))) texts.add(flat.slice(0, 40));
      }
    }
    expect(texts.size).toBeGreaterThan(500);
    const privateCount = report.items.filter((i) => ['messages', 'connections', 'contacts', 'invitations', 'account'].includes(i.category)).length;
    expect(privateCount).toBeGreaterThan(300);
    for (const region of REGIONS) {
      for (const kind of KINDS) {
        const text = letter(['--kind', kind, '--all-items', ...region.args]).replace(/\s+/g, ' ');
        for (const t of texts) expect(text.includes(t), `${region.name} ${kind} quotes "${t}"`).toBe(false);
      }
    }
  });

  it('uses --name, neutralises control characters in it, and writes --out with mode 0600', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'li-exposure-letter-')), 'letter.txt');
    const result = runCli(['letter', SAMPLE, '--kind', 'access', '--region', 'DE', '--name', 'Ola \u001b[2J\u202ENordmann', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('From: Ola ␛[2J\ufffdNordmann');
    expect(text).not.toContain('[YOUR FULL NAME]');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
  });

  it('refuses a missing or unknown --kind or --law with exit code 2 before reading the export', () => {
    for (const args of [[], ['--kind', 'complain'], ['--kind', 'object', '--law', 'hipaa']]) {
      const result = runCli(['letter', SAMPLE, ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/--(kind|law)/);
    }
  });
});
