// Which LinkedIn policy region the member is in: from --region, else from Profile.csv "Geo Location".

import { REGION_IDS, type Policy, type RegionId } from './policy-schema.js';
import {
  ISO_COUNTRY_CODES,
  UNCERTAIN_TERRITORIES,
  countryName,
  lookupCountryName,
  lookupPlaceSegment,
} from './countries.js';
import { loadBundledPolicy } from './load-policy.js';
import { UsageError } from '../errors.js';

export interface RegionInput {
  /** Value of --region, if given. */
  region?: string | undefined;
  /** Profile.csv "Geo Location" cell, if any. */
  geoLocation?: string | null | undefined;
}

export interface RegionResolution {
  region: RegionId;
  /** Where the region came from: "--region DE", "Profile.csv Geo Location: Lyon, ..., France", "default (not detected)". */
  regionSource: string;
  /** A message for the report's warnings, or null. */
  warning: string | null;
}

const REGION_HINT =
  'Set it with --region <code>: EU, UK, CA, HK, OTHER or a two-letter country code such as DE, FR, GB, US, IN';

/** The region a country code belongs to under this policy (OTHER for every country no region lists). */
export function regionOfCountry(code: string, policy: Policy): RegionId {
  for (const r of policy.regions) if (r.countries.includes(code)) return r.id;
  return 'OTHER';
}

function regionName(id: RegionId, policy: Policy): string {
  return policy.regions.find((r) => r.id === id)?.name ?? id;
}

function territoryWarning(code: string, region: RegionId, policy: Policy): string {
  return (
    `LinkedIn does not say how it treats ${countryName(code)} (${code}); assuming region ${region} ` +
    `(${regionName(region, policy)}). If LinkedIn applies another region's rules to you, set it with --region.`
  );
}

function usage(value: string): UsageError {
  return new UsageError(
    `--region: unknown region ${JSON.stringify(value)}. Use one of ${REGION_IDS.join(', ')}, ` +
      'a two-letter ISO 3166 country code (e.g. DE, FR, GB, US, CA, HK) or an English country name (e.g. Germany).',
  );
}

/**
 * Parses a --region value: a region id (EU, UK, CA, HK, OTHER), an ISO 3166-1 alpha-2 country code
 * (DE -> EU, GB -> UK, US -> OTHER) or a country name ("Germany", "United States"), case-insensitive.
 * Throws UsageError listing the accepted values.
 */
export function parseRegionOption(code: string, policy: Policy = loadBundledPolicy()): RegionId {
  return parseRegionDetailed(code, policy).region;
}

function parseRegionDetailed(value: string, policy: Policy): { region: RegionId; country: string | null } {
  const v = value.trim();
  if (!v) throw usage(value);
  const upper = v.toUpperCase();
  if ((REGION_IDS as readonly string[]).includes(upper)) return { region: upper as RegionId, country: null };
  if (upper === 'EL') return { region: regionOfCountry('GR', policy), country: 'GR' }; // EU code for Greece
  if (/^[A-Z]{2}$/.test(upper)) {
    if (!ISO_COUNTRY_CODES.has(upper)) throw usage(value);
    return { region: regionOfCountry(upper, policy), country: upper };
  }
  const codes = lookupCountryName(v);
  if (codes.length === 0) throw usage(value);
  const regions = new Set(codes.map((c) => regionOfCountry(c, policy)));
  if (regions.size !== 1) throw usage(value);
  return { region: [...regions][0]!, country: codes.length === 1 ? codes[0]! : null };
}

export interface GeoDetection {
  /** Detected region, or null when not recognised or ambiguous. */
  region: RegionId | null;
  /** Country code the decision rests on, when one. */
  country: string | null;
  /** Why detection failed: 'empty' | 'unrecognised' | 'ambiguous'; null on success. */
  failure: 'empty' | 'unrecognised' | 'ambiguous' | null;
  /** For ambiguous places: the regions it could mean. */
  candidates: RegionId[];
}

