// Rules of policy schema 2 on a small synthetic policy: caps keyed on item qualifiers, minors,
// opt-out caveats, allow-listed sources, and schema-1 files still loading.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/model/categories.js';
import { createClassifier } from '../../../src/exposure/classify.js';
import { resolveDates } from '../../../src/exposure/option-dates.js';
import { validatePolicy, type Policy } from '../../../src/exposure/policy-schema.js';
import { qualifiersOf } from '../../../src/exposure/qualifiers.js';
import { adultFrom, birthYearOf } from '../../../src/exposure/profile-facts.js';

const rule = (status: string, note = `${status} rule`) => ({ status, note, sources: ['S1'] });

/** Two windows for OTHER: 2024 (used) and from 2025-09-17 (used); EU from 2025-11-03. */
function synthetic(extra: (p: any) => void = () => {}): Policy {
  const rules = Object.fromEntries(CATEGORY_IDS.map((c) => [c, rule('used')]));
  const rules25 = Object.fromEntries(CATEGORY_IDS.map((c) => [c, rule('used')]));
  (rules25 as any).posts = {
    ...rule('used', 'posts used'),
    caps: [{ when: { visibility: { notIn: ['PUBLIC'] } }, status: 'uncertain', note: 'not public: at most possible', sources: ['S2'] }],
  };
  (rules25 as any).articles = { ...rule('used'), caps: [{ when: { draft: true }, status: 'uncertain', note: 'a draft', sources: ['S2'] }] };
  (rules25 as any).profile = {
    ...rule('used'),
    caps: [{ when: { field: { in: ['Birth Date', 'Websites'] } }, status: 'not_used', note: 'not in the list', sources: ['S2'] }],
  };
  const raw: any = {
    schemaVersion: 2,
    id: 'synthetic',
    version: 't1',
    title: 'Synthetic test policy',
    updated: '2026-12-01',
    regions: [
      { id: 'EU', name: 'EU', countries: ['DE'] },
      { id: 'UK', name: 'UK', countries: ['GB'] },
      { id: 'CA', name: 'Canada', countries: ['CA'] },
      { id: 'HK', name: 'Hong Kong', countries: ['HK'] },
      { id: 'CN', name: 'Mainland China', countries: ['CN'] },
      { id: 'OTHER', name: 'Other', countries: [] },
    ],
    windows: [
      { id: 'O24', region: 'OTHER', start: '2024-08-01', end: '2025-09-17', status: 'used', summary: 'old', sources: ['S1'], categories: 'old' },
      { id: 'O25', region: 'OTHER', start: '2025-09-17', end: null, status: 'used', summary: 'new', sources: ['S1'], categories: 'new' },
      { id: 'E25', region: 'EU', start: '2025-11-03', end: null, status: 'used', summary: 'eu', sources: ['S1'], categories: 'new' },
    ],
    categorySets: { old: { title: 'old', rules }, new: { title: 'new', rules: rules25 } },
    sources: [
      { id: 'S1', title: 'Synthetic source one', publisher: 'Example', url: 'https://docs.example.org/one', date: '2025' },
      { id: 'S2', title: 'Synthetic source two', publisher: 'Example', url: 'https://www.example.org/two', date: '2025-09', retrievedVia: ['https://mirror.invalid/two'] },
    ],
    allowedHosts: ['example.org'],
    limits: [{ id: 'l', text: 'a limit', sources: [] }],
    optOut: {
      settingName: 's',
      toggleLabel: 't',
      settingPath: 'p',
      settingUrl: 'https://www.example.org/settings',
      objectionFormUrl: 'https://www.example.org/form',
      effect: 'e',
      sources: ['S1'],
      caveats: [{ id: 'later', regions: ['EU'], optedOutFrom: '2025-11-04', text: 'may still be used later', sources: ['S2'] }],
    },
    actions: [],
    minors: {
      age: 18,
      excludedFrom: '2025-09-17',
      statusBefore: 'uncertain',
      createdAsMinor: 'uncertain',
      note: 'under 18 then',
      createdAsMinorNote: 'made as a minor',
      sources: ['S2'],
    },
  };
  extra(raw);
  return validatePolicy(raw);
}

function classifier(p: Policy, region: 'OTHER' | 'EU', optedOut: string | null, asOf = '2026-11-30', born?: string) {
  const d = resolveDates({ optedOut, asOf });
  return createClassifier(p, { region, optedOut: d.optedOut, asOf: d.asOf, adultFrom: born ? adultFrom(born, 18) : null });
}

const post = (visibility: string | undefined) => qualifiersOf({ category: 'posts', title: null, details: visibility ? { Visibility: visibility } : undefined });

