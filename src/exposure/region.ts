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
import { UsageError } from '../model/errors.js';
import isoCountries from 'i18n-iso-countries';
import { defined } from '../model/defined.js';

export interface RegionInput {
  /** Value of --region, if given. */
  region?: string | undefined;
  /** Profile.csv "Geo Location" cell, if any. */
  geoLocation?: string | null | undefined;
  /** Every Geo Location of the profile (several profile rows), in file order; geoLocation is used when absent. */
  geoLocations?: string[] | undefined;
  /** The 2018 Profile.csv "Country" cell, if any. */
  country?: string | null | undefined;
}

export interface RegionResolution {
  region: RegionId;
  /** The country the decision rests on (ISO alpha-2), when one is known. */
  country: string | null;
  /** Where the region came from: "--region DE", "Profile.csv Geo Location: Lyon, ..., France", "default (not detected)". */
  regionSource: string;
  /** A message for the report's warnings, or null. */
  warning: string | null;
}

const REGION_HINT =
  'Set it with --region <code>: EU, EEA, UK, CA, HK, CN, OTHER, a country code such as DE, FR, GB, US, IN (or DEU, USA) or an English country name'

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
    `--region: unknown region ${JSON.stringify(value.slice(0, 40))}. Use one of ${REGION_IDS.join(', ')} (or EEA), ` +
      'an ISO 3166 country code (e.g. DE, FR, GB, US, CA, HK, or DEU, USA) or an English country name (e.g. Germany).',
  );
}

