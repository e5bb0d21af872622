// Types of identifiers.mjs (invented identifiers for the detection corpus), for the tests that import it.

import type { Rng } from './random.mjs';

/** The countries iban() knows: DE NL GB IT AT IE BE FR ES PT. */
export const IBAN_COUNTRIES: string[];
export function iban(rng: Rng, country: string): string;
export function ibanBadChecksum(rng: Rng, country: string): string;

export function card(rng: Rng): string;
export function cardBadLuhn(rng: Rng): string;
export function luhnValidNonCard(rng: Rng): string;
export function imei(rng: Rng): string;

export function usSsn(rng: Rng): string;
export function usSsnInvalid(rng: Rng): string;
export function ukNino(rng: Rng): string;
export function ukNinoInvalid(rng: Rng): string;
export function frNir(rng: Rng): string;
export function frNirBadKey(rng: Rng): string;
export function deSteuerId(rng: Rng): string;
export function deSteuerIdBad(rng: Rng): string;
export function nlBsn(rng: Rng): string;
export function nlBsnBad(rng: Rng): string;
export function esDni(rng: Rng): string;
export function esNie(rng: Rng): string;
export function esDniBad(rng: Rng): string;
export function itCodiceFiscale(rng: Rng): string;
export function itCodiceFiscaleBad(rng: Rng): string;
export function ptNif(rng: Rng): string;
export function ptNifBad(rng: Rng): string;

/** Passport-number shapes of FR DE ES IT NL PT, nine digits for any other country. */
export function passportNumber(rng: Rng, country: string): string;
