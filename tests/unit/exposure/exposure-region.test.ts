import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_POLICY_URL, loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { validatePolicy } from '../../../src/exposure/policy-schema.js';
import { describeRegion, detectRegionFromGeo, parseRegionOption, resolveRegion } from '../../../src/exposure/region.js';

const policy = loadBundledPolicy();

describe('region detection from Profile.csv Geo Location', () => {
  it.each([
    ['Lyon, Auvergne-Rhone-Alpes, France', 'EU'],
    ['Berlin, Berlin, Germany', 'EU'],
    ['Dublin, County Dublin, Ireland', 'EU'],
    ['Oslo, Oslo, Norway', 'EU'],
    ['Zurich, Zurich, Switzerland', 'EU'],
    ['Reykjavik, Capital Region, Iceland', 'EU'],
    ['Randstad, Netherlands', 'EU'],
    ['Greater Paris Metropolitan Region', 'EU'],
    ['Greater Munich Metropolitan Area', 'EU'],
    ['Warsaw, Mazowieckie, Poland', 'EU'],
    ['Greater Toronto Area, Canada', 'CA'],
    ['Vancouver, British Columbia, Canada', 'CA'],
    ['Montreal, Quebec', 'CA'],
    ['Greater Calgary Metropolitan Area', 'CA'],
    ['London Area, United Kingdom', 'UK'],
    ['Belfast, Northern Ireland, United Kingdom', 'UK'],
    ['Edinburgh, Scotland', 'UK'],
    ['Greater Manchester', 'UK'],
    ['Hong Kong SAR', 'HK'],
    ['Kowloon, Hong Kong SAR', 'HK'],
    ['Hong Kong, China', 'HK'],
    ['San Francisco Bay Area', 'OTHER'],
    ['New York City Metropolitan Area', 'OTHER'],
    ['Greater Seattle Area', 'OTHER'],
    ['Dallas-Fort Worth Metroplex', 'OTHER'],
    ['Austin, Texas Metropolitan Area', 'OTHER'],
    ['Austin, Texas, United States', 'OTHER'],
    ['Seattle, WA', 'OTHER'],
    ['Bengaluru, Karnataka, India', 'OTHER'],
    ['Sydney, New South Wales, Australia', 'OTHER'],
    ['São Paulo, São Paulo, Brazil', 'OTHER'],
    ['Istanbul, Türkiye', 'OTHER'],
    ['Macao SAR', 'OTHER'],
    ['Georgia', 'OTHER'],
    ['Singapore', 'OTHER'],
  ])('%s -> %s', (geo, region) => {
    expect(detectRegionFromGeo(geo, policy).region).toBe(region);
    const r = resolveRegion({ geoLocation: geo }, policy);
    expect(r).toMatchObject({ region, regionSource: `Profile.csv Geo Location: ${geo}`, warning: null });
  });

  it.each([
    ['Paris et périphérie', 'EU', 'FR'],
    ['Région de Paris', 'EU', 'FR'],
    ['Großraum München', 'EU', 'DE'],
    ['Metropolregion Hamburg', 'EU', 'DE'],
    ['Área metropolitana de Madrid', 'EU', 'ES'],
    ['Area metropolitana di Milano', 'EU', 'IT'],
    ['Milano e dintorni', 'EU', 'IT'],
    ['Metropoolregio Amsterdam', 'EU', 'NL'],
    ['Groot-Amsterdam', 'EU', 'NL'],
    ['Área Metropolitana de Lisboa', 'EU', 'PT'],
    ['São Paulo e Região', 'OTHER', 'BR'],
    ['Grande São Paulo', 'OTHER', 'BR'],
    ['Île-de-France', 'EU', 'FR'],
    ['Shanghai, China', 'CN', 'CN'],
    ['Greater Beijing Area', 'CN', 'CN'],
  ])('localised or Chinese location %s -> %s (%s)', (geo, region, country) => {
    expect(resolveRegion({ geoLocation: geo }, policy)).toMatchObject({ region, country, warning: null });
  });

  it('reads the 2018 Country column when there is no Geo Location', () => {
    expect(resolveRegion({ geoLocations: [], country: 'Norway' }, policy)).toMatchObject({ region: 'EU', country: 'NO', regionSource: 'Profile.csv Country: Norway' });
    expect(resolveRegion({ geoLocations: [], country: 'us' }, policy)).toMatchObject({ region: 'OTHER', country: 'US' });
    expect(resolveRegion({ geoLocations: ['Earth'], country: 'Canada' }, policy)).toMatchObject({ region: 'CA' });
  });

  it('several Geo Locations: the first recognised one wins, with a warning that says which', () => {
    const two = resolveRegion({ geoLocations: ['Berlin, Germany', 'New York, United States'] }, policy);
    expect(two.region).toBe('EU');
    expect(two.warning).toMatch(/2 locations; region EU is taken from the first one recognised \("Berlin, Germany"\), although another one points elsewhere/);
    const oneCell = resolveRegion({ geoLocations: ['Berlin, Germany; New York, United States'] }, policy);
    expect(oneCell.region).toBe('EU');
    expect(oneCell.warning).toMatch(/2 locations/);
    const same = resolveRegion({ geoLocations: ['Berlin, Germany', 'Berlin, Germany'] }, policy);
    expect(same.warning).toBeNull();
    const huge = resolveRegion({ geoLocations: ['x'.repeat(5_000_000)] }, policy);
    expect(huge.warning!.length).toBeLessThan(400);
  });

  it.each([
    ['Earth', 'unrecognised'],
    ['Remote', 'unrecognised'],
    ['Paris', 'unrecognised'],
    ['London', 'unrecognised'],
    ['Springfield, CA', 'ambiguous'],
    ['Valletta, MT', 'ambiguous'],
    ['', 'empty'],
    ['  ', 'empty'],
  ])('%j is not detected (%s): OTHER with a warning', (geo, failure) => {
    expect(detectRegionFromGeo(geo, policy)).toMatchObject({ region: null, failure });
    const r = resolveRegion({ geoLocation: geo }, policy);
    expect(r.region).toBe('OTHER');
    expect(r.regionSource).toBe('default (not detected)');
    expect(r.warning).toMatch(/assuming region OTHER/);
    expect(r.warning).toMatch(/--region/);
  });

  it('warns when there is no Geo Location at all', () => {
    for (const geoLocation of [null, undefined]) {
      const r = resolveRegion({ geoLocation }, policy);
      expect(r).toMatchObject({ region: 'OTHER', regionSource: 'default (not detected)' });
      expect(r.warning).toMatch(/no Geo Location/);
    }
  });

  it('detects territories whose treatment is undocumented, with a warning', () => {
    const r = resolveRegion({ geoLocation: 'Saint Helier, Jersey' }, policy);
    expect(r.region).toBe('OTHER');
    expect(r.regionSource).toBe('Profile.csv Geo Location: Saint Helier, Jersey');
    expect(r.warning).toMatch(/LinkedIn does not say how it treats Jersey/);
  });
});

