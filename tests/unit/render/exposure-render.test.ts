import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { renderPolicyText, wrap } from '../../../src/render/policy.js';
import { timelineInfo } from '../../../src/exposure/timeline.js';

const policy = loadBundledPolicy();

describe('renderPolicyText', () => {
  const text = renderPolicyText(policy);
  const lines = text.split('\n');

  it('shows every region with its windows, statuses and sources', () => {
    for (const r of policy.regions) expect(text).toContain(`\n${r.id}: ${r.name}\n`);
    for (const w of policy.windows) {
      const range = w.end ? `${w.start} to ${w.end}` : `${w.start} onwards`;
      const found = lines.filter((l) => l.startsWith(`  ${range}`) && l.includes(` ${w.status} `));
      expect(found.length, `${w.region} ${range}`).toBeGreaterThan(0);
      expect(text).toContain(`Sources: ${w.sources.join(', ')}`);
    }
  });

  it('prints the timeline, then the source register, then the limits', () => {
    const timeline = text.indexOf('TIMELINE BY REGION');
    const sources = text.indexOf('\nSOURCES\n');
    const limits = text.indexOf('\nLIMITS\n');
    expect(timeline).toBeGreaterThanOrEqual(0);
    expect(sources).toBeGreaterThan(timeline);
    expect(limits).toBeGreaterThan(sources);
    for (const s of policy.sources) {
      expect(lines.some((l) => l.startsWith(`${s.id} `)), s.id).toBe(true);
      expect(text).toContain(`     ${s.url}\n`);
    }
    expect(text.slice(limits)).toContain('No window starts before 2024-08-01');
  });

  it('is plain text within 100 columns (URLs excepted)', () => {
    expect(text).not.toMatch(/\x1b/);
    for (const l of lines) if (!/https?:\/\//.test(l)) expect(l.length, l).toBeLessThanOrEqual(100);
  });

  it('lists the category rule sets with the categories by status', () => {
    expect(text).toContain('CATEGORY RULES');
    expect(text).toMatch(/"faq-2024": /);
    expect(text).toMatch(/\n  not_used +job-applications, messages, invitations, connections, contacts, account\n/);
  });

  it('can show one region only', () => {
    const uk = renderPolicyText(policy, { region: 'UK' });
    expect(uk).toContain('\nUK: United Kingdom\n');
    expect(uk).not.toContain('\nEU: ');
    expect(uk).not.toContain('\nOTHER: ');
    expect(uk).toContain('2024-08-01 to 2024-09-20  uncertain');
    expect(uk).not.toContain('"faq-2025"');
    expect(uk).toContain('\nSOURCES\n');
    expect(uk).toContain('\nLIMITS\n');
  });

  it('prints every rule with details on request', () => {
    const d = renderPolicyText(policy, { region: 'EU', details: true });
    expect(d).toMatch(/- messages: not_used\. LinkedIn says this training does not include your private messages/);
  });
});

describe('timelineInfo', () => {
  it('gives the region windows and opt-out for the TUI', () => {
    const info = timelineInfo(policy, { region: 'CA', regionName: 'Canada', country: null, regionSource: '--region CA', optedOut: '2025-06-01', asOf: '2026-11-22', policyVersion: policy.version, birthYear: null });
    expect(info).toEqual({
      windows: [
        { start: '2024-08-01', end: '2024-12-10', status: 'probable' },
        { start: '2024-12-10', end: '2025-11-03', status: 'not_used' },
        { start: '2025-11-03', end: null, status: 'used' },
      ],
      optedOut: '2025-06-01',
    });
    expect(timelineInfo(policy, null)).toEqual({ windows: [], optedOut: null });
  });
});

describe('wrap', () => {
  it('wraps words with a hanging indent', () => {
    expect(wrap('aaa bbb ccc ddd', 9, '> ', '  ')).toEqual(['> aaa bbb', '  ccc ddd']);
    expect(wrap('averyveryverylongword x', 8, '', '')).toEqual(['averyveryverylongword', 'x']);
  });
});
