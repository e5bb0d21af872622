// Country and place names used to map --region values and Profile.csv "Geo Location" strings to
// ISO 3166-1 alpha-2 codes. Which region a code belongs to is decided by the policy file
// (policy.regions[].countries), not here.
//
// Names are matched after normalise(): accents removed, lower case, punctuation dropped.
// Localised metro-area forms ("Paris et périphérie", "Großraum München") are data, in
// places/localised-places.json.

import { readFileSync } from 'node:fs';
import { defined } from '../model/defined.js';

/** ISO 3166-1 alpha-2 code, English short name as LinkedIn writes it, then aliases. */
const COUNTRY_ROWS: ReadonlyArray<readonly [code: string, name: string, ...otherNames: string[]]> = [
  ['AD', 'Andorra'],
  ['AE', 'United Arab Emirates', 'UAE', 'U.A.E.'],
  ['AF', 'Afghanistan'],
  ['AG', 'Antigua and Barbuda', 'Antigua & Barbuda'],
  ['AI', 'Anguilla'],
  ['AL', 'Albania'],
  ['AM', 'Armenia'],
  ['AO', 'Angola'],
  ['AQ', 'Antarctica'],
  ['AR', 'Argentina'],
  ['AS', 'American Samoa'],
  ['AT', 'Austria', 'Österreich', 'Autriche'],
  ['AU', 'Australia'],
  ['AW', 'Aruba'],
  ['AX', 'Åland Islands', 'Aland', 'Åland'],
  ['AZ', 'Azerbaijan'],
  ['BA', 'Bosnia and Herzegovina', 'Bosnia & Herzegovina', 'Bosnia'],
  ['BB', 'Barbados'],
  ['BD', 'Bangladesh'],
  ['BE', 'Belgium', 'Belgique', 'België', 'Belgien', 'Belgio', 'Bélgica'],
  ['BF', 'Burkina Faso'],
  ['BG', 'Bulgaria', 'Bulgarien', 'Bulgarie'],
  ['BH', 'Bahrain'],
  ['BI', 'Burundi'],
  ['BJ', 'Benin'],
  ['BL', 'Saint Barthélemy', 'St Barthélemy', 'Saint Barthelemy'],
  ['BM', 'Bermuda'],
  ['BN', 'Brunei', 'Brunei Darussalam'],
  ['BO', 'Bolivia'],
  ['BQ', 'Caribbean Netherlands', 'Bonaire', 'Sint Eustatius and Saba', 'Bonaire, Sint Eustatius and Saba'],
  ['BR', 'Brazil', 'Brasil'],
  ['BS', 'Bahamas', 'The Bahamas'],
  ['BT', 'Bhutan'],
  ['BV', 'Bouvet Island'],
  ['BW', 'Botswana'],
  ['BY', 'Belarus'],
  ['BZ', 'Belize'],
  ['CA', 'Canada', 'Kanada', 'Canadá'],
  ['CC', 'Cocos (Keeling) Islands', 'Cocos Islands'],
  ['CD', 'Congo (DRC)', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  ['CF', 'Central African Republic'],
  ['CG', 'Congo', 'Republic of the Congo', 'Congo-Brazzaville'],
  ['CH', 'Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Suiza'],
  ['CI', "Côte d'Ivoire", 'Ivory Coast'],
  ['CK', 'Cook Islands'],
  ['CL', 'Chile'],
  ['CM', 'Cameroon'],
  ['CN', 'China', "People's Republic of China", 'Mainland China'],
  ['CO', 'Colombia'],
  ['CR', 'Costa Rica'],
  ['CU', 'Cuba'],
  ['CV', 'Cape Verde', 'Cabo Verde'],
  ['CW', 'Curaçao', 'Curacao'],
  ['CX', 'Christmas Island'],
  ['CY', 'Cyprus', 'Zypern', 'Chypre'],
  ['CZ', 'Czechia', 'Czech Republic', 'Česko', 'Česká republika', 'Tschechien'],
  ['DE', 'Germany', 'Deutschland', 'Allemagne', 'Alemania', 'Germania', 'Duitsland'],
  ['DJ', 'Djibouti'],
  ['DK', 'Denmark', 'Danmark', 'Dänemark', 'Danemark'],
  ['DM', 'Dominica'],
  ['DO', 'Dominican Republic'],
  ['DZ', 'Algeria'],
  ['EC', 'Ecuador'],
  ['EE', 'Estonia', 'Eesti', 'Estland'],
  ['EG', 'Egypt'],
  ['EH', 'Western Sahara'],
  ['ER', 'Eritrea'],
  ['ES', 'Spain', 'España', 'Spanien', 'Espagne', 'Spagna', 'Canary Islands', 'Balearic Islands'],
  ['ET', 'Ethiopia'],
  ['FI', 'Finland', 'Suomi', 'Finnland', 'Finlande'],
  ['FJ', 'Fiji'],
  ['FK', 'Falkland Islands', 'Falkland Islands (Islas Malvinas)'],
  ['FM', 'Micronesia', 'Federated States of Micronesia'],
  ['FO', 'Faroe Islands', 'Faroes'],
  ['FR', 'France', 'Frankreich', 'Francia', 'Frankrijk', 'Corsica', 'Corse'],
  ['GA', 'Gabon'],
  ['GB', 'United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Royaume-Uni', 'Vereinigtes Königreich', 'Reino Unido', 'Regno Unito', 'Verenigd Koninkrijk', 'Großbritannien'],
  ['GD', 'Grenada'],
  ['GE', 'Georgia'],
  ['GF', 'French Guiana', 'Guyane'],
  ['GG', 'Guernsey'],
  ['GH', 'Ghana'],
  ['GI', 'Gibraltar'],
  ['GL', 'Greenland'],
  ['GM', 'Gambia', 'The Gambia'],
  ['GN', 'Guinea'],
  ['GP', 'Guadeloupe'],
  ['GQ', 'Equatorial Guinea'],
  ['GR', 'Greece', 'Hellas', 'Ελλάδα', 'Griechenland', 'Grèce', 'Grecia'],
  ['GS', 'South Georgia and the South Sandwich Islands', 'South Georgia & South Sandwich Islands'],
  ['GT', 'Guatemala'],
  ['GU', 'Guam'],
  ['GW', 'Guinea-Bissau'],
  ['GY', 'Guyana'],
  ['HK', 'Hong Kong SAR', 'Hong Kong', 'Hong Kong S.A.R.', 'Hong Kong SAR China', 'Hong Kong, China', 'HKSAR', 'Kowloon', 'New Territories', 'Hong Kong Island', '香港'],
  ['HM', 'Heard Island and McDonald Islands', 'Heard & McDonald Islands'],
  ['HN', 'Honduras'],
  ['HR', 'Croatia', 'Hrvatska', 'Kroatien', 'Croatie'],
  ['HT', 'Haiti'],
  ['HU', 'Hungary', 'Magyarország', 'Ungarn', 'Hongrie'],
  ['ID', 'Indonesia'],
  ['IE', 'Ireland', 'Éire', 'Republic of Ireland', 'Irland', 'Irlande'],
  ['IL', 'Israel'],
  ['IM', 'Isle of Man'],
  ['IN', 'India'],
  ['IO', 'British Indian Ocean Territory'],
  ['IQ', 'Iraq'],
  ['IR', 'Iran'],
  ['IS', 'Iceland', 'Ísland'],
  ['IT', 'Italy', 'Italia', 'Italien', 'Italie', 'Sicily', 'Sardinia'],
  ['JE', 'Jersey'],
  ['JM', 'Jamaica'],
  ['JO', 'Jordan'],
  ['JP', 'Japan'],
  ['KE', 'Kenya'],
  ['KG', 'Kyrgyzstan'],
  ['KH', 'Cambodia'],
  ['KI', 'Kiribati'],
  ['KM', 'Comoros'],
  ['KN', 'Saint Kitts and Nevis', 'St Kitts and Nevis', 'St Kitts & Nevis'],
  ['KP', 'North Korea'],
  ['KR', 'South Korea', 'Korea', 'Republic of Korea'],
  ['KW', 'Kuwait'],
  ['KY', 'Cayman Islands'],
  ['KZ', 'Kazakhstan'],
  ['LA', 'Laos', 'Lao PDR'],
  ['LB', 'Lebanon'],
  ['LC', 'Saint Lucia', 'St Lucia'],
  ['LI', 'Liechtenstein'],
  ['LK', 'Sri Lanka'],
  ['LR', 'Liberia'],
  ['LS', 'Lesotho'],
  ['LT', 'Lithuania', 'Lietuva', 'Litauen'],
  ['LU', 'Luxembourg', 'Luxemburg', 'Lëtzebuerg'],
  ['LV', 'Latvia', 'Latvija', 'Lettland'],
  ['LY', 'Libya'],
  ['MA', 'Morocco'],
  ['MC', 'Monaco'],
  ['MD', 'Moldova', 'Republic of Moldova'],
  ['ME', 'Montenegro'],
  ['MF', 'Saint Martin', 'St Martin', 'Saint-Martin'],
  ['MG', 'Madagascar'],
  ['MH', 'Marshall Islands'],
  ['MK', 'North Macedonia', 'Macedonia'],
  ['ML', 'Mali'],
  ['MM', 'Myanmar', 'Burma', 'Myanmar (Burma)'],
  ['MN', 'Mongolia'],
  ['MO', 'Macao SAR', 'Macao', 'Macau', 'Macau SAR'],
  ['MP', 'Northern Mariana Islands'],
  ['MQ', 'Martinique'],
  ['MR', 'Mauritania'],
  ['MS', 'Montserrat'],
  ['MT', 'Malta'],
  ['MU', 'Mauritius'],
  ['MV', 'Maldives'],
  ['MW', 'Malawi'],
  ['MX', 'Mexico', 'México'],
  ['MY', 'Malaysia'],
  ['MZ', 'Mozambique'],
  ['NA', 'Namibia'],
  ['NC', 'New Caledonia'],
  ['NE', 'Niger'],
  ['NF', 'Norfolk Island'],
  ['NG', 'Nigeria'],
  ['NI', 'Nicaragua'],
  ['NL', 'Netherlands', 'The Netherlands', 'Nederland', 'Holland', 'Niederlande', 'Pays-Bas', 'Países Bajos', 'Paesi Bassi', 'Randstad'],
  ['NO', 'Norway', 'Norge', 'Noreg', 'Norwegen', 'Norvège'],
  ['NP', 'Nepal'],
  ['NR', 'Nauru'],
  ['NU', 'Niue'],
  ['NZ', 'New Zealand', 'Aotearoa'],
  ['OM', 'Oman'],
  ['PA', 'Panama'],
  ['PE', 'Peru'],
  ['PF', 'French Polynesia'],
  ['PG', 'Papua New Guinea'],
  ['PH', 'Philippines'],
  ['PK', 'Pakistan'],
  ['PL', 'Poland', 'Polska', 'Polen', 'Pologne', 'Polonia'],
  ['PM', 'Saint Pierre and Miquelon', 'St Pierre and Miquelon'],
  ['PN', 'Pitcairn Islands', 'Pitcairn'],
  ['PR', 'Puerto Rico'],
  ['PS', 'Palestine', 'Palestinian Territories', 'Palestinian Territory', 'State of Palestine'],
  ['PT', 'Portugal', 'Azores', 'Madeira'],
  ['PW', 'Palau'],
  ['PY', 'Paraguay'],
  ['QA', 'Qatar'],
  ['RE', 'Réunion', 'Reunion', 'La Réunion'],
  ['RO', 'Romania', 'România', 'Rumänien', 'Roumanie'],
  ['RS', 'Serbia'],
  ['RU', 'Russia', 'Russian Federation'],
  ['RW', 'Rwanda'],
  ['SA', 'Saudi Arabia'],
  ['SB', 'Solomon Islands'],
  ['SC', 'Seychelles'],
  ['SD', 'Sudan'],
  ['SE', 'Sweden', 'Sverige', 'Schweden', 'Suède', 'Suecia'],
  ['SG', 'Singapore'],
  ['SH', 'Saint Helena', 'St Helena', 'Ascension and Tristan da Cunha'],
  ['SI', 'Slovenia', 'Slovenija', 'Slowenien'],
  ['SJ', 'Svalbard and Jan Mayen', 'Svalbard & Jan Mayen', 'Svalbard'],
  ['SK', 'Slovakia', 'Slovensko', 'Slowakei', 'Slovak Republic'],
  ['SL', 'Sierra Leone'],
  ['SM', 'San Marino'],
  ['SN', 'Senegal'],
  ['SO', 'Somalia'],
  ['SR', 'Suriname'],
  ['SS', 'South Sudan'],
  ['ST', 'São Tomé and Príncipe', 'Sao Tome and Principe'],
  ['SV', 'El Salvador'],
  ['SX', 'Sint Maarten'],
  ['SY', 'Syria', 'Syrian Arab Republic'],
  ['SZ', 'Eswatini', 'Swaziland'],
  ['TC', 'Turks and Caicos Islands', 'Turks & Caicos Islands'],
  ['TD', 'Chad'],
  ['TF', 'French Southern Territories', 'French Southern and Antarctic Lands'],
  ['TG', 'Togo'],
  ['TH', 'Thailand'],
  ['TJ', 'Tajikistan'],
  ['TK', 'Tokelau'],
  ['TL', 'Timor-Leste', 'East Timor'],
  ['TM', 'Turkmenistan'],
  ['TN', 'Tunisia'],
  ['TO', 'Tonga'],
  ['TR', 'Türkiye', 'Turkey', 'Turkiye'],
  ['TT', 'Trinidad and Tobago', 'Trinidad & Tobago'],
  ['TV', 'Tuvalu'],
  ['TW', 'Taiwan'],
  ['TZ', 'Tanzania'],
  ['UA', 'Ukraine'],
  ['UG', 'Uganda'],
  ['UM', 'U.S. Outlying Islands', 'United States Minor Outlying Islands'],
  ['US', 'United States', 'United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'Vereinigte Staaten', 'États-Unis', 'Estados Unidos', 'Stati Uniti'],
  ['UY', 'Uruguay'],
  ['UZ', 'Uzbekistan'],
  ['VA', 'Vatican City', 'Holy See', 'Vatican'],
  ['VC', 'Saint Vincent and the Grenadines', 'St Vincent and the Grenadines', 'St Vincent & Grenadines'],
  ['VE', 'Venezuela'],
  ['VG', 'British Virgin Islands'],
  ['VI', 'U.S. Virgin Islands', 'US Virgin Islands', 'United States Virgin Islands'],
  ['VN', 'Vietnam', 'Viet Nam'],
  ['VU', 'Vanuatu'],
  ['WF', 'Wallis and Futuna', 'Wallis & Futuna'],
  ['WS', 'Samoa'],
  ['XK', 'Kosovo'],
  ['YE', 'Yemen'],
  ['YT', 'Mayotte'],
  ['ZA', 'South Africa'],
  ['ZM', 'Zambia'],
  ['ZW', 'Zimbabwe'],
];

/**
 * Codes accepted as countries: ISO 3166-1 alpha-2 plus XK (Kosovo, user-assigned but widely used,
 * LinkedIn lists it as a country).
 */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRY_ROWS.map((r) => r[0]));

const COUNTRY_NAME = new Map<string, string>(COUNTRY_ROWS.map((r) => [r[0], r[1]]));

/** English name of a country code ("DE" -> "Germany"), or the code itself when unknown. */
export function countryName(code: string): string {
  return COUNTRY_NAME.get(code) ?? code;
}

/**
 * Territories whose treatment by LinkedIn is not documented: outside the EU/EEA and not part of
 * the United Kingdom, but tied to an EU/EEA state or the UK. The region the policy gives them is
 * used, with a warning.
 */
export const UNCERTAIN_TERRITORIES: ReadonlySet<string> = new Set([
  'JE', 'GG', 'IM', 'GI', // British Crown dependencies and Gibraltar
  'FO', 'GL', 'SJ', // Faroe Islands, Greenland, Svalbard
  'BL', 'PM', 'NC', 'PF', 'WF', 'TF', // French overseas collectivities
  'AW', 'CW', 'SX', 'BQ', // Dutch Caribbean
]);

const US_STATES: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'],
  ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'],
  ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'],
  ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
  ['DC', 'District of Columbia'],
];

