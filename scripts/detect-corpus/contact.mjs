// Invented contact details for the detection corpus: phone numbers in each country's national and
// international written forms (numbering plans as published by the regulators), e-mail addresses on
// reserved example domains, postal addresses in each country's usual order; and the look-alikes
// that share their digits and punctuation (order numbers, dates, versions, prices...).

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');

// ---- Phones -------------------------------------------------------------------------------------

const pairs = (s) => s.replace(/(\d{2})(?=\d)/g, '$1 ');

const PHONES = {
  FR: (rng) => {
    const first = rng.pick(['6', '7', '1', '4', '9']);
    const rest = rng.digits(8);
    return rng.pick([
      () => `0${first} ${pairs(rest)}`,
      () => `0${first}${rest.replace(/(\d{2})(?=\d)/g, '$1.')}`.replace(/^(0\d)/, '$1.'),
      () => `+33 ${first} ${pairs(rest)}`,
      () => `+33 (0)${first} ${pairs(rest)}`,
      () => `0${first}${rest}`,
    ])();
  },
  DE: (rng) => {
    const mobile = rng.pick(['151', '152', '157', '160', '170', '171', '172', '176', '178']);
    const len = ['151', '152', '157', '176', '178'].includes(mobile) ? 8 : 7;
    const sub = rng.digits(len);
    const city = rng.pick([['30', 8], ['40', 8], ['89', 7], ['221', 7], ['69', 8], ['711', 7]]);
    const local = String(rng.int(2, 9)) + rng.digits(city[1] - 1);
    return rng.pick([
      () => `0${mobile} ${sub}`,
      () => `+49 ${mobile} ${sub}`,
      () => `0${mobile}/${sub}`,
      () => `0${city[0]} ${local}`,
      () => `+49 (0)${city[0]} ${local}`,
      () => `0${city[0]}-${local}`,
    ])();
  },
  GB: (rng) => {
    const mob = `7${rng.int(400, 999)}`;
    const rest = rng.digits(6);
    const london = `${rng.pick(['7', '8'])}${rng.digits(3)} ${rng.digits(4)}`;
    return rng.pick([
      () => `0${mob} ${rest}`,
      () => `+44 ${mob} ${rest}`,
      () => `+44 (0)${mob} ${rest}`,
      () => `020 ${london}`,
      () => `+44 20 ${london}`,
      () => `0161 ${rng.int(200, 999)} ${rng.digits(4)}`,
    ])();
  },
  NL: (rng) => {
    const rest = rng.digits(8);
    return rng.pick([
      () => `06 ${rest}`,
      () => `06-${rest}`,
      () => `+31 6 ${rest}`,
      () => `+31 (0)6 ${rest.slice(0, 4)} ${rest.slice(4)}`,
      () => `020 ${rng.int(200, 799)} ${rng.digits(4)}`,
      () => `010-${rng.int(200, 599)}${rng.digits(4)}`,
    ])();
  },
  ES: (rng) => {
    const mob = `6${rng.digits(2)}`;
    return rng.pick([
      () => `${mob} ${rng.digits(3)} ${rng.digits(3)}`,
      () => `+34 ${mob} ${rng.digits(3)} ${rng.digits(3)}`,
      () => `${mob}${rng.digits(6)}`,
      () => `91 ${rng.int(200, 799)} ${rng.digits(2)} ${rng.digits(2)}`,
      () => `+34 93 ${rng.int(200, 499)} ${rng.digits(2)} ${rng.digits(2)}`,
    ])();
  },
  IT: (rng) => {
    const mob = `3${rng.pick(['20', '27', '28', '29', '33', '34', '35', '38', '39', '40', '45', '47', '48', '49'])}`;
    return rng.pick([
      () => `${mob} ${rng.digits(3)} ${rng.digits(4)}`,
      () => `+39 ${mob} ${rng.digits(7)}`,
      () => `${mob}${rng.digits(7)}`,
      () => `06 ${rng.digits(4)} ${rng.digits(4)}`,
      () => `+39 02 ${rng.digits(4)} ${rng.digits(4)}`,
    ])();
  },
  PT: (rng) => {
    const mob = `9${rng.pick(['1', '2', '3', '6'])}${rng.digits(1)}`;
    return rng.pick([
      () => `${mob} ${rng.digits(3)} ${rng.digits(3)}`,
      () => `+351 ${mob} ${rng.digits(3)} ${rng.digits(3)}`,
      () => `21 ${rng.int(100, 999)} ${rng.digits(4)}`,
      () => `+351 22 ${rng.int(100, 999)} ${rng.digits(4)}`,
    ])();
  },
  US: (rng) => nanp(rng, ['212', '312', '415', '617', '206', '512', '303', '404']),
  CA: (rng) => nanp(rng, ['416', '604', '514', '403', '613', '902']),
  HK: (rng) => {
    const n = `${rng.pick(['5', '6', '9', '2', '3'])}${rng.digits(7)}`;
    return rng.pick([() => `${n.slice(0, 4)} ${n.slice(4)}`, () => `+852 ${n.slice(0, 4)} ${n.slice(4)}`, () => `(852) ${n}`])();
  },
};