describe('caps: "at most" rules keyed on an item qualifier', () => {
  const p = synthetic();

  it('a non-public post is at most possible in windows whose rule caps it, unchanged in the others', () => {
    // Opted out before the 2025 window: only the 2024 rule (no cap) applies.
    expect(classifier(p, 'OTHER', '2025-01-01').classify('posts', '2024-09-01T00:00:00Z', post('MEMBER_NETWORK')).exposure).toBe('likely');
    // Created after the 2024 window closed: only the capped 2025 window.
    const late = classifier(p, 'OTHER', null).classify('posts', '2025-10-01T00:00:00Z', post('MEMBER_NETWORK'));
    expect(late.exposure).toBe('possible');
    expect(late.reasons[0]!.text).toContain('not public: at most possible');
    expect(late.reasons[0]!.sources).toEqual(['S1', 'S2']);
    // Public posts, and posts whose visibility the export does not give, keep the window's rule.
    expect(classifier(p, 'OTHER', null).classify('posts', '2025-10-01T00:00:00Z', post('PUBLIC')).exposure).toBe('likely');
    expect(classifier(p, 'OTHER', null).classify('posts', '2025-10-01T00:00:00Z', post(undefined)).exposure).toBe('likely');
    // 2018 spelling "Connections" is not public either.
    expect(classifier(p, 'OTHER', null).classify('posts', '2025-10-01T00:00:00Z', post('Connections')).exposure).toBe('possible');
    // Never more than the best window: a 2024 post of someone who never opted out stays likely (2024 rule).
    expect(classifier(p, 'OTHER', null).classify('posts', '2024-09-01T00:00:00Z', post('MEMBER_NETWORK')).exposure).toBe('likely');
  });

  it('a draft article is at most possible; a published one is not capped', () => {
    const c = classifier(p, 'EU', null);
    const draft = qualifiersOf({ category: 'articles', title: 'x', details: { Published: 'not published (draft)' } });
    const published = qualifiersOf({ category: 'articles', title: 'x', details: { Published: '2025-01-01T00:00:00Z' } });
    expect(c.classify('articles', '2025-01-01T00:00:00Z', draft).exposure).toBe('possible');
    expect(c.classify('articles', '2025-01-01T00:00:00Z', published).exposure).toBe('likely');
  });

  it('a profile field outside the list is excluded where the cap says not_used, with the cap as the reason', () => {
    const c = classifier(p, 'EU', null);
    const birth = qualifiersOf({ category: 'profile', title: 'Birth Date' });
    const headline = qualifiersOf({ category: 'profile', title: 'Headline' });
    const r = c.classify('profile', null, birth);
    expect(r.exposure).toBe('unlikely');
    expect(r.reasons.map((x) => x.text).join(' ')).toContain('not in the list');
    expect(c.classify('profile', null, headline).exposure).toBe('likely');
    // The same qualifier on another category means nothing.
    expect(c.classify('skills', null, qualifiersOf({ category: 'skills', title: 'Birth Date' })).exposure).toBe('likely');
  });

  it('validates caps: unknown qualifiers, empty tests and schema-1 files are refused with the field named', () => {
    expect(() => synthetic((raw) => (raw.categorySets.new.rules.posts.caps[0].when = { colour: { in: ['x'] } }))).toThrow(
      /^policy\.categorySets\.new\.rules\.posts\.caps\[0\]\.when\.colour: unknown field/,
    );
    expect(() => synthetic((raw) => (raw.categorySets.new.rules.posts.caps[0].when = { visibility: {} }))).toThrow(/when\.visibility: expected "in" or "notIn"/);
    expect(() => synthetic((raw) => (raw.categorySets.new.rules.posts.caps[0].when = {}))).toThrow(/when: expected at least one of visibility, draft, field/);
  });
});

