import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/model/categories.js';
import { type CategoryId } from '../../../src/model/report.js';
import { createClassifier } from '../../../src/exposure/classify.js';
import { endOfDayUtc, resolveDates, startOfDayUtc } from '../../../src/exposure/option-dates.js';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { STATUSES, validatePolicy, type Policy, type RegionId } from '../../../src/exposure/policy-schema.js';
import { parseRegionOption } from '../../../src/exposure/region.js';

const policy = loadBundledPolicy();

function classifier(region: string, optedOut: string | null, asOf = '2026-11-22', p: Policy = policy) {
  const d = resolveDates({ optedOut, asOf });
  return createClassifier(p, { region: parseRegionOption(region, p), optedOut: d.optedOut, asOf: d.asOf });
}

const ISO = (day: string, time = '12:00:00') => `${day}T${time}Z`;

describe('the five required cases (posts and comments)', () => {
  const both: CategoryId[] = ['posts', 'comments'];

  it.each(both)('US, opted out 2025-01-15: %s before -> likely, after -> unlikely', (cat) => {
    const c = classifier('US', '2025-01-15');
    for (const d of ['2019-05-01', '2024-03-02', '2024-08-20', '2024-12-31', '2025-01-14']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('likely');
    }
    for (const d of ['2025-01-15', '2025-01-16', '2025-06-01', '2026-01-01']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('unlikely');
    }
    const before = c.classify(cat, ISO('2024-03-02')).reasons[0]!;
    expect(before.text).toContain('before you opted out on 2025-01-15');
    const after = c.classify(cat, ISO('2025-03-01')).reasons[0]!;
    expect(after.text).toContain('after you opted out on 2025-01-15');
  });

  it.each(both)('DE, opted out 2025-10-01: every %s unlikely (EU training began 2025-11-03)', (cat) => {
    const c = classifier('DE', '2025-10-01');
    for (const d of ['2010-01-01', '2024-03-02', '2024-09-01', '2025-09-30', '2025-10-01', '2025-12-01']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('unlikely');
    }
    expect(c.classify(cat, null).exposure).toBe('unlikely');
    const texts = c.classify(cat, ISO('2024-03-02')).reasons.map((r) => r.text).join(' | ');
    expect(texts).toContain('2025-11-03');
    expect(texts).toContain('You opted out on 2025-10-01');
  });

  it.each(both)('FR, never opted out, as of 2026-11-01: every %s created before the as-of is likely', (cat) => {
    const c = classifier('FR', null, '2026-11-01');
    for (const d of ['2012-01-01', '2024-03-02', '2025-11-02', '2025-11-03', '2026-06-01']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('likely');
    }
    // --as-of is inclusive of its whole day (UTC) ...
    expect(c.classify(cat, '2026-11-01T23:59:59Z').exposure).toBe('likely');
    // ... and nothing after it counts.
    expect(c.classify(cat, '2026-11-02T00:00:00Z').exposure).toBe('unlikely');
  });

  it.each(both)('GB, opted out 2024-09-10: %s before -> possible, after -> unlikely', (cat) => {
    const c = classifier('GB', '2024-09-10');
    for (const d of ['2015-01-01', '2024-07-31', '2024-08-15', '2024-09-09']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('possible');
    }
    for (const d of ['2024-09-10', '2024-09-15', '2025-11-05', '2026-02-01']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('unlikely');
    }
  });

  it.each(both)('CA, opted out 2025-06-01: %s before 2024-12-10 -> likely, later -> unlikely', (cat) => {
    const c = classifier('CA', '2025-06-01');
    for (const d of ['2020-01-01', '2024-08-01', '2024-11-30', '2024-12-09']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('likely');
    }
    for (const d of ['2024-12-10', '2024-12-11', '2025-03-01', '2025-05-31', '2025-07-01']) {
      expect(c.classify(cat, ISO(d)).exposure, d).toBe('unlikely');
    }
    const later = c.classify(cat, ISO('2025-03-01')).reasons.map((r) => r.text).join(' | ');
    expect(later).toContain('paused');
  });
});

