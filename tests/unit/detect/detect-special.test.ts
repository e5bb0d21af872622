import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../scripts/make-detect-corpus.mjs';
import { createDetectors } from '../../../src/detect/index.js';
import { matches } from './detect-helpers.js';

const ANY = { region: 'EU' as const };
const SUB: Record<string, string> = { pregnancy: 'health', disability: 'health' };
const MARKED = /\[\[(~?)([a-z-]+):([^\]]+)\]\]/g;

/** A corpus sentence without its markers, and its marked spans. */
function unmark(sentence: string) {
  let text = '';
  let last = 0;
  const spans: Array<{ trap: boolean; kind: string; start: number; end: number }> = [];
  for (const m of sentence.matchAll(MARKED)) {
    text += sentence.slice(last, m.index);
    spans.push({ trap: m[1] === '~', kind: SUB[m[2]!] ?? m[2]!, start: text.length, end: text.length + m[3]!.length });
    text += m[3];
    last = m.index! + m[0].length;
  }
  return { text: text + sentence.slice(last), spans };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe.each(Object.keys(LANGUAGES))('special categories in %s', (lang) => {
  const language = (LANGUAGES as Record<string, { special: Record<string, string[]>; specialTraps: string[] }>)[lang]!;
  const detectors = createDetectors({ region: 'EU', only: ['special-categories'] });

  it.each(Object.keys(language.special))('finds the %s mentions of the corpus sentences', (category) => {
    let found = 0;
    let total = 0;
    for (const sentence of language.special[category]!) {
      const { text, spans } = unmark(sentence);
      const findings = detectors.detect({ text, category: 'posts' });
      for (const s of spans) {
        total++;
        if (findings.some((f) => f.kind === s.kind && overlaps(f, s))) found++;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.8);
  });

  it('reports none of the look-alike traps', () => {
    const alarms: string[] = [];
    for (const sentence of language.specialTraps) {
      const { text, spans } = unmark(sentence);
      for (const f of detectors.detect({ text, category: 'posts' })) {
        if (spans.some((s) => s.trap && overlaps(f, s))) alarms.push(`${f.kind}: ${text}`);
      }
    }
    expect(alarms).toEqual([]);
  });
});

describe('special-category matching', () => {
  it('matches whole words with their inflections and compounds, case and accents ignored', () => {
    expect(matches(ANY, 'As a diabetic I travel light; Diabetes is manageable.')).toEqual([
      ['health', 'diabetic'],
      ['health', 'Diabetes'],
    ]);
    expect(matches(ANY, 'Nach meiner Brustkrebs-Diagnose und als Diabetikerin.')).toEqual([
      ['health', 'Brustkrebs'],
      ['health', 'Diabetikerin'],
    ]);
    expect(matches(ANY, 'Je suis DIABETIQUE depuis dix ans.')).toEqual([['health', 'DIABETIQUE']]);
    expect(matches(ANY, 'The prediabetes-free cancerous...')).toEqual([['health', 'cancerous']]);
  });

  it('reads the hard negatives of the issue as what they are', () => {
    for (const text of ['Honestly sick of meetings that could be an email.', 'Alumna of the Catholic University of Leuven, now at Acme.', 'The union of two companies is complete.', 'The European Union adopted the AI Act.', 'A conservative estimate puts growth at 4%.', 'Join our summer party on Friday!']) {
      expect(matches(ANY, text), text).toEqual([]);
    }
  });

  it('says pregnancy and disability in the detail of a health finding', () => {
    const d = createDetectors(ANY);
    const text = 'I am pregnant and a wheelchair user.';
    expect(d.detect({ text, category: 'posts' }).map((f) => [f.kind, f.detail])).toEqual([
      ['health', 'pregnancy'],
      ['health', 'disability'],
    ]);
  });

  it('joins adjacent words of one category into one finding', () => {
    expect(matches(ANY, 'I came out as bisexual at 30.')).toEqual([['sexual-orientation', 'came out as bisexual']]);
  });

  it('applies words that mean something else in another language only in their own language', () => {
    expect(matches(ANY, 'Proud of my Roma heritage and of the Roma community in our town.')).toEqual([
      ['ethnic-origin', 'Roma'],
      ['ethnic-origin', 'Roma'],
    ]);
    expect(matches(ANY, 'Trasferta a Roma la prossima settimana con il team di Milano.')).toEqual([]);
  });
});
