import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const DATES = ['2024-03-02', '2024-09-05', '2024-11-01', '2024-12-09', '2025-01-10', '2025-01-20', '2025-06-15', '2025-10-15', '2025-11-10', '2026-06-01'];

function shares(visibility = 'PUBLIC'): string {
  return (
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
    DATES.map((d, i) => `${d} 12:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${i},"Post written ${d}",,,${visibility}\n`).join('')
  );
}

function comments(): string {
  return 'Date,Link,Message\r\n' + DATES.map((d, i) => `${d} 08:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${i},"Comment written ${d}"\r\n`).join('');
}

function profile(geo: string): string {
  return (
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n' +
    `Kim,Example,,,,Writer,,,,"${geo}",,,\n`
  );
}

let archive: string;
beforeAll(async () => {
  archive = await writeZip({ 'Shares.csv': shares(), 'Comments.csv': comments(), 'Profile.csv': profile('Somewhere') });
});

/** date -> verdict for every post and comment, from the built CLI's `list`. */
function verdicts(args: string[]): Map<string, string[]> {
  const result = runCli(['list', archive, '--category', 'posts,comments', ...args]);
  expect(result.status, result.stderr).toBe(0);
  const byDate = new Map<string, string[]>();
  for (const line of result.stdout.trim().split('\n')) {
    const [date, , verdict] = line.split('\t');
    byDate.set(date!, [...(byDate.get(date!) ?? []), verdict!]);
  }
  expect([...byDate.values()].every((v) => v.length === 2)).toBe(true); // one post and one comment per date
  return byDate;
}

function expectSplit(byDate: Map<string, string[]>, boundary: string, before: string, after: string): void {
  for (const [date, levels] of byDate) expect([date, levels]).toEqual([date, date < boundary ? [before, before] : [after, after]]);
}

describe('exposure verdicts on a generated archive (the five cases of the issue)', () => {
  it('US, opted out 2025-01-15: before -> likely, after -> unlikely', () => {
    expectSplit(verdicts(['--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-01']), '2025-01-15', 'likely', 'unlikely');
  });

  it('DE, opted out 2025-10-01: everything unlikely (EU training began 2025-11-03)', () => {
    const byDate = verdicts(['--region', 'DE', '--opted-out', '2025-10-01', '--as-of', '2026-11-01']);
    expect(new Set([...byDate.values()].flat())).toEqual(new Set(['unlikely']));
  });

  it('FR, never opted out, as of 2026-11-01: everything created before -> likely', () => {
    const byDate = verdicts(['--region', 'FR', '--as-of', '2026-11-01']);
    expect(new Set([...byDate.values()].flat())).toEqual(new Set(['likely']));
  });

  it('GB, opted out 2024-09-10: before -> possible, after -> unlikely', () => {
    expectSplit(verdicts(['--region', 'GB', '--opted-out', '2024-09-10', '--as-of', '2026-11-01']), '2024-09-10', 'possible', 'unlikely');
  });

  it('CA, opted out 2025-06-01: before 2024-12-10 -> likely, later -> unlikely', () => {
    expectSplit(verdicts(['--region', 'CA', '--opted-out', '2025-06-01', '--as-of', '2026-11-01']), '2024-12-10', 'likely', 'unlikely');
  });

  it('posts visible to connections only are at most possible under the 2025 wording, unchanged under 2024', async () => {
    const network = await writeZip({ 'Shares.csv': shares('MEMBER_NETWORK'), 'Profile.csv': profile('Somewhere') });
    const list = (args: string[]) =>
      new Map(
        runCli(['list', network, '--category', 'posts', ...args]).stdout.trim().split('\n').map((l) => {
          const [date, , verdict] = l.split('\t');
          return [date!, verdict!] as const;
        }),
      );
    // FR: only the EU window of 2025-11-03 (2025 wording): every post possible.
    expect(new Set(list(['--region', 'FR', '--as-of', '2026-11-01']).values())).toEqual(new Set(['possible']));
    // US, never opted out: posts of the 2024 window stay likely; newer ones are possible.
    for (const [date, verdict] of list(['--region', 'US', '--as-of', '2026-11-01'])) {
      expect([date, verdict]).toEqual([date, date < '2025-09-17' ? 'likely' : 'possible']);
    }
    const json = JSON.parse(runCli(['scan', network, '--json', '--region', 'FR', '--as-of', '2026-11-01']).stdout) as Report;
    expect(json.items.find((i) => i.category === 'posts')!.reasons![0]!.text).toMatch(/not public in your export/);
  });

  it('list --exposure keeps only the requested verdicts', () => {
    const result = runCli(['list', archive, '--category', 'posts', '--exposure', 'likely', '--region', 'US', '--opted-out', '2025-01-15']);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(DATES.filter((d) => d < '2025-01-15').length);
    expect(lines.every((l) => l.split('\t')[2] === 'likely')).toBe(true);
  });
});