function nanp(rng, areas) {
  const area = rng.pick(areas);
  let exchange;
  do exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  while (exchange.endsWith('11') || exchange === '555');
  const line = rng.digits(4);
  return rng.pick([
    () => `(${area}) ${exchange}-${line}`,
    () => `${area}-${exchange}-${line}`,
    () => `+1 ${area} ${exchange} ${line}`,
    () => `${area}.${exchange}.${line}`,
    () => `1-${area}-${exchange}-${line}`,
  ])();
}

export const PHONE_COUNTRIES = Object.keys(PHONES);
export const phone = (rng, country) => PHONES[country](rng);

// ---- E-mail -------------------------------------------------------------------------------------

const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'post.example', 'studio.example.com', 'consult.example.org'];

export function email(rng, first, last) {
  const f = fold(first);
  const l = fold(last);
  const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}`, `contact`, `${f}-${l}`]);
  const domain = rng.pick(DOMAINS);
  if (rng.chance(0.08)) return `${local} (at) ${domain}`;
  if (rng.chance(0.05)) return `${local}[at]${domain}`;
  return rng.chance(0.1) ? `${local}@${domain}`.replace(/^./, (c) => c.toUpperCase()) : `${local}@${domain}`;
}

/** Things with an @ that are not e-mail addresses. */
export function emailLookalike(rng, first, last) {
  const f = fold(first);
  const l = fold(last);
  return rng.pick([
    () => `@${f}_${l}`,
    () => `@${f}${l}`,
    () => `logo@2x.png`,
    () => `icon-${rng.int(16, 64)}@3x.png`,
    () => `react@${rng.int(16, 19)}.${rng.int(0, 9)}.${rng.int(0, 9)}`,
    () => `git@git.example.com:${l}/app.git`,
    () => `${f}@localhost`,
  ])();
}

// ---- Postal addresses ---------------------------------------------------------------------------

const FR_STREETS = ['rue des Lilas', 'rue Victor Hugo', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'place Bellecour', 'allée des Tilleuls', 'chemin des Vignes', 'impasse du Moulin', 'quai de la Loire', 'rue du Général Leclerc'];
const FR_TOWNS = [['75011', 'Paris'], ['69002', 'Lyon'], ['13001', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['67000', 'Strasbourg'], ['33000', 'Bordeaux'], ['59800', 'Lille']];
const DE_STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Lindenallee', 'Gartenweg', 'Schillerplatz', 'Goethestr.', 'Bergstraße', 'Am Markt', 'Rosengasse', 'Kaiserdamm', 'Hohenzollernring'];
const DE_TOWNS = [['10115', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['20095', 'Hamburg'], ['60311', 'Frankfurt am Main'], ['70173', 'Stuttgart'], ['04109', 'Leipzig']];
const NL_STREETS = ['Kerkstraat', 'Prinsengracht', 'Stationsplein', 'Dorpsweg', 'Julianalaan', 'Molenkade', 'Nieuwe Binnenweg', 'Oudegracht', 'Marktplein'];
const NL_TOWNS = [['Amsterdam', 1011, 1109], ['Rotterdam', 3011, 3089], ['Utrecht', 3511, 3585], ['Den Haag', 2511, 2599], ['Eindhoven', 5611, 5658]];
const ES_STREETS = ['Calle de Alcalá', 'Calle Mayor', 'C/ Serrano', 'Avenida de la Constitución', 'Plaza Mayor', 'Paseo de Gracia', 'Calle del Carmen', 'Avda. Diagonal', 'Ronda de Segovia'];
const ES_TOWNS = [['28014', 'Madrid'], ['08008', 'Barcelona'], ['41001', 'Sevilla'], ['46002', 'Valencia'], ['48001', 'Bilbao'], ['29015', 'Málaga']];
const IT_STREETS = ['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Navona', 'Viale Monza', 'Via dei Mille', 'Largo Augusto', 'Via XX Settembre', 'Vicolo del Moro'];
const IT_TOWNS = [['20121', 'Milano'], ['00186', 'Roma'], ['10121', 'Torino'], ['40121', 'Bologna'], ['50122', 'Firenze'], ['80132', 'Napoli']];
const PT_STREETS = ['Rua Augusta', 'Avenida da Liberdade', 'Praça do Comércio', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Largo do Rato', 'Rua Dom Manuel II', 'Alameda dos Oceanos'];
const PT_TOWNS = [['1100-053', 'Lisboa'], ['4000-322', 'Porto'], ['3000-150', 'Coimbra'], ['4700-435', 'Braga'], ['8000-100', 'Faro'], ['1990-096', 'Lisboa']];
const GB_STREETS = ['Baker Street', 'Station Road', 'Church Lane', 'Victoria Avenue', 'Mill Close', 'Park Drive', 'Queens Gardens', 'Kingsway', 'High Street', 'Elm Grove'];
const GB_TOWNS = [['London', () => 'NW1 6XE'], ['Manchester', (r) => `M${r.int(1, 40)} ${r.int(1, 9)}${r.pick(['AB', 'DN', 'JQ', 'RT'])}`], ['Leeds', (r) => `LS${r.int(1, 29)} ${r.int(1, 9)}${r.pick(['AA', 'HT', 'PW'])}`], ['Bristol', (r) => `BS${r.int(1, 49)} ${r.int(1, 9)}${r.pick(['QD', 'LX', 'EB'])}`], ['London', (r) => `SW1A ${r.int(1, 2)}AA`], ['Edinburgh', (r) => `EH${r.int(1, 17)} ${r.int(1, 9)}${r.pick(['YJ', 'BN', 'SL'])}`]];
const US_STREETS = ['Main Street', 'Oak Ave', 'Elm St', 'Maple Avenue', 'Washington Blvd', 'Sunset Boulevard', 'Lakeview Drive', 'Pine Road', 'Market St'];
const US_TOWNS = [['Springfield, IL', '627'], ['Austin, TX', '787'], ['Portland, OR', '972'], ['Boston, MA', '021'], ['Denver, CO', '802'], ['Seattle, WA', '981']];
const CA_STREETS = ['King Street West', 'Rue Sainte-Catherine', 'Granville Street', 'Bank St', 'Jasper Avenue', 'Yonge Street'];
const CA_TOWNS = [['Toronto, ON', 'M5V'], ['Montréal, QC', 'H3B'], ['Vancouver, BC', 'V6B'], ['Ottawa, ON', 'K1P'], ['Edmonton, AB', 'T5J']];
const HK_STREETS = ["Queen's Road Central", 'Nathan Road', 'Hennessy Road', 'Des Voeux Road', 'Canton Road'];
const HK_AREAS = ['Central, Hong Kong', 'Tsim Sha Tsui, Kowloon', 'Wan Chai, Hong Kong', 'Mong Kok, Kowloon', 'Sha Tin, New Territories'];

const caPostal = (rng, fsa) => `${fsa} ${rng.int(1, 9)}${rng.pick([...'ABCEGHJKLMNPRSTVXY'])}${rng.int(1, 9)}`;

const ADDRESSES = {
  FR: (rng) => { const [cp, town] = rng.pick(FR_TOWNS); return `${rng.int(1, 120)}${rng.chance(0.1) ? ' bis' : ''} ${rng.pick(FR_STREETS)}, ${cp} ${town}`; },
  DE: (rng) => { const [plz, town] = rng.pick(DE_TOWNS); return `${rng.pick(DE_STREETS)} ${rng.int(1, 140)}${rng.chance(0.1) ? 'a' : ''}, ${plz} ${town}`; },
  NL: (rng) => { const [town, lo, hi] = rng.pick(NL_TOWNS); return `${rng.pick(NL_STREETS)} ${rng.int(1, 300)}, ${rng.int(lo, hi)} ${rng.pick(['AB', 'CJ', 'GH', 'KL', 'TR', 'VX'])} ${town}`; },
  ES: (rng) => { const [cp, town] = rng.pick(ES_TOWNS); return `${rng.pick(ES_STREETS)} ${rng.int(1, 200)}${rng.chance(0.3) ? `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'izq.'])}` : ''}, ${cp} ${town}`; },
  IT: (rng) => { const [cap, town] = rng.pick(IT_TOWNS); return `${rng.pick(IT_STREETS)} ${rng.int(1, 150)}, ${cap} ${town}`; },
  PT: (rng) => { const [cp, town] = rng.pick(PT_TOWNS); return `${rng.pick(PT_STREETS)} ${rng.int(1, 250)}, ${cp} ${town}`; },
  GB: (rng) => { const [town, pc] = rng.pick(GB_TOWNS); return `${rng.int(1, 220)}${rng.chance(0.1) ? 'B' : ''} ${rng.pick(GB_STREETS)}, ${town} ${pc(rng)}`; },
  US: (rng) => { const [town, zip3] = rng.pick(US_TOWNS); return `${rng.int(10, 9800)} ${rng.pick(US_STREETS)}${rng.chance(0.3) ? `, Apt ${rng.int(1, 40)}` : ''}, ${town} ${zip3}${rng.digits(2)}${rng.chance(0.2) ? `-${rng.digits(4)}` : ''}`; },
  CA: (rng) => { const [town, fsa] = rng.pick(CA_TOWNS); return `${rng.int(10, 2500)} ${rng.pick(CA_STREETS)}, ${town} ${caPostal(rng, fsa)}`; },
  HK: (rng) => `Flat ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', 'D'])}, ${rng.int(1, 300)} ${rng.pick(HK_STREETS)}, ${rng.pick(HK_AREAS)}`,
};
export const address = (rng, country) => ADDRESSES[country](rng);