describe('the rule at its boundaries', () => {
  it('an item created exactly at a window start is in that window', () => {
    const c = classifier('US', '2024-08-02');
    expect(c.classify('posts', '2024-08-01T00:00:00Z').exposure).toBe('likely');
    expect(c.classify('posts', '2024-08-01T23:59:59Z').exposure).toBe('likely');
    expect(c.classify('posts', '2024-08-02T00:00:00Z').exposure).toBe('unlikely');
  });

  it('an item created exactly at a window end is not in it (end is exclusive)', () => {
    // Canada: window ends 2024-12-10, then a pause; as of 2025-06-01 the 2025 window has not started.
    const c = classifier('CA', null, '2025-06-01');
    expect(c.classify('posts', '2024-12-09T23:59:59.999Z').exposure).toBe('likely');
    expect(c.classify('posts', '2024-12-10T00:00:00Z').exposure).toBe('unlikely');
  });

  it('an item created exactly at the opt-out instant is not exposed', () => {
    const c = classifier('US', '2025-01-15');
    expect(c.classify('posts', '2025-01-14T23:59:59.999Z').exposure).toBe('likely');
    expect(c.classify('posts', '2025-01-15T00:00:00Z').exposure).toBe('unlikely');
  });

  it('opting out exactly at a window start leaves that window empty', () => {
    const c = classifier('DE', '2025-11-03');
    expect(c.classify('posts', ISO('2024-01-01')).exposure).toBe('unlikely');
    const c2 = classifier('DE', '2025-11-04');
    expect(c2.classify('posts', ISO('2024-01-01')).exposure).toBe('likely');
  });

  it('an as-of date before a window means the window does not count; the as-of day itself does', () => {
    expect(classifier('DE', null, '2025-11-02').classify('posts', ISO('2024-01-01')).exposure).toBe('unlikely');
    expect(classifier('DE', null, '2025-11-03').classify('posts', ISO('2024-01-01')).exposure).toBe('likely');
    expect(classifier('US', null, '2024-07-31').classify('posts', ISO('2024-01-01')).exposure).toBe('unlikely');
    const r = classifier('US', null, '2024-07-31').classify('posts', ISO('2024-01-01')).reasons[0]!;
    expect(r.text).toContain('2024-07-31');
  });

  it('items without a date count as existing before every window', () => {
    expect(classifier('US', '2025-01-15').classify('skills', null).exposure).toBe('likely');
    expect(classifier('GB', '2024-09-10').classify('skills', null).exposure).toBe('possible');
    expect(classifier('DE', '2025-10-01').classify('skills', null).exposure).toBe('unlikely');
    expect(classifier('US', '2024-07-01').classify('skills', null).exposure).toBe('unlikely');
    const r = classifier('US', '2025-01-15').classify('positions', null).reasons[0]!;
    expect(r.text).toMatch(/^Profile data present before training began/);
    const post = classifier('US', '2025-01-15').classify('posts', null).reasons[0]!;
    expect(post.text).toMatch(/^No date in your export/);
  });

  it('an unparseable date is treated like a missing one', () => {
    const c = classifier('US', '2025-01-15');
    expect(c.classify('posts', 'not a date')).toBe(c.classify('posts', null));
  });

  it('items created before training began are in the first window', () => {
    const c = classifier('HK', '2024-09-01');
    expect(c.classify('posts', ISO('2012-03-04')).exposure).toBe('likely');
    expect(c.classify('posts', ISO('2024-09-02')).exposure).toBe('unlikely');
  });
});

describe('levels: the weaker of window and category status', () => {
  it('the verdict is the highest level over windows', () => {
    // Poll votes: uncertain under the 2024 wording, used from 2025-09-17 (OTHER region).
    expect(classifier('US', '2025-09-01').classify('poll-votes', ISO('2024-05-01')).exposure).toBe('possible');
    expect(classifier('US', '2025-10-01').classify('poll-votes', ISO('2024-05-01')).exposure).toBe('likely');
    expect(classifier('US', '2025-09-01').classify('resumes', ISO('2024-05-01')).exposure).toBe('possible');
    expect(classifier('US', '2025-09-01').classify('job-answers', ISO('2024-05-01')).exposure).toBe('possible');
    expect(classifier('US', null).classify('job-answers', ISO('2024-05-01')).exposure).toBe('likely');
    // Résumés: the export cannot tell one saved for ongoing use from one sent with an application.
    expect(classifier('US', null).classify('resumes', ISO('2024-05-01')).exposure).toBe('possible');
  });
});

