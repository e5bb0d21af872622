// The default `scan` output: the answer in words per kind, why, the legend, a table that fits
// the width (80 and 60 columns, every sample), the what-if without an opt-out day, and the
// member's actions, whose every link is an allow-listed original.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { loadBundledPolicy } from '../../src/exposure/load-policy.js';
import { tempDir } from '../helpers/archive.js';
import { runCli, SAMPLES } from '../helpers/cli.js';

const SAMPLE_NAMES = ['Complete_LinkedInDataExport_11-04-2018.zip', 'Complete_LinkedInDataExport_12-23-2024.zip', 'Complete_LinkedInDataExport_05-12-2026.zip', 'Basic_LinkedInDataExport_05-11-2026.zip'];
const S2026 = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
const AS_OF = ['--as-of', '2026-11-23'];
const policy = loadBundledPolicy();
const allowed = (u: string): boolean => {
  const host = new URL(u).hostname;
  return policy.allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
};

const scanText = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = runCli(['scan', S2026, ...AS_OF, ...args], { env });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
const scanJson = (args: string[]) => JSON.parse(runCli(['scan', S2026, '--json', ...AS_OF, ...args]).stdout) as Report & { actions: Array<{ id: string; url: string | null; command: string | null; text: string }> };
/** Lines joined back into sentences (the text is word-wrapped with a two-space hanging indent). */
const unwrapped = (text: string) => text.replace(/\n {2}(?=\S)/g, ' ');