/** A street name used as a place or a metaphor, or a postcode with a town but no street. */
const ADDRESS_LOOKALIKES = {
  FR: [(r) => `nos bureaux du ${r.pick(FR_TOWNS)[0]}`, () => 'la rue de Rivoli', () => 'le boulevard périphérique', (r) => `${r.pick(FR_TOWNS).join(' ')}`],
  DE: [() => 'die Hauptstraße runter', (r) => `${r.pick(DE_TOWNS).join(' ')}`, () => 'der Kurfürstendamm', () => 'die Seidenstraße'],
  NL: [() => 'de Kalverstraat', (r) => `${r.int(1000, 9999)} volgers`, () => 'Wall Street', () => 'de Zuidas'],
  ES: [() => 'la Gran Vía', (r) => `${r.pick(ES_TOWNS).join(' ')}`, () => 'Wall Street', () => 'la calle'],
  IT: [() => 'Via della Spiga', (r) => `${r.pick(IT_TOWNS).join(' ')}`, () => 'Piazza Affari', () => 'la via giusta'],
  PT: [() => 'a Avenida da Liberdade', () => 'Wall Street', (r) => `${r.pick(PT_TOWNS)[1]}`, () => 'a rua'],
  GB: [() => 'Downing Street', () => 'Wall Street', () => 'the high street', (r) => `our ${r.pick(['EC2A', 'SW1', 'M1'])} office`],
  US: [() => 'Wall Street', () => 'Main Street', () => 'Sesame Street', (r) => `${r.int(10000, 99999)} followers`],
  CA: [() => 'Bay Street', () => 'Main Street', () => 'Yonge Street', (r) => `${r.int(10000, 99999)} members`],
  HK: [() => 'Nathan Road', () => 'Wall Street', () => "Queen's Road", () => 'Lan Kwai Fong'],
};
export const addressLookalike = (rng, country) => rng.pick(ADDRESS_LOOKALIKES[country])(rng);