const CA_PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'],
  ['NL', 'Newfoundland and Labrador'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'],
  ['QC', 'Quebec'], ['SK', 'Saskatchewan'], ['NT', 'Northwest Territories'], ['NU', 'Nunavut'], ['YT', 'Yukon'],
];

/** Other place names LinkedIn writes without a country. */
const EXTRA_PLACES: ReadonlyArray<readonly [string, string]> = [
  ['US', 'Washington DC'], ['US', 'Washington D.C.'], ['US', 'D.C.'], ['US', 'Silicon Valley'],
  ['CA', 'Québec'], ['CA', 'Newfoundland'],
];

/**
 * Metropolitan areas, matched only when the segment is written as a metro area ("Greater X Area",
 * "X Metropolitan Area", "X Metro", "Greater X"...). Names that exist in several regions
 * (London ON, Birmingham AL, Richmond BC, Cambridge MA, Halifax...) are left out on purpose,
 * except where LinkedIn's metro name is unambiguous ("Greater London" / "London Area").
 */
const METROS: ReadonlyArray<readonly [string, string]> = [
  // United States
  ['US', 'San Francisco Bay'], ['US', 'Seattle'], ['US', 'Boston'], ['US', 'Chicago'], ['US', 'New York City'],
  ['US', 'New York'], ['US', 'Los Angeles'], ['US', 'Washington DC-Baltimore'], ['US', 'Washington DC'],
  ['US', 'Dallas-Fort Worth'], ['US', 'Dallas'], ['US', 'Houston'], ['US', 'Atlanta'], ['US', 'Miami-Fort Lauderdale'],
  ['US', 'Miami'], ['US', 'Philadelphia'], ['US', 'Denver'], ['US', 'Minneapolis-St. Paul'], ['US', 'Minneapolis-Saint Paul'],
  ['US', 'Phoenix'], ['US', 'San Diego'], ['US', 'Austin'], ['US', 'Salt Lake City'], ['US', 'Raleigh-Durham-Chapel Hill'],
  ['US', 'Raleigh-Durham'], ['US', 'Charlotte'], ['US', 'Nashville'], ['US', 'Detroit'], ['US', 'Pittsburgh'],
  ['US', 'Cleveland'], ['US', 'St. Louis'], ['US', 'Saint Louis'], ['US', 'Kansas City'], ['US', 'Indianapolis'],
  ['US', 'Cincinnati'], ['US', 'Milwaukee'], ['US', 'Orlando'], ['US', 'Tampa Bay'], ['US', 'Sacramento'],
  ['US', 'Las Vegas'], ['US', 'Portland'], ['US', 'San Antonio'], ['US', 'New Orleans'], ['US', 'Hartford'],
  ['US', 'Buffalo-Niagara Falls'], ['US', 'Honolulu'], ['US', 'Oklahoma City'], ['US', 'Omaha'], ['US', 'Louisville'],
  ['US', 'Memphis'], ['US', 'Jacksonville'], ['US', 'Boise'], ['US', 'Albuquerque'], ['US', 'Tucson'],
  ['US', 'Des Moines'], ['US', 'Grand Rapids'], ['US', 'Baltimore'], ['US', 'Columbus'], ['US', 'Sarasota'],
  // Canada
  ['CA', 'Toronto'], ['CA', 'Montreal'], ['CA', 'Montréal'], ['CA', 'Vancouver'], ['CA', 'Calgary'],
  ['CA', 'Edmonton'], ['CA', 'Ottawa'], ['CA', 'Winnipeg'], ['CA', 'Quebec City'],
  // United Kingdom
  ['GB', 'London'], ['GB', 'Manchester'], ['GB', 'Glasgow'], ['GB', 'Edinburgh'], ['GB', 'Bristol'], ['GB', 'Leeds'],
  // Hong Kong
  ['HK', 'Hong Kong'],
  // EU / EEA / Switzerland
  ['FR', 'Paris'], ['FR', 'Lyon'], ['FR', 'Marseille'], ['FR', 'Toulouse'], ['DE', 'Munich'], ['DE', 'Berlin'],
  ['DE', 'Hamburg'], ['DE', 'Frankfurt Rhine-Main'], ['DE', 'Cologne Bonn'], ['DE', 'Stuttgart'], ['DE', 'Düsseldorf'],
  ['ES', 'Madrid'], ['ES', 'Barcelona'], ['IT', 'Milan'], ['IT', 'Rome'], ['IT', 'Turin'], ['NL', 'Amsterdam'],
  ['NL', 'Rotterdam'], ['BE', 'Brussels'], ['BE', 'Antwerp'], ['AT', 'Vienna'], ['CH', 'Zurich'], ['CH', 'Zürich'],
  ['CH', 'Geneva'], ['CH', 'Basel'], ['SE', 'Stockholm'], ['SE', 'Gothenburg'], ['DK', 'Copenhagen'], ['NO', 'Oslo'],
  ['FI', 'Helsinki'], ['IE', 'Dublin'], ['PT', 'Lisbon'], ['PT', 'Porto'], ['PL', 'Warsaw'], ['PL', 'Krakow'],
  ['CZ', 'Prague'], ['HU', 'Budapest'], ['RO', 'Bucharest'], ['GR', 'Athens'], ['BG', 'Sofia'],
  // Elsewhere
  ['AU', 'Sydney'], ['AU', 'Melbourne'], ['AU', 'Brisbane'], ['AU', 'Perth'], ['AU', 'Adelaide'], ['NZ', 'Auckland'],
  ['NZ', 'Wellington'], ['IN', 'Bengaluru'], ['IN', 'Bangalore'], ['IN', 'Mumbai'], ['IN', 'Delhi'], ['IN', 'New Delhi'],
  ['IN', 'Hyderabad'], ['IN', 'Chennai'], ['IN', 'Kolkata'], ['IN', 'Pune/Pimpri-Chinchwad'], ['IN', 'Pune'],
  ['IN', 'Ahmedabad'], ['PK', 'Karachi'], ['PK', 'Lahore'], ['BD', 'Dhaka'], ['MY', 'Kuala Lumpur'], ['ID', 'Jakarta'],
  ['PH', 'Manila'], ['TH', 'Bangkok'], ['JP', 'Tokyo'], ['JP', 'Osaka'], ['KR', 'Seoul'], ['TW', 'Taipei'],
  ['CN', 'Shanghai'], ['CN', 'Beijing'], ['CN', 'Shenzhen'], ['AE', 'Dubai'], ['AE', 'Abu Dhabi'], ['SA', 'Riyadh'],
  ['IL', 'Tel Aviv'], ['EG', 'Cairo'], ['NG', 'Lagos'], ['KE', 'Nairobi'], ['ZA', 'Johannesburg'], ['ZA', 'Cape Town'],
  ['BR', 'São Paulo'], ['BR', 'Rio de Janeiro'], ['MX', 'Mexico City'], ['AR', 'Buenos Aires'], ['CL', 'Santiago'],
  ['CO', 'Bogotá'], ['PE', 'Lima'], ['TR', 'Istanbul'],
];