describe('report context and summary', () => {
  it('records region, source, opt-out, as-of and policy version; counts add up', () => {
    const result = runCli(['scan', archive, '--json', '--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-01']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.context).toMatchObject({ region: 'OTHER', optedOut: '2025-01-15', asOf: '2026-11-01' });
    expect(report.context!.regionSource).toContain('US');
    expect(report.context!.policyVersion).toMatch(/\S/);
    const posts = report.summary.categories.find((c) => c.id === 'posts')!;
    expect(posts).toMatchObject({ total: 10, likely: 5, possible: 0, unlikely: 5 });
    const t = report.summary.totals;
    expect(t.likely + t.possible + t.unlikely).toBe(t.total);
    const item = report.items.find((i) => i.category === 'posts' && i.date?.startsWith('2024-03-02'))!;
    expect(item.exposure).toBe('likely');
    expect(item.reasons!.length).toBeGreaterThan(0);
    expect(item.reasons!.every((r) => r.text.length > 10 && r.sources.length > 0)).toBe(true);
  });

  it('detects the region from Profile.csv Geo Location, and warns when it cannot', async () => {
    const lyon = await writeZip({ 'Profile.csv': profile('Lyon, Auvergne-Rhone-Alpes, France'), 'Shares.csv': shares() });
    const fr = JSON.parse(runCli(['scan', lyon, '--json']).stdout) as Report;
    expect(fr.context).toMatchObject({ region: 'EU' });
    expect(fr.context!.regionSource).toContain('Geo Location');

    const toronto = await writeZip({ 'Profile.csv': profile('Greater Toronto Area, Canada'), 'Shares.csv': shares() });
    expect((JSON.parse(runCli(['scan', toronto, '--json']).stdout) as Report).context).toMatchObject({ region: 'CA' });

    const unknown = runCli(['scan', archive, '--json']);
    const report = JSON.parse(unknown.stdout) as Report;
    expect(report.context).toMatchObject({ region: 'OTHER' });
    expect(report.warnings.some((w) => /--region/.test(w.message))).toBe(true);
    expect(unknown.stderr).toMatch(/--region/);
  });

  it('scan leads with the answer, then the table, then what to do', () => {
    const out = runCli(['scan', archive, '--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-01']).stdout;
    const answer = out.search(/Likely used to train LinkedIn's AI: \d+ posts/);
    const table = out.search(/Category\s+Items\s+Likely/);
    const advice = out.search(/What you can do now/);
    expect(answer).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(answer);
    expect(advice).toBeGreaterThan(table);
    expect(out).toContain('data-for-ai-improvement');
    expect(out).toContain('TS-DPRO');
  });

  it('--policy loads another file, and a bad one fails with a line naming the field', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lix-policy-'));
    const bundled = JSON.parse(readFileSync(new URL('../../src/exposure/policy/linkedin-genai.json', import.meta.url), 'utf8'));
    bundled.version = 'test-edit-1';
    // LinkedIn "changes course": nothing was ever used in the OTHER region.
    for (const w of bundled.windows) if (w.region === 'OTHER') w.status = 'not_used';
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(bundled));
    const report = JSON.parse(runCli(['scan', archive, '--json', '--region', 'US', '--policy', edited]).stdout) as Report;
    expect(report.context!.policyVersion).toBe('test-edit-1');
    expect(report.summary.totals.likely + report.summary.totals.possible).toBe(0);

    bundled.windows[0].status = 'yes';
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(bundled));
    const result = runCli(['scan', archive, '--policy', broken]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/windows\[0\]\.status/);
  });

  it('policy prints the timeline with sources and states the pre-2024-08 limit', () => {
    const out = runCli(['policy']).stdout;
    for (const region of ['EU', 'UK', 'CA', 'HK', 'OTHER']) expect(out).toMatch(new RegExp(`^${region}: `, 'm'));
    expect(out).toContain('2024-08-01');
    expect(out).toMatch(/https:\/\/\S+/);
    expect(out).toMatch(/before (August 2024|2024-08-01)/i);
    const uk = runCli(['policy', '--region', 'GB']).stdout;
    expect(uk).toMatch(/^UK: /m);
    expect(uk).not.toMatch(/^CA: /m);
  });
});
