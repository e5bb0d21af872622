// Types of contact.mjs (invented contact details for the detection corpus), for the tests that import it.
// Country arguments are ISO 3166-1 alpha-2 codes; an unsupported country throws.

import type { Rng } from './random.mjs';

/** The countries phone() knows: FR DE GB NL ES IT PT US CA HK. */
export const PHONE_COUNTRIES: string[];
export function phone(rng: Rng, country: string): string;

export function email(rng: Rng, first: string, last: string): string;
/** Things with an @ that are not e-mail addresses. */
export function emailLookalike(rng: Rng, first: string, last: string): string;

/** A postal address of FR DE NL ES IT PT GB US CA HK. */
export function address(rng: Rng, country: string): string;
/** A street name used as a place or a metaphor, or a postcode with a town but no street. */
export function addressLookalike(rng: Rng, country: string): string;

export type NumericLookalikeKind =
  | 'order'
  | 'invoice'
  | 'date'
  | 'version'
  | 'price'
  | 'years'
  | 'isbn'
  | 'time'
  | 'tracking'
  | 'count'
  | 'sku'
  | 'ip';
/** lang ("en", "fr"...) matters for price and count only. */
export type NumericLookalike = (rng: Rng, lang?: string) => string;
/** Digits and separators that a naive pattern takes for a phone, card or identifier, by kind. */
export const NUMERIC_LOOKALIKES: { readonly [K in NumericLookalikeKind]: NumericLookalike };