/** Lower case, accents and punctuation removed, words separated by one space. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/ß/g, 'ss')
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function addTo(map: Map<string, string[]>, name: string, code: string): void {
  const k = normalise(name);
  if (!k) return;
  const list = map.get(k);
  if (!list) map.set(k, [code]);
  else if (!list.includes(code)) list.push(code);
}

/** Full place names (countries in several languages, US states, Canadian provinces) -> country codes. */
const NAMES = new Map<string, string[]>();
for (const row of COUNTRY_ROWS) for (const name of row.slice(1)) addTo(NAMES, name, row[0]);
for (const [, name] of US_STATES) addTo(NAMES, name, 'US');
for (const [, name] of CA_PROVINCES) addTo(NAMES, name, 'CA');
for (const [code, name] of EXTRA_PLACES) addTo(NAMES, name, code);

const METRO_NAMES = new Map<string, string[]>();
for (const [code, name] of METROS) addTo(METRO_NAMES, name, code);

/** Upper-case two-letter abbreviations written after a city ("Austin, TX", "Toronto, ON", "Berlin, DE"). */
const ABBREVIATIONS = new Map<string, string[]>();
for (const [abbr] of US_STATES) addTo(ABBREVIATIONS, abbr, 'US');
for (const [abbr] of CA_PROVINCES) addTo(ABBREVIATIONS, abbr, 'CA');
for (const code of ISO_COUNTRY_CODES) addTo(ABBREVIATIONS, code, code);