describe('--region', () => {
  it.each([
    ['EU', 'EU'], ['eu', 'EU'], ['UK', 'UK'], ['CA', 'CA'], ['HK', 'HK'], ['OTHER', 'OTHER'], ['other', 'OTHER'],
    ['DE', 'EU'], ['de', 'EU'], [' fr ', 'EU'], ['GB', 'UK'], ['US', 'OTHER'], ['IN', 'OTHER'], ['AU', 'OTHER'],
    ['NO', 'EU'], ['IS', 'EU'], ['LI', 'EU'], ['CH', 'EU'], ['IE', 'EU'], ['EL', 'EU'], ['MO', 'OTHER'],
    ['Germany', 'EU'], ['united states', 'OTHER'], ['United Kingdom', 'UK'], ['Canada', 'CA'], ['Hong Kong', 'HK'],
    ['EEA', 'EU'], ['eea', 'EU'], ['DEU', 'EU'], ['usa', 'OTHER'], ['GBR', 'UK'], ['CHN', 'CN'], ['CN', 'CN'], ['China', 'CN'],
    ['HKG', 'HK'], ['Viet Nam', 'OTHER'], ['Republic of Korea', 'OTHER'],
  ])('%j -> %s', (code, region) => {
    expect(parseRegionOption(code, policy)).toBe(region);
  });

  it('maps all EU27 member states to EU', () => {
    for (const c of 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')) {
      expect(parseRegionOption(c, policy), c).toBe('EU');
    }
  });

  it.each(['XX', 'ZZ', '', 'Europe', 'USA-West', 'E'])('rejects %j with a usage error listing the accepted values', (code) => {
    let error: Error | undefined;
    try {
      parseRegionOption(code, policy);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('UsageError');
    expect(error?.message).toMatch(/^--region: unknown region/);
    expect(error?.message).toContain('EU, UK, CA, HK, CN, OTHER');
    expect(error?.message).toMatch(/ISO 3166/);
  });

  it('uses the bundled policy by default', () => {
    expect(parseRegionOption('SE')).toBe('EU');
  });

  it('follows the policy file for the country list', () => {
    const raw = JSON.parse(readFileSync(BUNDLED_POLICY_URL, 'utf8'));
    raw.regions[0].countries = raw.regions[0].countries.filter((c: string) => c !== 'NO');
    const p = validatePolicy(raw);
    expect(parseRegionOption('NO', p)).toBe('OTHER');
    expect(parseRegionOption('NO', policy)).toBe('EU');
  });

  it('wins over the Geo Location and is recorded as given', () => {
    expect(resolveRegion({ region: 'DE', geoLocation: 'San Francisco Bay Area' }, policy)).toEqual({
      region: 'EU',
      country: 'DE',
      regionSource: '--region DE',
      warning: null,
    });
  });

  it('describes the region in words for the header', () => {
    expect(describeRegion('OTHER', 'US', policy)).toBe('United States (other regions)');
    expect(describeRegion('EU', 'DE', policy)).toBe('Germany (EU, EEA and Switzerland)');
    expect(describeRegion('EU', null, policy)).toBe('EU, EEA and Switzerland');
    expect(describeRegion('UK', 'GB', policy)).toBe('United Kingdom');
    expect(describeRegion('CN', 'CN', policy)).toBe('China (Mainland China)');
    expect(() => resolveRegion({ region: 'XX', geoLocation: 'Lyon, France' }, policy)).toThrow(/--region: unknown region "XX"/);
  });
});
