// Every detector, in the order their findings are reported. Identifiers come before phone
// numbers: where a phone match overlaps an IBAN, card or national id, the identifier wins.

import { emailDetector } from './email.js';
import { phoneDetector } from './phone.js';
import { postalAddressDetector } from './postal-address.js';
import { ibanDetector } from './iban.js';
import { paymentCardDetector } from './payment-card.js';
import { nationalIdDetector } from './national-id.js';
import { passportDetector } from './passport.js';
import { specialCategoriesDetector } from './special-categories.js';
import { connectionNamesDetector } from './connection-names.js';
import type { Detector, DetectorId } from './types.js';

export const DETECTORS: readonly Detector[] = [
  emailDetector,
  ibanDetector,
  paymentCardDetector,
  nationalIdDetector,
  passportDetector,
  postalAddressDetector,
  phoneDetector,
  specialCategoriesDetector,
  connectionNamesDetector,
];

/** Detectors whose findings give way to an overlapping finding of an earlier detector in this list. */
export const YIELDS_TO: Partial<Record<DetectorId, readonly DetectorId[]>> = {
  phone: ['iban', 'payment-card', 'national-id', 'passport', 'postal-address'],
  'payment-card': ['iban'],
  'national-id': ['iban', 'payment-card'],
  passport: ['iban', 'payment-card', 'national-id'],
};

export function detectorById(id: DetectorId): Detector {
  const d = DETECTORS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown detector ${JSON.stringify(id)}`);
  return d;
}
