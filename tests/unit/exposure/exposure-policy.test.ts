import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/model/categories.js';
import { BUNDLED_POLICY_URL, loadBundledPolicy, loadPolicyFile } from '../../../src/exposure/load-policy.js';
import { PolicyError, REGION_IDS, STATUSES, categoryRule, validatePolicy } from '../../../src/exposure/policy-schema.js';

const rawText = readFileSync(BUNDLED_POLICY_URL, 'utf8');
const raw = (): any => JSON.parse(rawText);
const policy = loadBundledPolicy();

describe('bundled policy', () => {
  it('validates and matches the file', () => {
    expect(validatePolicy(raw())).toEqual(policy);
    expect(policy.version).toMatch(/\S/);
  });

  it('links every source to its original document: allow-listed host, publisher, date; copies only in retrievedVia', () => {
    const ids = policy.sources.map((s) => s.id);
    for (const id of ['L1', 'L6', 'H1', 'H3', 'H8', 'R1', 'R3', 'R7', 'R8', 'P4', 'P9', 'P16']) expect(ids).toContain(id);
    const mirrors = /proxy\.tfdracing|onmedianet|accionvegana|vuink|dhirubhai|4565v3|megalodon|mcdn\.i-scmp|cdn\.mymagic|cy\.ico\.org\.uk|briefly\.co|sipoch|theprojectyl|linxtechnews|aitechnobyte/;
    for (const s of policy.sources) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.url, s.id).not.toMatch(mirrors);
      for (const u of s.alsoAt ?? []) expect(u, s.id).not.toMatch(mirrors);
      const host = new URL(s.url).hostname;
      expect(policy.allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)), `${s.id} ${host}`).toBe(true);
      expect(s.publisher, s.id).toMatch(/\S/);
      expect(s.title.length).toBeGreaterThan(10);
      expect(s.date).toMatch(/^20\d\d/);
      expect(s.retrievedVia ?? [], s.id).not.toContain(s.url);
    }
    const byId = new Map(policy.sources.map((s) => [s.id, s]));
    expect(byId.get('H1')!.url).toBe('https://www.linkedin.com/help/linkedin/answer/a6278444');
    expect(byId.get('H3')!.url).toBe('https://www.linkedin.com/help/linkedin/answer/a5538339');
    expect(byId.get('H3')!.quoted).toBe(true);
    expect(byId.get('R1')!.url).toMatch(/^https:\/\/ico\.org\.uk\//);
    expect(byId.get('P9')!.url).toMatch(/^https:\/\/www\.theregister\.com\//);
    // The copies through which H1 was read stay on record as evidence.
    expect(byId.get('H1')!.retrievedVia?.some((u) => u.includes('proxy.tfdracing.nl'))).toBe(true);
  });

  it('refuses a source whose address is not on the allow-list, naming the field', () => {
    const raw = JSON.parse(readFileSync(BUNDLED_POLICY_URL, 'utf8'));
    raw.sources[3].url = 'https://mirror.example.net/copy';
    expect(() => validatePolicy(raw)).toThrow(/^policy\.sources\[3\]\.url: host of "https:\/\/mirror\.example\.net\/copy" is not in policy\.allowedHosts/);
    const raw2 = JSON.parse(readFileSync(BUNDLED_POLICY_URL, 'utf8'));
    raw2.actions[0].url = 'https://evil.example/settings';
    expect(() => validatePolicy(raw2)).toThrow(/^policy\.actions\[0\]\.url: host/);
  });

  it('gives every category a status with sources in every window', () => {
    const known = new Set(policy.sources.map((s) => s.id));
    expect(policy.windows.length).toBeGreaterThan(0);
    for (const w of policy.windows) {
      expect(STATUSES).toContain(w.status);
      expect(w.sources.length, w.id).toBeGreaterThan(0);
      for (const s of w.sources) expect(known.has(s), `${w.id} ${s}`).toBe(true);
      for (const c of CATEGORY_IDS) {
        const rule = categoryRule(policy, w, c);
        expect(STATUSES, `${w.id} ${c}`).toContain(rule.status);
        expect(rule.sources.length, `${w.id} ${c}`).toBeGreaterThan(0);
        for (const s of rule.sources) expect(known.has(s), `${w.id} ${c} ${s}`).toBe(true);
        expect(rule.note.length).toBeGreaterThan(10);
      }
    }
  });

  it('has no window before 2024-08-01 and says why in its limits', () => {
    for (const w of policy.windows) expect(w.start >= '2024-08-01', w.id).toBe(true);
    const limit = policy.limits.find((l) => l.text.includes('2024-08-01'));
    expect(limit?.text).toMatch(/disclosed nothing/);
  });

  it('covers each region from 2024-08-01 without gaps, ending open', () => {
    for (const r of REGION_IDS) {
      const ws = policy.windows.filter((w) => w.region === r).sort((a, b) => a.start.localeCompare(b.start));
      expect(ws[0]!.start, r).toBe('2024-08-01');
      for (let i = 1; i < ws.length; i++) expect(ws[i]!.start, `${r} ${ws[i]!.id}`).toBe(ws[i - 1]!.end);
      expect(ws[ws.length - 1]!.end, r).toBeNull();
    }
  });

  it('has the documented dates and statuses', () => {
    const table = (r: string) => policy.windows.filter((w) => w.region === r).map((w) => `${w.start}..${w.end ?? 'open'} ${w.status}`);
    expect(table('EU')).toEqual(['2024-08-01..2025-11-03 not_used', '2025-11-03..open used']);
    expect(table('UK')).toEqual(['2024-08-01..2024-09-20 uncertain', '2024-09-20..2025-11-03 not_used', '2025-11-03..open used']);
    expect(table('CA')).toEqual(['2024-08-01..2024-12-10 probable', '2024-12-10..2025-11-03 not_used', '2025-11-03..open used']);
    expect(table('HK')).toEqual(['2024-08-01..2024-10-11 probable', '2024-10-11..2025-11-03 not_used', '2025-11-03..open used']);
    expect(table('OTHER')).toEqual(['2024-08-01..2024-09-18 probable', '2024-09-18..2025-09-17 used', '2025-09-17..open used']);
  });

  it('puts the EU27, the EEA states and Switzerland in region EU', () => {
    const eu = policy.regions.find((r) => r.id === 'EU')!.countries;
    const expected = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(' ');
    expect(eu).toEqual(expect.arrayContaining(expected));
    expect(eu).not.toContain('GB');
  });

  it('has opt-out details: setting URL and objection form', () => {
    expect(policy.optOut.settingUrl).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(policy.optOut.objectionFormUrl).toBe('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    expect(policy.optOut.effect).toMatch(/does not undo/);
  });
});

