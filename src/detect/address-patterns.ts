// Street and postcode shapes by country. A street is a street-type word with a house number in the
// country's order ("12 rue des Lilas", "Hauptstraße 5", "Via Roma 10", "221B Baker Street"); a
// postcode is the country's format, followed by a town (or, in Hong Kong, which has no postcodes,
// the territory's area names).

export interface AddressPattern {
  street: RegExp;
  postcode: RegExp;
}

const L = "[A-ZÀ-Þ][\\p{L}'’.-]*"; // a capitalised word
const NAME_WORDS = `(?:${L}\\s+){0,3}`;
const TOWN = "\\s+[A-ZÀ-Þ][\\p{L}'’-]*";

const EN_STREET = new RegExp(
  `\\b\\d{1,5}[A-Z]?,?\\s+(?:${L}\\s+){0,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Gardens|Grove|Place|Pl|Crescent|Terrace|Court|Ct|Square|Hill|Row|Mews|Walk|Boulevard|Blvd|Parkway|Pkwy|Highway|Hwy|Kingsway)\\b\\.?(?:\\s+(?:West|East|North|South|Central|NW|NE|SW|SE))?`,
  'gu',
);
const ROMANCE = (types: string) => new RegExp(`(?:^|(?<=[\\s,(]))(?:${types})\\s+[^\\d,\\n]{2,40}?,?\\s*\\d{1,4}[A-Za-z]?\\b`, 'giu');

export const ADDRESS_PATTERNS: Record<string, AddressPattern> = {
  FR: {
    street: /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours|square|passage|rond-point)\s/giu,
    postcode: new RegExp(`\\b(?:0[1-9]|[1-8]\\d|9[0-8])\\d{3}${TOWN}`, 'gu'),
  },
  BE: {
    street: /\b(?:[\p{L}'’-]+(?:straat|laan|weg|plein)\s+\d{1,4}|(?:rue|avenue|boulevard|place|chaussée)\s+[^\d,\n]{2,40}?,?\s*\d{1,4})\b/giu,
    postcode: new RegExp(`\\b[1-9]\\d{3}${TOWN}`, 'gu'),
  },
  DE: {
    street: new RegExp(`(?:\\b[\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|markt)|\\b(?:Am|An der|Im|Auf der|Zum|Zur|In der)\\s+${L})\\s+\\d{1,4}\\s?[a-z]?\\b`, 'giu'),
    postcode: new RegExp(`\\b\\d{5}${TOWN}`, 'gu'),
  },
  AT: {
    street: /\b[\p{L}-]*(?:straße|strasse|gasse|weg|platz|allee|ring)\s+\d{1,4}[a-z]?\b/giu,
    postcode: new RegExp(`\\b[1-9]\\d{3}${TOWN}`, 'gu'),
  },
  NL: {
    street: new RegExp(`\\b${NAME_WORDS}[\\p{L}'’-]*(?:straat|laan|weg|gracht|plein|kade|singel|dijk|steeg|pad|markt|hof|dreef|baan|park|meervoort)\\s+\\d{1,4}\\s?[a-zA-Z]?\\b`, 'giu'),
    postcode: new RegExp(`\\b[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}${TOWN}`, 'gu'),
  },
  ES: {
    street: ROMANCE('calle|c/|avenida|avda\\.?|av\\.|plaza|pza\\.|paseo|ronda|camino|carretera|travesía|glorieta|rambla'),
    postcode: new RegExp(`\\b(?:0[1-9]|[1-4]\\d|5[0-2])\\d{3}${TOWN}`, 'gu'),
  },
  IT: {
    street: ROMANCE('via|viale|corso|piazza|piazzale|largo|vicolo|strada|lungotevere|lungarno|contrada|borgo'),
    postcode: new RegExp(`\\b\\d{5}${TOWN}`, 'gu'),
  },
  PT: {
    street: ROMANCE('rua|avenida|av\\.|praça|travessa|largo|alameda|estrada|calçada|beco|rotunda'),
    postcode: new RegExp(`\\b\\d{4}-\\d{3}${TOWN}`, 'gu'),
  },
  GB: {
    street: EN_STREET,
    postcode: /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g,
  },
  US: {
    street: EN_STREET,
    postcode: /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g,
  },
  CA: {
    // English order, or the Quebec order "450, rue Sainte-Catherine".
    street: new RegExp(`${EN_STREET.source}|\\b\\d{1,5},?\\s+(?:rue|avenue|boulevard|chemin|place)\\s`, 'giu'),
    postcode: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/g,
  },
  HK: {
    street: EN_STREET,
    postcode: /\b(?:Hong Kong|Kowloon|New Territories)\b/g,
  },
};