describe('category statuses', () => {
  const regions: RegionId[] = ['EU', 'UK', 'CA', 'HK', 'OTHER'];
  const excluded: CategoryId[] = ['messages', 'connections', 'invitations', 'contacts', 'account', 'job-applications'];

  it.each(excluded)('%s is unlikely in every region, with the exclusion as the reason', (cat) => {
    for (const region of regions) {
      const c = classifier(region, null, '2026-11-22');
      for (const d of [null, ISO('2020-01-01'), ISO('2025-12-01')]) {
        const res = c.classify(cat, d);
        expect(res.exposure, `${region} ${d}`).toBe('unlikely');
        expect(res.reasons.length).toBeGreaterThan(0);
        const cited = res.reasons.flatMap((r) => r.sources);
        expect(cited.some((s) => ['H3', 'H9', 'P7'].includes(s))).toBe(true);
      }
    }
    if (cat === 'messages') {
      const r = classifier('US', null).classify('messages', ISO('2024-05-01')).reasons;
      expect(r).toHaveLength(1);
      expect(r[0]!.text).toContain('private messages');
      expect(r[0]!.sources).toEqual(expect.arrayContaining(['H3', 'H9', 'P7']));
    }
  });

  it('reactions and reposts are at most possible', () => {
    for (const region of regions) {
      const c = classifier(region, null);
      expect(['possible', 'unlikely']).toContain(c.classify('reactions', ISO('2024-01-01')).exposure);
      expect(['possible', 'unlikely']).toContain(c.classify('reposts', ISO('2024-01-01')).exposure);
    }
    expect(classifier('US', null).classify('reactions', ISO('2024-01-01')).exposure).toBe('possible');
  });

  it('every reason cites sources from the register', () => {
    const ids = new Set(policy.sources.map((s) => s.id));
    for (const region of regions) {
      for (const opt of [null, '2024-09-01', '2025-01-15', '2025-12-01']) {
        const c = classifier(region, opt);
        for (const cat of CATEGORY_IDS) {
          for (const d of [null, ISO('2022-01-01'), ISO('2024-10-01'), ISO('2025-10-01'), ISO('2026-01-05')]) {
            const res = c.classify(cat, d);
            expect(res.reasons.length, `${region} ${opt} ${cat} ${d}`).toBeGreaterThan(0);
            for (const r of res.reasons) {
              expect(r.text.trim().length).toBeGreaterThan(10);
              for (const s of r.sources) expect(ids.has(s), s).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe('speed and sharing', () => {
  it('returns the same frozen result for items in the same relation to the windows', () => {
    const c = classifier('US', '2025-01-15');
    const a = c.classify('posts', ISO('2023-01-01'));
    const b = c.classify('posts', ISO('2024-02-01'));
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.reasons)).toBe(true);
    expect(c.classify('posts', ISO('2025-02-01'))).not.toBe(a);
    // Reason objects are shared across categories when the text is the same.
    const m1 = c.classify('messages', ISO('2023-01-01')).reasons[0];
    const m2 = c.classify('messages', null).reasons[0];
    expect(m2).toBe(m1);
  });

  it('classifies 500,000 records quickly', () => {
    const c = classifier('OTHER', '2025-06-01');
    const dates: string[] = [];
    for (let i = 0; i < 2000; i++) dates.push(new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString());
    const t0 = performance.now();
    let likely = 0;
    for (let i = 0; i < 500_000; i++) {
      if (c.classify(CATEGORY_IDS[i % CATEGORY_IDS.length]!, i % 7 === 0 ? null : dates[i % dates.length]!).exposure === 'likely') likely++;
    }
    const ms = performance.now() - t0;
    expect(likely).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  });

  it('rejects an unknown category or region', () => {
    const c = classifier('US', null);
    expect(() => c.classify('nope' as CategoryId, null)).toThrow(/unknown category/);
    expect(() => createClassifier(policy, { region: 'XX' as RegionId, optedOut: null, asOf: new Date() })).toThrow(/unknown region/);
  });
});

describe('dates', () => {
  it('--opted-out is the start of the day, --as-of the end of the day (UTC)', () => {
    const d = resolveDates({ optedOut: '2025-01-15', asOf: '2026-11-01' });
    expect(d.optedOut?.toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(d.asOf.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(d.optedOutDay).toBe('2025-01-15');
    expect(d.asOfDay).toBe('2026-11-01');
    expect(startOfDayUtc('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(endOfDayUtc('2024-12-31').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('defaults: never opted out, as of today (UTC)', () => {
    const d = resolveDates({ now: new Date('2026-11-23T22:30:00Z') });
    expect(d.optedOut).toBeNull();
    expect(d.asOfDay).toBe('2026-11-23');
    expect(d.asOf.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it.each(['2025-02-30', '2025-1-15', '15/01/2025', 'yesterday', ''])('rejects %j with a usage error', (v) => {
    expect(() => resolveDates({ optedOut: v })).toThrow(expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('--opted-out') }));
    expect(() => resolveDates({ asOf: v })).toThrow(/--as-of: expected a date as YYYY-MM-DD/);
  });
});