describe('validatePolicy errors name the field', () => {
  const cases: Array<[string, (p: any) => unknown, string | RegExp]> = [
    ['bad window status', (p) => { p.windows[3].status = 'yes'; }, 'policy.windows[3].status: expected one of used, probable, uncertain, not_used, got "yes"'],
    ['impossible date', (p) => { p.windows[0].start = '2024-02-30'; }, 'policy.windows[0].start: expected a date YYYY-MM-DD, got "2024-02-30"'],
    ['end before start', (p) => { p.windows[0].end = '2024-07-01'; }, /^policy\.windows\[0\]\.end: must be after start/],
    ['unknown source id', (p) => { p.windows[2].sources = ['H1', 'ZZ9']; }, /^policy\.windows\[2\]\.sources\[1\]: unknown source id "ZZ9"/],
    ['empty sources', (p) => { p.windows[1].sources = []; }, 'policy.windows[1].sources: must not be empty'],
    ['missing category', (p) => { delete p.categorySets['faq-2024'].rules['poll-votes']; }, /^policy\.categorySets\["faq-2024"\]\.rules\["poll-votes"\]: missing/],
    ['bad category status', (p) => { p.categorySets['faq-2025'].rules.posts.status = 'maybe'; }, /^policy\.categorySets\["faq-2025"\]\.rules\.posts\.status: expected one of/],
    ['unknown category', (p) => { p.categorySets['faq-2025'].rules.tweets = p.categorySets['faq-2025'].rules.posts; }, /^policy\.categorySets\["faq-2025"\]\.rules\.tweets: unknown category/],
    ['category rule without sources', (p) => { p.categorySets['faq-2025'].rules.comments.sources = []; }, 'policy.categorySets["faq-2025"].rules.comments.sources: must not be empty'],
    ['unknown category set', (p) => { p.windows[1].categories = 'nope'; }, /^policy\.windows\[1\]\.categories: unknown category set "nope"/],
    ['missing region', (p) => { p.regions = p.regions.filter((r: any) => r.id !== 'HK'); }, /^policy\.regions: region HK is missing/],
    ['bad region id', (p) => { p.windows[4].region = 'US'; }, /^policy\.windows\[4\]\.region: expected one of EU, UK, CA, HK, CN, OTHER, got "US"/],
    ['bad country code', (p) => { p.regions[0].countries[0] = 'XX'; }, /^policy\.regions\[0\]\.countries\[0\]: expected an upper-case ISO 3166-1 alpha-2/],
    ['country in two regions', (p) => { p.regions[1].countries.push('DE'); }, /^policy\.regions\[1\]\.countries\[1\]: country DE is already in region EU/],
    ['overlapping windows', (p) => { p.windows[0].end = null; }, /^policy\.windows\[1\]\.start: window "OTHER-2024" \(from 2024-09-18\) overlaps window "OTHER-2024-setting"/],
    ['schema version', (p) => { p.schemaVersion = 3; }, /^policy\.schemaVersion: expected 1 or 2, got 3/],
    ['bad source URL', (p) => { p.sources[0].url = 'not a url'; }, 'policy.sources[0].url: expected an http(s) URL, got "not a url"'],
    ['duplicate source id', (p) => { p.sources[1].id = p.sources[0].id; }, /^policy\.sources\[1\]\.id: duplicate source id "L1"/],
    ['typo in a field name', (p) => { p.windows[0].satus = 'used'; }, /^policy\.windows\[0\]\.satus: unknown field/],
    ['missing limits', (p) => { delete p.limits; }, 'policy.limits: expected an array, got nothing'],
    ['bad objection form URL', (p) => { p.optOut.objectionFormUrl = 'ftp://x'; }, /^policy\.optOut\.objectionFormUrl: expected an http\(s\) URL/],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    const p = raw();
    mutate(p);
    let error: unknown;
    try {
      validatePolicy(p);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const message = (error as Error).message;
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
    expect(message).not.toMatch(/\n/);
  });

  it('rejects a non-object', () => {
    expect(() => validatePolicy([])).toThrow('policy: expected an object, got an array');
    expect(() => validatePolicy(null)).toThrow('policy: expected an object, got null');
  });

  it('accepts comment keys and a window that applies one rule to all categories', () => {
    const p = raw();
    p._note = 'hello';
    p.windows[0].categories = { all: { status: 'uncertain', note: 'All categories uncertain here', sources: ['H1'] } };
    const v = validatePolicy(p);
    expect(categoryRule(v, v.windows[0]!, 'messages').status).toBe('uncertain');
  });
});