describe('scan: the headline in words and why', () => {
  const cases: Array<[string, string[], RegExp[]]> = [
    [
      'US, opted out 2025-01-15',
      ['--region', 'US', '--opted-out', '2025-01-15'],
      [
        /^Likely used to train LinkedIn's AI: 28 posts, 44 comments, 3 articles, 7 photos, videos and documents, 7 profile fields, 4 positions, .*25 skills, .*23 endorsements\.$/m,
        /^Possibly: 2 articles, 6 reposts, 5 poll votes, 100 reactions, .*14 saved job answers, .*$/m,
        /^You are in United States \(other regions\): LinkedIn has trained its AI on members' data there since 1 Aug 2024; you opted out on 15 Jan 2025, so only what you created before then counts; opting out does not undo training that already happened\.$/m,
      ],
    ],
    [
      'DE, no opt-out day',
      ['--region', 'DE'],
      [
        /^Likely used to train LinkedIn's AI: 3 posts, 60 comments, 4 articles, 12 chat messages with LinkedIn AI, /m,
        /^You are in Germany \(EU, EEA and Switzerland\): LinkedIn has trained its AI on members' data there since 3 Nov 2025; you gave no opt-out day \(--opted-out\), so this counts as if you never opted out/m,
      ],
    ],
    [
      'DE, opted out before the start',
      ['--region', 'DE', '--opted-out', '2025-10-01'],
      [/^Likely used to train LinkedIn's AI: nothing\.$/m, /you opted out on 1 Oct 2025, before it started, so nothing of yours is likely in its models\.$/m],
    ],
    [
      'NO, opted out after the start',
      ['--region', 'NO', '--opted-out', '2025-12-01'],
      [/you opted out on 1 Dec 2025, so only what you created before then counts; .*regulators say that content from before a late opt-out may possibly still be used in later training\.$/m],
    ],
    [
      'CA, opted out between the windows',
      ['--region', 'CA', '--opted-out', '2025-01-15'],
      [/^You are in Canada: LinkedIn has trained its AI on members' data there from 1 Aug 2024 to 10 Dec 2024 and since 3 Nov 2025; you opted out on 15 Jan 2025/m],
    ],
  ];
  it.each(cases)('%s', (_, args, patterns) => {
    const out = unwrapped(scanText(args));
    for (const p of patterns) expect(out).toMatch(p);
    // The answer comes first, then the legend, then the table, then what to do.
    const order = ["Likely used to train LinkedIn's AI:", 'Likely: LinkedIn says', 'Category ', 'What you can do now'].map((s) => out.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('the headline counts are the JSON summary counts, in words', () => {
    const report = scanJson(['--region', 'US', '--opted-out', '2025-01-15']);
    const out = unwrapped(scanText(['--region', 'US', '--opted-out', '2025-01-15']));
    const likely = report.summary.categories.filter((c) => c.likely > 0);
    expect(likely.length).toBeGreaterThan(5);
    const line = out.split('\n').find((l) => l.startsWith("Likely used to train LinkedIn's AI:"))!;
    expect(line.match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, '')))).toEqual(likely.map((c) => c.likely));
  });
});

describe('scan: the layout fits the width', () => {
  const members = [['--region', 'US', '--opted-out', '2025-01-15'], ['--region', 'DE'], ['--region', 'GB', '--opted-out', 'unknown'], ['--region', 'HK', '--details']];
  for (const name of SAMPLE_NAMES) {
    for (const width of [80, 60]) {
      it(`${name} at ${width} columns: no line is wider, except a URL or command on its own line`, () => {
        for (const args of members) {
          const r = runCli(['scan', join(SAMPLES, name), ...AS_OF, ...args], { env: { COLUMNS: String(width) } });
          expect(r.status, r.stderr).toBe(0);
          const lines = r.stdout.split('\n');
          for (const line of lines) {
            if (stringWidth(line) <= width) continue;
            // Never cut: an address or a command stands alone on its line.
            expect(line, `${args.join(' ')}: ${line}`).toMatch(/^(https:\/\/\S+|\$ li-exposure .+)$/);
          }
          expect(r.stdout).toMatch(/Category\s+Items\s+Likely\s+Possible\s+Unlikely/);
        }
      });
    }
  }

  it('private categories are folded into one line; the file groups appear only with --details (--verbose)', () => {
    const plain = scanText(['--region', 'US']);
    expect(unwrapped(plain)).toMatch(/^Private, counted only \(add --all-items to list them\): 300 messages, 20 invitations, 150 connections, 15 contacts, 56 account records\.$/m);
    expect(plain).not.toMatch(/^Messages/m);
    expect(plain).not.toMatch(/Saved screening-question answers/);
    for (const flag of ['--details', '--verbose']) {
      const details = scanText(['--region', 'US', flag]);
      expect(details).toMatch(/^ {2}Saved screening-question answers \(2 files\)\s+14$/m);
      expect(details).toMatch(/^Messages \(private\)\s+300\s+0\s+0\s+300$/m);
    }
  });

  it('numbers are written 1,526 in the table', () => {
    expect(scanText(['--region', 'US'])).toMatch(/^Total\s+1,526\s/m);
  });
});

describe('scan: what if I had opted out', () => {
  const whatIf = (out: string): Array<[string, number]> => {
    const block = out.split('Items likely used if you had opted out on:\n')[1]!.split('\n\n')[0]!;
    return block.split('\n').map((l) => {
      const m = /^ {2}(\d{1,2} \w{3} \d{4})(?: \(today\))?\s+([\d,]+)$/.exec(l)!;
      return [m[1]!, Number(m[2]!.replace(/,/g, ''))];
    });
  };
  const dayOf = (words: string): string => new Date(`${words} 12:00 UTC`).toISOString().slice(0, 10);

  for (const [region, args] of [['US', []], ['DE', []], ['CA', ['--opted-out', 'unknown']]] as const) {
    it(`${region}${args.length ? ' --opted-out unknown' : ''}: each count equals a scan with that opt-out day`, () => {
      const rows = whatIf(scanText(['--region', region, ...args]));
      const starts = [...new Set(policy.windows.filter((w) => w.region === (region === 'US' ? 'OTHER' : region === 'DE' ? 'EU' : region)).map((w) => w.start))].sort();
      expect(rows.map(([d]) => dayOf(d))).toEqual([...starts, '2026-11-23']);
      for (const [day, likely] of rows) {
        expect(scanJson(['--region', region, '--opted-out', dayOf(day)]).summary.totals.likely, day).toBe(likely);
      }
      // Some day changes the answer: the what-if is not a constant.
      expect(new Set(rows.map(([, n]) => n)).size).toBeGreaterThan(1);
    });
  }

  it('no what-if when the opt-out day is given', () => {
    expect(scanText(['--region', 'US', '--opted-out', '2025-01-15'])).not.toContain('if you had opted out on');
  });

  it('warns on an opt-out day before the setting existed or in the future', () => {
    const early = runCli(['scan', S2026, ...AS_OF, '--region', 'US', '--opted-out', '2023-05-01']);
    expect(early.status).toBe(0);
    expect(early.stderr).toMatch(/^li-exposure: warning: --opted-out 2023-05-01 is before the setting existed/m);
    const late = runCli(['scan', S2026, ...AS_OF, '--region', 'US', '--opted-out', '2027-01-01']);
    expect(late.stderr).toMatch(/^li-exposure: warning: --opted-out 2027-01-01 is after the --as-of day \(2026-11-23\)/m);
    expect(runCli(['scan', S2026, ...AS_OF, '--region', 'US', '--opted-out', '2025-01-15']).stderr).not.toContain('warning: --opted-out');
  });
});

describe('scan: what you can do now, tailored', () => {
  const ids = (args: string[]) => scanJson(args).actions.map((a) => a.id);

  it('per region and opt-out state, the same actions in the text and the JSON', () => {
    expect(ids(['--region', 'US'])).toEqual(['turn-off', 'not-retroactive', 'california', 'object-other-ai', 'research', 'ads-microsoft', 'delete']);
    expect(ids(['--region', 'US', '--opted-out', '2025-01-15'])).toEqual(['still-off', 'not-retroactive', 'california', 'object-other-ai', 'research', 'ads-microsoft', 'delete']);
    expect(ids(['--region', 'IN'])).toContain('other-controls');
    expect(ids(['--region', 'IN'])).not.toContain('california');
    expect(ids(['--region', 'DE'])).toEqual(['turn-off', 'not-retroactive', 'rights-eu-uk', 'complain-eu', 'object-other-ai', 'research', 'delete']);
    expect(ids(['--region', 'GB', '--opted-out', 'unknown'])).toEqual(['still-off', 'not-retroactive', 'rights-eu-uk', 'complain-uk', 'object-other-ai', 'research', 'uk-microsoft', 'delete']);
    expect(ids(['--region', 'CA'])).toContain('complain-ca');
    expect(ids(['--region', 'HK'])).toContain('complain-hk');
    // Microsoft ad sharing only outside the EU, EEA, Switzerland and the UK.
    expect(ids(['--region', 'DE'])).not.toContain('ads-microsoft');

    const json = scanJson(['--region', 'DE']);
    const text = unwrapped(scanText(['--region', 'DE']));
    for (const a of json.actions) {
      expect(text).toContain(`- ${a.text}`);
      if (a.url) expect(text).toContain(a.url);
    }
  });

  it('every action link of every region is an allow-listed original', () => {
    const urls = new Set<string>();
    for (const region of ['US', 'IN', 'DE', 'GB', 'CA', 'HK', 'CN']) {
      for (const optedOut of [[], ['--opted-out', '2025-01-15']]) {
        for (const a of scanJson(['--region', region, ...optedOut]).actions) if (a.url) urls.add(a.url);
        for (const m of scanText(['--region', region, ...optedOut]).matchAll(/https?:\/\/\S+/g)) urls.add(m[0]);
      }
    }
    expect(urls.size).toBeGreaterThan(8);
    for (const u of urls) expect(allowed(u), u).toBe(true);
    for (const u of ['https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO', 'https://www.linkedin.com/help/linkedin/ask/TSO-DPO', 'https://cppa.ca.gov/webapplications/complaint']) expect(urls).toContain(u);
  });

  it('the delete advice gives the count and the command that lists those posts, and the command works', () => {
    const json = scanJson(['--region', 'US', '--opted-out', '2025-01-15']);
    const del = json.actions.find((a) => a.id === 'delete')!;
    expect(del.text).toContain('28 posts of yours are likely in past training.');
    expect(del.command).toBe(`li-exposure list ${S2026} --region US --opted-out 2025-01-15 --as-of 2026-11-23 --exposure likely --category posts`);
    const listed = runCli(del.command!.split(' ').slice(1));
    expect(listed.stdout.trim().split('\n')).toHaveLength(28);
    expect(scanText(['--region', 'US', '--opted-out', '2025-01-15'])).toContain(`$ ${del.command}`);
  });
});
