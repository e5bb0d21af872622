import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../scripts/detect-corpus/random.mjs';
import * as ids from '../../../scripts/detect-corpus/identifiers.mjs';
import { matches, kinds } from './detect-helpers.js';
import { createDetectors } from '../../../src/detect/index.js';

const EU = { region: 'EU' as const, country: 'DE' };

describe('IBAN', () => {
  it.each(ids.IBAN_COUNTRIES)('finds valid %s IBANs, grouped or in one block', (country) => {
    const rng = makeRng(`test-iban-${country}`);
    for (let i = 0; i < 30; i++) {
      const iban = ids.iban(rng, country);
      expect(matches(EU, `Dons sur ${iban} merci`), iban).toEqual([['iban', iban]]);
    }
  });
  it.each(ids.IBAN_COUNTRIES)('ignores %s IBANs whose check digits are wrong', (country) => {
    const rng = makeRng(`test-iban-bad-${country}`);
    for (let i = 0; i < 30; i++) {
      const bad = ids.ibanBadChecksum(rng, country);
      expect(kinds(EU, `IBAN ${bad} refusé`), bad).toEqual([]);
    }
  });
  it('stops before a following word', () => {
    expect(matches(EU, 'DE89 3704 0044 0532 0130 00 EUR')).toEqual([['iban', 'DE89 3704 0044 0532 0130 00']]);
  });
});

describe('payment cards', () => {
  it('finds Luhn-valid numbers in a network range, in groups or one block', () => {
    const rng = makeRng('test-card');
    for (let i = 0; i < 200; i++) {
      const card = ids.card(rng);
      expect(matches(EU, `Karte ${card} belastet`), card).toEqual([['payment-card', card]]);
    }
  });
  it('ignores numbers failing Luhn, outside every network range, and IMEIs', () => {
    const rng = makeRng('test-card-bad');
    for (let i = 0; i < 100; i++) {
      for (const text of [`Nummer ${ids.cardBadLuhn(rng)} ungültig`, `Kundenkonto ${ids.luhnValidNonCard(rng)} hat Punkte`, `Geräte-IMEI ${ids.imei(rng)} registriert`]) {
        expect(kinds(EU, text), text).not.toContain('payment-card');
      }
    }
  });
});

const SCHEMES: Array<[string, (r: ReturnType<typeof makeRng>) => string, (r: ReturnType<typeof makeRng>) => string, string, string]> = [
  ['us-ssn', ids.usSsn, ids.usSsnInvalid, 'SSN', 'US'],
  ['uk-nino', ids.ukNino, ids.ukNinoInvalid, 'NI number', 'GB'],
  ['fr-nir', ids.frNir, ids.frNirBadKey, 'Numéro de sécu :', 'FR'],
  ['de-tax-id', ids.deSteuerId, ids.deSteuerIdBad, 'Steuer-ID', 'DE'],
  ['nl-bsn', ids.nlBsn, ids.nlBsnBad, 'Mijn BSN is', 'NL'],
  ['es-dni', ids.esDni, ids.esDniBad, 'DNI', 'ES'],
  ['it-codice-fiscale', ids.itCodiceFiscale, ids.itCodiceFiscaleBad, 'Codice fiscale:', 'IT'],
  ['pt-nif', ids.ptNif, ids.ptNifBad, 'O meu NIF é', 'PT'],
];

describe('national identifiers', () => {
  it.each(SCHEMES)('%s: finds valid numbers after their name and names the scheme', (scheme, valid, _invalid, keyword, country) => {
    const rng = makeRng(`test-nid-${scheme}`);
    const detectors = createDetectors({ region: 'EU', country });
    for (let i = 0; i < 60; i++) {
      const id = valid(rng);
      const text = `${keyword} ${id} (form).`;
      const found = detectors.detect({ text, category: 'posts' }).filter((f) => f.kind === 'national-id');
      expect(found.map((f) => [text.slice(f.start, f.end), f.detail]), text).toEqual([[id, scheme]]);
    }
  });
  it.each(SCHEMES)('%s: ignores numbers that break the scheme rules', (scheme, _valid, invalid, keyword, country) => {
    const rng = makeRng(`test-nid-bad-${scheme}`);
    for (let i = 0; i < 60; i++) {
      const text = `${keyword} ${invalid(rng)} (form).`;
      expect(kinds({ region: 'EU', country }, text), text).not.toContain('national-id');
    }
  });
  it('needs the name of the scheme for bare digit runs (tax id, BSN, NIF)', () => {
    const rng = makeRng('test-nid-bare');
    for (let i = 0; i < 30; i++) {
      for (const id of [ids.deSteuerId(rng).replace(/ /g, ''), ids.nlBsn(rng), ids.ptNif(rng)]) {
        expect(kinds({ region: 'EU' }, `Referenz ${id} erledigt.`), id).not.toContain('national-id');
      }
    }
  });
});

describe('passport numbers', () => {
  it.each(['FR', 'DE', 'ES', 'IT', 'NL', 'PT', 'US'])('finds %s passport numbers next to the word for passport', (country) => {
    const rng = makeRng(`test-passport-${country}`);
    for (let i = 0; i < 30; i++) {
      const number = ids.passportNumber(rng, country);
      if (!/\d/.test(number)) continue; // an all-letter number is a known limit (docs/detectors.md)
      const found = createDetectors({ region: 'EU' }).detect({ text: `Passport no. ${number}, renewed.`, category: 'posts' });
      expect(found.map((f) => [f.detail, f.kind]), number).toEqual([['passport', 'national-id']]);
    }
  });
  it('ignores years, programme names and passports without a number', () => {
    for (const text of ['My passport expired in 2019.', 'Passport to Growth 2024 starts in June.', 'Digital product passport v2 for batteries.', 'Passport photo booth on floor 1.', 'Reisepass ist 2019 abgelaufen.']) {
      expect(kinds({ region: 'EU' }, text), text).toEqual([]);
    }
  });
});