describe('loadPolicyFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'li-exposure-policy-'));

  it('loads a valid copy', () => {
    const f = join(dir, 'ok.json');
    writeFileSync(f, rawText);
    expect(loadPolicyFile(f)).toEqual(policy);
  });

  it('reports a missing file', () => {
    const f = join(dir, 'missing.json');
    expect(() => loadPolicyFile(f)).toThrow(new PolicyError(`Cannot read policy file ${JSON.stringify(f)}: file not found`));
  });

  it('reports a directory', () => {
    expect(() => loadPolicyFile(dir)).toThrow(/Cannot read policy file .*: it is a directory/);
  });

  it('reports invalid JSON on one line', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{ "schemaVersion": 1,\n  oops }');
    let message = '';
    try {
      loadPolicyFile(f);
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Policy file ".*bad\.json" is not valid JSON: /);
    expect(message).not.toMatch(/\n/);
  });

  it('reports an invalid field with its path', () => {
    const f = join(dir, 'field.json');
    const p = raw();
    p.windows[3].status = 'yes';
    writeFileSync(f, JSON.stringify(p));
    expect(() => loadPolicyFile(f)).toThrow(
      `Policy file ${JSON.stringify(f)}: policy.windows[3].status: expected one of used, probable, uncertain, not_used, got "yes"`,
    );
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const f = join(dir, 'bom.json');
    writeFileSync(f, '\ufeff' + rawText);
    expect(loadPolicyFile(f).version).toBe(policy.version);
  });
});