/** Country codes for a country name in any supported spelling ("Germany", "Deutschland"); [] when unknown. */
export function lookupCountryName(name: string): string[] {
  return NAMES.get(normalise(name)) ?? [];
}

const LEADING_MARKERS = new Set(['greater', 'metro']);
const TRAILING_MARKERS = new Set(['area', 'metropolitan', 'metro', 'region', 'metroplex']);

/**
 * Candidate country codes for one comma-separated segment of a Geo Location. Returns [] when the
 * segment is not a place we can recognise confidently. Several codes mean "could be any of these".
 */
export function lookupPlaceSegment(segment: string, opts: { allowAbbreviation: boolean }): string[] {
  const raw = segment.trim();
  const n = normalise(raw);
  if (!n) return [];
  const exact = NAMES.get(n);
  if (exact) return exact;

  // Metro-area forms: "Greater Seattle Area", "New York City Metropolitan Area", "Metro Manila",
  // "Dallas-Fort Worth Metroplex", "Texas Metropolitan Area".
  const words = n.split(' ');
  let from = 0;
  let to = words.length;
  while (from < to && LEADING_MARKERS.has(defined(words[from]))) from++;
  while (to > from && TRAILING_MARKERS.has(defined(words[to - 1]))) to--;
  if ((from > 0 || to < words.length) && to > from) {
    const core = words.slice(from, to).join(' ');
    const hit = NAMES.get(core) ?? METRO_NAMES.get(core);
    if (hit) return hit;
  }

  const local = lookupLocalisedMetro(n);
  if (local.length) return local;

  if (opts.allowAbbreviation && /^[A-Z]{2}$/.test(raw)) {
    return ABBREVIATIONS.get(n) ?? [];
  }
  return [];
}

