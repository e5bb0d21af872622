// Findings as they cross between threads: one Int32Array (transferred, not copied) and a table of
// the few detail strings, instead of an object per finding.

import { DETECTOR_IDS, FINDING_KINDS, type Finding } from '../detect/index.js';
import { defined } from '../model/defined.js';

/** Per finding: item index in the batch, detector, kind, start, end, detail (-1: none), person (-1: none). */
const FIELDS = 7;

export interface EncodedFindings {
  ints: Int32Array;
  details: string[];
}

/** The findings of a batch's items, `found[i]` being those of the batch's i-th item. */
export function encodeFindings(found: ReadonlyArray<{ index: number; findings: readonly Finding[] }>): EncodedFindings {
  let total = 0;
  for (const f of found) total += f.findings.length;
  const ints = new Int32Array(total * FIELDS);
  const details: string[] = [];
  let at = 0;
  for (const { index, findings } of found) {
    for (const f of findings) {
      let detail = -1;
      if (f.detail !== undefined) {
        detail = details.indexOf(f.detail);
        if (detail < 0) detail = details.push(f.detail) - 1;
      }
      ints.set([index, DETECTOR_IDS.indexOf(f.detector), FINDING_KINDS.indexOf(f.kind), f.start, f.end, detail, f.person ?? -1], at);
      at += FIELDS;
    }
  }
  return { ints, details };
}

/** Calls `each` with every item index of the batch that has findings, and its findings in order. */
export function decodeFindings(encoded: EncodedFindings, each: (index: number, findings: Finding[]) => void): void {
  const { ints, details } = encoded;
  let current = -1;
  let findings: Finding[] = [];
  for (let at = 0; at < ints.length; at += FIELDS) {
    const index = defined(ints[at]);
    if (index !== current) {
      if (current >= 0) each(current, findings);
      current = index;
      findings = [];
    }
    const detail = defined(ints[at + 5]);
    const person = defined(ints[at + 6]);
    const finding: Finding = { detector: defined(DETECTOR_IDS[defined(ints[at + 1])]), kind: defined(FINDING_KINDS[defined(ints[at + 2])]), start: defined(ints[at + 3]), end: defined(ints[at + 4]) };
    if (detail >= 0) finding.detail = defined(details[detail]);
    if (person >= 0) finding.person = person;
    findings.push(finding);
  }
  if (current >= 0) each(current, findings);
}