/** Codes that, when named before their parent country ("Kowloon, Hong Kong, China"), win over it. */
const SPECIFIC_TERRITORIES = new Set(['HK', 'MO', 'TW', 'PR', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX', ...UNCERTAIN_TERRITORIES]);

/**
 * Detects the region from a Geo Location such as "Lyon, Auvergne-Rhone-Alpes, France",
 * "Greater Toronto Area, Canada", "San Francisco Bay Area" or "Hong Kong SAR". Concludes only when a
 * country, territory, US state, Canadian province or well-known metro area is recognised; a place
 * that could be in several regions ("Springfield, CA": California or Canada?) is ambiguous.
 */
export function detectRegionFromGeo(geo: string | null | undefined, policy: Policy): GeoDetection {
  const none = (failure: GeoDetection['failure'], candidates: RegionId[] = []): GeoDetection => ({
    region: null,
    country: null,
    failure,
    candidates,
  });
  if (geo == null || geo.trim() === '') return none('empty');
  const segments = geo
    .split(/[,;|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length === 0) return none('empty');

  // The whole string may itself be a name containing a comma ("Hong Kong, China").
  const whole = lookupPlaceSegment(segments.join(' '), { allowAbbreviation: false });
  let codes: string[] = whole;
  if (codes.length === 0) {
    for (let i = segments.length - 1; i >= 0; i--) {
      const found = lookupPlaceSegment(segments[i]!, { allowAbbreviation: i > 0 });
      if (found.length === 0) continue;
      codes = found;
      // A more specific territory named earlier wins over its parent country.
      for (let j = i - 1; j >= 0; j--) {
        const earlier = lookupPlaceSegment(segments[j]!, { allowAbbreviation: false });
        if (earlier.length === 1 && SPECIFIC_TERRITORIES.has(earlier[0]!)) {
          codes = earlier;
          break;
        }
      }
      break;
    }
  }
  if (codes.length === 0) return none('unrecognised');
  const regions = [...new Set(codes.map((c) => regionOfCountry(c, policy)))];
  if (regions.length !== 1) return none('ambiguous', regions);
  return { region: regions[0]!, country: codes.length === 1 ? codes[0]! : null, failure: null, candidates: regions };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Decides the member's region. --region wins (and is validated: throws UsageError); otherwise
 * the Profile.csv Geo Location is used when recognised; otherwise OTHER is assumed with a warning.
 */
export function resolveRegion(input: RegionInput, policy: Policy): RegionResolution {
  if (input.region !== undefined && input.region !== null) {
    const { region, country } = parseRegionDetailed(input.region, policy);
    return {
      region,
      regionSource: `--region ${oneLine(input.region)}`,
      warning: country && UNCERTAIN_TERRITORIES.has(country) ? territoryWarning(country, region, policy) : null,
    };
  }

  const geo = input.geoLocation == null ? '' : oneLine(input.geoLocation);
  const found = detectRegionFromGeo(geo, policy);
  if (found.region) {
    return {
      region: found.region,
      regionSource: `Profile.csv Geo Location: ${geo}`,
      warning: found.country && UNCERTAIN_TERRITORIES.has(found.country) ? territoryWarning(found.country, found.region, policy) : null,
    };
  }

  const assumed = `assuming region OTHER (${regionName('OTHER', policy)})`;
  let warning: string;
  if (found.failure === 'empty') {
    warning = `Your region could not be detected: Profile.csv has no Geo Location; ${assumed}. ${REGION_HINT}.`;
  } else if (found.failure === 'ambiguous') {
    warning =
      `Your region could not be detected: Profile.csv Geo Location "${geo}" could be in ${found.candidates.join(' or ')}; ` +
      `${assumed}. ${REGION_HINT}.`;
  } else {
    warning = `Your region could not be detected from Profile.csv Geo Location "${geo}"; ${assumed}. ${REGION_HINT}.`;
  }
  return { region: 'OTHER', regionSource: 'default (not detected)', warning };
}