/** "Region: United States (other regions)", "Germany (EU, EEA and Switzerland)", "EU, EEA and Switzerland". */
export function describeRegion(region: RegionId, country: string | null, policy: Policy): string {
  const group = region === 'OTHER' ? 'other regions' : regionName(region, policy);
  if (!country) return region === 'OTHER' ? `Other regions (${regionName(region, policy)})` : group;
  const name = countryName(country);
  return name === group ? name : `${name} (${group})`;
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
  if (upper === 'CN' && policy.regions.some((r) => r.id === 'CN')) return { region: 'CN', country: 'CN' };
  if ((REGION_IDS as readonly string[]).includes(upper) && policy.regions.some((r) => r.id === upper)) return { region: upper as RegionId, country: null };
  if (upper === 'EEA') return { region: 'EU', country: null };
  if (upper === 'EL') return { region: regionOfCountry('GR', policy), country: 'GR' }; // EU code for Greece
  if (/^[A-Z]{2}$/.test(upper)) {
    if (!ISO_COUNTRY_CODES.has(upper)) throw usage(value);
    return { region: regionOfCountry(upper, policy), country: upper };
  }
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = isoCountries.alpha3ToAlpha2(upper);
    if (alpha2 && ISO_COUNTRY_CODES.has(alpha2)) return { region: regionOfCountry(alpha2, policy), country: alpha2 };
  }
  let codes = lookupCountryName(v);
  if (codes.length === 0) {
    const byName = isoCountries.getAlpha2Code(v, 'en');
    if (byName && ISO_COUNTRY_CODES.has(byName)) codes = [byName];
  }
  if (codes.length === 0) throw usage(value);
  const regions = new Set(codes.map((c) => regionOfCountry(c, policy)));
  if (regions.size !== 1) throw usage(value);
  return { region: defined([...regions][0]), country: codes.length === 1 ? defined(codes[0]) : null };
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
      const found = lookupPlaceSegment(defined(segments[i]), { allowAbbreviation: i > 0 });
      if (found.length === 0) continue;
      codes = found;
      // A more specific territory named earlier wins over its parent country.
      for (let j = i - 1; j >= 0; j--) {
        const earlier = lookupPlaceSegment(defined(segments[j]), { allowAbbreviation: false });
        if (earlier.length === 1 && SPECIFIC_TERRITORIES.has(defined(earlier[0]))) {
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
  return { region: defined(regions[0]), country: codes.length === 1 ? defined(codes[0]) : null, failure: null, candidates: regions };
}

function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A 2018 Profile.csv Country cell ("Norway", "no", "NO") as a country code, or null. */
function countryFromCell(cell: string): string | null {
  const v = cell.trim();
  if (/^[A-Za-z]{2}$/.test(v) && ISO_COUNTRY_CODES.has(v.toUpperCase())) return v.toUpperCase();
  const codes = lookupCountryName(v);
  return codes.length === 1 ? defined(codes[0]) : null;
}

/** Long archive text is cut before it goes into a message. */
function shown(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Decides the member's region. --region wins (and is validated: throws UsageError); otherwise
 * the Profile.csv Geo Location is used when recognised, then the 2018 Country column; otherwise
 * OTHER is assumed with a warning. Several different Geo Locations: the first recognised one is
 * used, with a warning that names it.
 */
export function resolveRegion(input: RegionInput, policy: Policy): RegionResolution {
  if (input.region !== undefined && input.region !== null) {
    const { region, country } = parseRegionDetailed(input.region, policy);
    return {
      region,
      country,
      regionSource: `--region ${squashSpaces(input.region).slice(0, 40)}`,
      warning: country && UNCERTAIN_TERRITORIES.has(country) ? territoryWarning(country, region, policy) : null,
    };
  }

  const geos = [...new Set((input.geoLocations ?? (input.geoLocation != null ? [input.geoLocation] : [])).map(squashSpaces).filter((g) => g !== ''))];
  // "Berlin, Germany; New York, United States": one cell naming two places.
  const places = geos.flatMap((g) => g.split(/\s*;\s*/)).filter((g) => g !== '');
  const found = places.map((geo) => ({ geo, detection: detectRegionFromGeo(geo, policy) }));
  const chosen = found.find((f) => f.detection.region !== null);
  if (chosen) {
    const { detection, geo } = chosen;
    const others = found.filter((f) => f !== chosen && f.detection.region !== detection.region);
    let warning = detection.country && UNCERTAIN_TERRITORIES.has(detection.country) ? territoryWarning(detection.country, detection.region!, policy) : null;
    if (places.length > 1) {
      const note =
        `Profile.csv gives ${places.length} locations; region ${detection.region} is taken from the first one recognised ("${shown(geo)}")` +
        (others.length ? `, although another one points elsewhere. If that is wrong, ${REGION_HINT.replace(/^Set/, 'set')}.` : '.');
      warning = warning ? `${warning} ${note}` : note;
    }
    return { region: detection.region!, country: detection.country, regionSource: `Profile.csv Geo Location: ${shown(geo)}`, warning };
  }
  if (input.country) {
    const code = countryFromCell(input.country);
    if (code) {
      const region = regionOfCountry(code, policy);
      return {
        region,
        country: code,
        regionSource: `Profile.csv Country: ${shown(squashSpaces(input.country))}`,
        warning: UNCERTAIN_TERRITORIES.has(code) ? territoryWarning(code, region, policy) : null,
      };
    }
  }

  const geo = shown(places.join('; '));
  const assumed = `assuming region OTHER (${regionName('OTHER', policy)})`;
  const failure = found.length === 0 ? 'empty' : found.some((f) => f.detection.failure === 'ambiguous') ? 'ambiguous' : 'unrecognised';
  let warning: string;
  if (failure === 'empty') {
    warning = `Your region could not be detected: Profile.csv has no Geo Location; ${assumed}. ${REGION_HINT}.`;
  } else if (failure === 'ambiguous') {
    const candidates = [...new Set(found.flatMap((f) => f.detection.candidates))];
    warning = `Your region could not be detected: Profile.csv Geo Location "${geo}" could be in ${candidates.join(' or ')}; ${assumed}. ${REGION_HINT}.`;
  } else {
    warning = `Your region could not be detected from Profile.csv Geo Location "${geo}"; ${assumed}. ${REGION_HINT}.`;
  }
  return { region: 'OTHER', country: null, regionSource: 'default (not detected)', warning };
}
