// The scan summary's parts as pure functions: tailored actions, the why line, wrapping, and the
// table at 60 to 120 columns.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import type { ExposureContext, Report } from '../../../src/model/report.js';
import { tailoredActions, listPostsCommand } from '../../../src/render/actions.js';
import { formatCount } from '../../../src/render/number.js';
import { PLAIN_STYLE } from '../../../src/render/style.js';
import { renderScanText } from '../../../src/render/text.js';
import { whyLine } from '../../../src/render/why.js';
import { urlLine, wrapHanging } from '../../../src/render/wrap.js';
import { makeReport } from '../../helpers/make-report.js';

const policy = loadBundledPolicy();
const context = (c: Partial<ExposureContext>): ExposureContext => ({
  region: 'EU',
  regionName: 'Germany (EU, EEA and Switzerland)',
  country: 'DE',
  regionSource: '--region DE',
  optedOut: null,
  asOf: '2026-11-23',
  policyVersion: policy.version,
  birthYear: null,
  ...c,
});
const report = (c: Partial<ExposureContext>, counts = { posts: 40, comments: 30, reactions: 20 }): Report => makeReport({ counts, countedOnly: { messages: 1234 }, context: context(c) });

describe('tailoredActions', () => {
  const ids = (c: Partial<ExposureContext>, unknown = false) => tailoredActions(report(c), policy, { optOutUnknown: unknown }).map((a) => a.id);

  it('turn it off when not opted out; check it is still off when opted out or unsure', () => {
    expect(ids({})).toContain('turn-off');
    expect(ids({})).not.toContain('still-off');
    expect(ids({ optedOut: '2025-10-01' })).toEqual(expect.arrayContaining(['still-off', 'not-retroactive']));
    expect(ids({ optedOut: '2025-10-01' })).not.toContain('turn-off');
    expect(ids({}, true)).toContain('still-off');
  });

  it('rights and regulators per region; California only for the United States', () => {
    expect(ids({})).toEqual(expect.arrayContaining(['rights-eu-uk', 'complain-eu']));
    expect(ids({ region: 'UK', country: 'GB' })).toEqual(expect.arrayContaining(['rights-eu-uk', 'complain-uk', 'uk-microsoft']));
    expect(ids({ region: 'CA', country: 'CA' })).toContain('complain-ca');
    expect(ids({ region: 'HK', country: 'HK' })).toContain('complain-hk');
    expect(ids({ region: 'OTHER', country: 'US' })).toContain('california');
    expect(ids({ region: 'OTHER', country: 'US' })).not.toContain('other-controls');
    expect(ids({ region: 'OTHER', country: 'BR' })).toEqual(expect.arrayContaining(['other-controls', 'ads-microsoft']));
    expect(ids({ region: 'OTHER', country: 'BR' })).not.toContain('california');
    for (const region of ['EU', 'UK']) expect(ids({ region })).not.toContain('ads-microsoft');
  });

  it('every action of the policy has sources that resolve and a link on an allowed host', () => {
    for (const a of policy.actions) {
      for (const s of a.sources) expect(policy.sources.some((x) => x.id === s), `${a.id}: ${s}`).toBe(true);
      if (a.url) expect(policy.allowedHosts.some((h) => new URL(a.url!).hostname === h || new URL(a.url!).hostname.endsWith(`.${h}`)), a.url).toBe(true);
    }
  });

  it('the delete action counts the likely posts and carries the command that lists them', () => {
    const r = report({ region: 'OTHER', country: 'US', regionName: 'United States (other regions)' });
    const likely = r.summary.categories.find((c) => c.id === 'posts')!.likely;
    expect(likely).toBeGreaterThan(1);
    const command = listPostsCommand(["my export's.zip"], { region: 'US' });
    expect(command).toBe(`li-exposure list 'my export'\\''s.zip' --region US --exposure likely --category posts`);
    const del = tailoredActions(r, policy, { listCommand: command }).find((a) => a.id === 'delete')!;
    expect(del.text).toContain(`${formatCount(likely)} posts of yours are likely in past training.`);
    expect(del.command).toBe(command);
  });
});

describe('whyLine', () => {
  it('names the region, when LinkedIn trained there, and what the opt-out day changes', () => {
    expect(whyLine(report({ optedOut: '2025-10-01' }), policy)).toBe(
      "You are in Germany (EU, EEA and Switzerland): LinkedIn has trained its AI on members' data there since 3 Nov 2025; you opted out on 1 Oct 2025, before it started, so nothing of yours is likely in its models.",
    );
    expect(whyLine(report({ region: 'UK', regionName: 'United Kingdom', country: 'GB' }), policy)).toMatch(/there possibly from 1 Aug 2024 to 20 Sep 2024 and since 3 Nov 2025; you gave no opt-out day/);
    expect(whyLine(report({ region: 'CN', regionName: 'China (Mainland China)', country: 'CN' }), policy)).toMatch(/possibly from 1 Aug 2024 to 22 Jan 2025, not since;/);
    expect(whyLine(report({}), policy, { optOutUnknown: true })).toMatch(/you do not know when you opted out, so this counts as if you never did/);
  });
});

describe('wrapping and the table', () => {
  it('wraps at word boundaries with a hanging indent, by display width', () => {
    const lines = wrapHanging('在奥斯陆的数据隐私研讨会上 shared our experience with the data privacy community today', 30, '- ', '  ');
    expect(lines[0]!.startsWith('- ')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith('  ')).toBe(true);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(30);
    expect(urlLine('https://example.com/a', 30, '  ')).toBe('  https://example.com/a');
    expect(urlLine(`https://example.com/${'a'.repeat(40)}`, 30, '  ')).toBe(`https://example.com/${'a'.repeat(40)}`);
  });

  it.each([60, 61, 72, 80, 100, 120])('no line wider than %i columns, whatever the counts', (width) => {
    const r = report({ region: 'OTHER', country: 'US', regionName: 'United States (other regions)', optedOut: '2025-01-15' }, { posts: 45307, comments: 12, reactions: 1 });
    const text = renderScanText(r, { style: PLAIN_STYLE, width, why: whyLine(r, policy), actions: tailoredActions(r, policy) });
    for (const line of text.split('\n')) if (!/^https:\/\/\S+$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    expect(text).toMatch(/^Posts\s+45,307\s/m);
    expect(text.replace(/\n {2}(?=\S)/g, ' ')).toMatch(/^Private, counted only.*: 1,234 messages\.$/m);
  });
});