describe('minors (birth year known)', () => {
  const p = synthetic();

  it('parses birth dates with a year, and gives none without one', () => {
    expect(birthYearOf('Jan 1, 2000')).toEqual({ year: 2000, month: 1, day: 1 });
    expect(birthYearOf('2008-02-29')).toEqual({ year: 2008, month: 2, day: 29 });
    expect(birthYearOf('1999')).toEqual({ year: 1999, month: null, day: null });
    expect(birthYearOf('Jan 1')).toBeNull();
    expect(birthYearOf('0001-01-01')).toBeNull();
    expect(adultFrom('Mar 5, 2008', 18)!.toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(adultFrom('2008-02-29', 18)!.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(adultFrom('2008', 18)!.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('nothing is used while under 18 from excludedFrom on; what was made as a minor is at most possible later', () => {
    // Turns 18 on 2026-03-05, never opted out.
    const c = classifier(p, 'OTHER', null, '2026-11-30', 'Mar 5, 2008');
    // Created in 2024 as a minor: 2024 window part before excludedFrom is "uncertain", later parts
    // before the birthday are excluded, after it the item is capped as made by a minor.
    const minorPost = c.classify('posts', '2024-09-01T00:00:00Z', post('PUBLIC'));
    expect(minorPost.exposure).toBe('possible');
    expect(minorPost.reasons[0]!.text).toMatch(/under 18 then|made as a minor/);
    // Created after turning 18: the ordinary rule.
    expect(c.classify('posts', '2026-04-01T00:00:00Z', post('PUBLIC')).exposure).toBe('likely');
    // Opted out before turning 18, everything created after excludedFrom: nothing used.
    const early = classifier(p, 'OTHER', '2026-01-01', '2026-11-30', 'Mar 5, 2008');
    const r = early.classify('posts', '2025-10-01T00:00:00Z', post('PUBLIC'));
    expect(r.exposure).toBe('unlikely');
    expect(r.reasons.map((x) => x.text).join(' ')).toContain('under 18 then');
    // Undated profile data is not known to be a minor's: within the adult part it is used.
    expect(c.classify('skills', null).exposure).toBe('likely');
  });

  it('without a birth year nothing changes', () => {
    const a = classifier(p, 'OTHER', null);
    const b = classifier(p, 'OTHER', null, '2026-11-30', 'Mar 5');
    for (const d of ['2024-09-01T00:00:00Z', '2025-10-01T00:00:00Z', null]) {
      expect(b.classify('posts', d, post('PUBLIC'))).toEqual(a.classify('posts', d, post('PUBLIC')));
    }
  });
});

describe('opt-out caveats', () => {
  const p = synthetic();
  it('an EU member who opted out after the start is told that older items may still be used', () => {
    const r = classifier(p, 'EU', '2025-12-01').classify('comments', '2025-01-01T00:00:00Z');
    expect(r.exposure).toBe('likely');
    expect(r.reasons.map((x) => x.text)).toContain('may still be used later.');
    // Opted out before training began in the region: no caveat (nothing was exposed).
    const before = classifier(p, 'EU', '2025-10-01').classify('comments', '2025-01-01T00:00:00Z');
    expect(before.reasons.map((x) => x.text)).not.toContain('may still be used later.');
    // Other regions never get it.
    const other = classifier(p, 'OTHER', '2025-12-01').classify('comments', '2025-01-01T00:00:00Z');
    expect(other.reasons.map((x) => x.text)).not.toContain('may still be used later.');
  });
});

describe('schema 1 files still load', () => {
  it('upgrades a schema-1 file: ai-conversations possible, copies kept out of the links, no CN needed', () => {
    const p = synthetic();
    const raw: any = JSON.parse(JSON.stringify(p));
    raw.schemaVersion = 1;
    delete raw.allowedHosts;
    delete raw.minors;
    delete raw.optOut.caveats;
    raw.regions = raw.regions.filter((r: any) => r.id !== 'CN');
    for (const set of Object.values(raw.categorySets) as any[]) {
      delete set.rules['ai-conversations'];
      for (const r of Object.values(set.rules) as any[]) delete r.caps;
    }
    raw.sources = raw.sources.map((s: any) => ({ id: s.id, title: s.title, url: s.url, date: s.date, alsoAt: ['https://mirror.invalid/x'] }));
    const v1 = validatePolicy(raw);
    expect(v1.schemaVersion).toBe(2);
    expect(v1.sources[0]!.retrievedVia).toEqual(['https://mirror.invalid/x']);
    expect(v1.sources[0]!.alsoAt).toBeUndefined();
    const rule = v1.categorySets['new']!.rules['ai-conversations'];
    expect(rule.status).toBe('uncertain');
    expect(rule.note).toMatch(/add a rule for "ai-conversations"/);
    const d = resolveDates({ optedOut: null, asOf: '2026-11-30' });
    const c = createClassifier(v1, { region: 'OTHER', optedOut: d.optedOut, asOf: d.asOf });
    expect(c.classify('ai-conversations', '2025-10-01T00:00:00Z').exposure).toBe('possible');
  });

  it('a schema-1 file with schema-2 fields is refused with the field named', () => {
    const raw: any = JSON.parse(JSON.stringify(synthetic()));
    raw.schemaVersion = 1;
    delete raw.minors;
    expect(() => validatePolicy(raw)).toThrow(/allowedHosts and minors need schemaVersion 2/);
  });
});