interface LocalisedPlaces {
  leadingPhrases: string[];
  trailingPhrases: string[];
  places: Record<string, string[]>;
  wholeNames: Record<string, string[] | string>;
}

const LOCALISED = JSON.parse(readFileSync(new URL('./places/localised-places.json', import.meta.url), 'utf8')) as LocalisedPlaces;
const byLength = (a: string, b: string): number => b.length - a.length;
const LEADING_PHRASES = [...new Set(LOCALISED.leadingPhrases.map(normalise))].sort(byLength);
const TRAILING_PHRASES = [...new Set(LOCALISED.trailingPhrases.map(normalise))].sort(byLength);
const LOCAL_PLACES = new Map<string, string[]>();
for (const [code, names] of Object.entries(LOCALISED.places)) for (const name of names) addTo(LOCAL_PLACES, name, code);
const LOCAL_WHOLE = new Map<string, string[]>();
for (const [code, names] of Object.entries(LOCALISED.wholeNames)) if (Array.isArray(names)) for (const name of names) addTo(LOCAL_WHOLE, name, code);

/** "paris et peripherie", "grossraum munchen", "area metropolitana de madrid" -> country codes; [] otherwise. */
function lookupLocalisedMetro(n: string): string[] {
  const whole = LOCAL_WHOLE.get(n);
  if (whole) return whole;
  const cores: string[] = [];
  for (const phrase of LEADING_PHRASES) {
    if (n.startsWith(`${phrase} `)) {
      cores.push(n.slice(phrase.length + 1));
      break;
    }
  }
  for (const phrase of TRAILING_PHRASES) {
    if (n.endsWith(` ${phrase}`)) {
      cores.push(n.slice(0, n.length - phrase.length - 1));
      break;
    }
  }
  for (const core of cores) {
    const hit = LOCAL_PLACES.get(core) ?? METRO_NAMES.get(core) ?? NAMES.get(core);
    if (hit) return hit;
  }
  return [];
}
