import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../scripts/detect-corpus/random.mjs';
import * as contact from '../../../scripts/detect-corpus/contact.mjs';
import { matches, kinds } from './detect-helpers.js';

const FR = { region: 'EU' as const, country: 'FR' };
const REGION_OF: Record<string, 'EU' | 'UK' | 'CA' | 'HK' | 'OTHER'> = { FR: 'EU', DE: 'EU', NL: 'EU', ES: 'EU', IT: 'EU', PT: 'EU', GB: 'UK', US: 'OTHER', CA: 'CA', HK: 'HK' };

describe('e-mail addresses', () => {
  it('finds plain and disguised addresses with exact offsets', () => {
    expect(matches(FR, 'Écrivez à jean.dupont@example.com, ou à Anna_B+jobs@mail.example.org.')).toEqual([
      ['email', 'jean.dupont@example.com'],
      ['email', 'Anna_B+jobs@mail.example.org'],
    ]);
    expect(matches(FR, 'contact: lea (at) example.net / marc[at]example.com')).toEqual([
      ['email', 'lea (at) example.net'],
      ['email', 'marc[at]example.com'],
    ]);
  });

  it('ignores handles, image names, package versions, SSH remotes and hosts without a domain', () => {
    const rng = makeRng('test-email');
    for (let i = 0; i < 60; i++) {
      const text = `Voir ${contact.emailLookalike(rng, 'Léa', 'Martin')} demain.`;
      expect(kinds(FR, text), text).toEqual([]);
    }
  });
});

describe('phone numbers', () => {
  it.each(contact.PHONE_COUNTRIES)('finds numbers of %s in the national and international forms people write', (country) => {
    const rng = makeRng(`test-phone-${country}`);
    const options = { region: REGION_OF[country]!, country };
    for (let i = 0; i < 40; i++) {
      const number = contact.phone(rng, country);
      expect(matches(options, `Call me on ${number} after six.`), number).toEqual([['phone', number]]);
    }
  });

  it('finds international numbers whatever the member country, and with no country at all', () => {
    expect(matches({ region: 'EU' }, 'Bureau de Londres : +44 20 7946 0958.')).toEqual([['phone', '+44 20 7946 0958']]);
    expect(matches({ region: 'OTHER', country: 'US' }, 'Paris office +33 1 42 68 53 00')).toEqual([['phone', '+33 1 42 68 53 00']]);
  });

  it.each(['FR', 'DE', 'GB', 'US', 'ES', 'IT', 'NL', 'PT'])('ignores dates, versions, prices, order, invoice, ISBN and tracking numbers (%s)', (country) => {
    const rng = makeRng(`test-lookalike-${country}`);
    const options = { region: REGION_OF[country]!, country };
    const frames: Record<string, string> = { order: 'Order {x} shipped.', invoice: 'Invoice {x} attached.', date: 'See you on {x}!', version: 'Release {x} is out.', price: 'Only {x} a year.', years: 'At Acme {x}.', isbn: 'ISBN {x}.', time: 'Workshop {x}.', tracking: 'Tracking: {x}.', sku: 'Part {x} in stock.', ip: 'Server {x}.' };
    const lookalikes: Readonly<Record<string, contact.NumericLookalike | undefined>> = contact.NUMERIC_LOOKALIKES;
    for (let i = 0; i < 8; i++) {
      for (const [kind, frame] of Object.entries(frames)) {
        const lookalike = lookalikes[kind];
        expect(lookalike, kind).toBeDefined();
        const text = frame.replace('{x}', lookalike!(rng, 'en'));
        expect(kinds(options, text), text).not.toContain('phone');
      }
    }
  });

  it('does not read the digits of a link, an IBAN or a card as a phone', () => {
    expect(kinds(FR, 'Liked https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6000003243959564036')).toEqual([]);
    expect(kinds(FR, 'IBAN FR76 3000 6000 0112 3456 7890 189')).toEqual(['iban']);
    expect(kinds(FR, 'Facture 123456789 réglée.')).toEqual([]);
  });
});

describe('postal addresses', () => {
  it.each(['FR', 'DE', 'NL', 'ES', 'IT', 'PT', 'GB', 'US', 'CA', 'HK'])('finds street and postcode together (%s)', (country) => {
    const rng = makeRng(`test-address-${country}`);
    const options = { region: REGION_OF[country]!, country };
    for (let i = 0; i < 30; i++) {
      const address = contact.address(rng, country);
      const found = matches(options, `New office: ${address}. See you there.`).filter(([k]) => k === 'postal-address');
      expect(found.length, address).toBe(1);
      expect(address.startsWith(found[0]![1].slice(0, 3)) || address.includes(found[0]![1].slice(0, 8)), address).toBe(true);
    }
  });

  it.each(['FR', 'DE', 'NL', 'ES', 'IT', 'PT', 'GB', 'US', 'CA', 'HK'])('ignores a street or a postcode alone (%s)', (country) => {
    const rng = makeRng(`test-address-lookalike-${country}`);
    const options = { region: REGION_OF[country]!, country };
    for (let i = 0; i < 20; i++) {
      const text = `Ten years near ${contact.addressLookalike(rng, country)} taught me a lot.`;
      expect(kinds(options, text), text).not.toContain('postal-address');
    }
  });

  it('uses every known country when the member country is unknown', () => {
    expect(kinds({ region: 'OTHER' }, 'Rendez-vous au 12 rue des Lilas, 75011 Paris.')).toEqual(['postal-address']);
  });
});

describe('phone numbers: figures that only look like them', () => {
  it('ignores a decimal fraction and a range of counts in a country without trunk prefix (found on the sample export)', () => {
    const NO = { region: 'EU' as const, country: 'NO' };
    expect(kinds(NO, 'Probability that the member becomes inactive · 0.0031877')).toEqual([]);
    expect(kinds(NO, 'Company Employee Count: 201-500 | 1001-5000; Company Size: 1001-5000')).toEqual([]);
    expect(kinds(NO, 'Worked there 2019-2024.')).toEqual([]);
    // Phones of the same country are still found.
    expect(matches(NO, 'Ring meg på 555 01 234 eller +47 55501234.')).toEqual([
      ['phone', '555 01 234'],
      ['phone', '+47 55501234'],
    ]);
  });
});