// ---- Numbers that are not contact details or identifiers ---------------------------------------

/** Digits and separators that a naive pattern takes for a phone, card or identifier, by kind. */
export const NUMERIC_LOOKALIKES = {
  order: (rng) => rng.pick([`#${rng.int(100000, 9999999)}`, `${rng.int(1000000000, 9999999999)}`, `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`]),
  invoice: (rng) => `INV-${rng.int(2019, 2026)}-${rng.digits(6)}`,
  date: (rng) => rng.pick([
    `${rng.int(2019, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    `${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(2019, 2026)}`,
    `${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${rng.int(2019, 2026)}`,
  ]),
  version: (rng) => rng.pick([`v${rng.int(1, 12)}.${rng.int(0, 30)}.${rng.int(0, 99)}`, `${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}.${rng.int(100, 9999)}`]),
  price: (rng, lang) => (lang === 'en' ? `$${rng.int(1, 99)},${rng.digits(3)}.${rng.digits(2)}` : `${rng.int(1, 99)} ${rng.digits(3)},${rng.digits(2)} €`),
  years: (rng) => `${rng.int(2010, 2019)}–${rng.int(2020, 2026)}`,
  isbn: (rng) => `978-${rng.int(0, 9)}-${rng.digits(2)}-${rng.digits(6)}-${rng.int(0, 9)}`,
  time: (rng) => `${rng.int(8, 12)}:${rng.pick(['00', '15', '30'])}–${rng.int(13, 18)}:${rng.pick(['00', '30'])}`,
  tracking: (rng) => `1Z${rng.digits(3)}AA${rng.digits(10)}`,
  count: (rng, lang) => (lang === 'en' ? `${rng.int(1, 9)},${rng.digits(3)},${rng.digits(3)}` : rng.chance(0.5) ? `${rng.int(1, 9)} ${rng.digits(3)} ${rng.digits(3)}` : `${rng.int(10, 99)}.${rng.digits(3)}.${rng.digits(3)}`),
  sku: (rng) => `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`,
  ip: (rng) => `192.0.2.${rng.int(1, 254)}`,
};
