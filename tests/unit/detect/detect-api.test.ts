import { describe, expect, it } from 'vitest';
import { createDetectors, DETECTORS, DETECTOR_IDS, FINDING_KINDS } from '../../../src/detect/index.js';
import { makeDetectCorpus } from '../../../scripts/make-detect-corpus.mjs';

describe('createDetectors', () => {
  it('registers one detector per id, each with a label and its kinds', () => {
    expect(DETECTORS.map((d) => d.id).sort()).toEqual([...DETECTOR_IDS].sort());
    for (const d of DETECTORS) {
      expect(d.label.length).toBeGreaterThan(3);
      for (const k of d.kinds) expect(FINDING_KINDS).toContain(k);
    }
  });

  it('runs only the detectors asked for, and refuses an unknown one', () => {
    const text = 'Mail jean@example.com, call +33 6 12 34 56 78, I have diabetes.';
    expect(createDetectors({ region: 'EU', only: ['email'] }).detect({ text, category: 'posts' }).map((f) => f.kind)).toEqual(['email']);
    expect(createDetectors({ region: 'EU' }).detect({ text, category: 'posts' }).map((f) => f.kind)).toEqual(['email', 'phone', 'health']);
    expect(() => createDetectors({ region: 'EU', only: ['nope' as never] })).toThrow(/unknown detector/);
  });

  it('returns findings sorted, inside the text, for every corpus text', () => {
    const corpus = makeDetectCorpus({ perLanguage: 60 });
    for (const m of corpus.members) {
      const d = createDetectors({ region: m.region, country: m.country, connections: m.connections });
      for (const t of corpus.texts.filter((x: { member: string }) => x.member === m.id)) {
        const found = d.detect({ text: t.text, category: t.category });
        for (let i = 0; i < found.length; i++) {
          const f = found[i]!;
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.text.length);
          expect(f.end).toBeGreaterThan(f.start);
          if (i > 0) expect(f.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
        }
      }
    }
  });

  it('copes with empty, huge and hostile texts', () => {
    const d = createDetectors({ region: 'EU', country: 'FR', connections: [{ first: 'Anna', last: 'Müller' }] });
    expect(d.detect({ text: '', category: 'posts' })).toEqual([]);
    const hostile = ['0'.repeat(200_000), '1 2 3 4 '.repeat(40_000), '@'.repeat(100_000), 'a@b.'.repeat(30_000), '\u202e\u0000🚀'.repeat(30_000), 'Anna '.repeat(40_000), 'rue 12 '.repeat(20_000)];
    for (const text of hostile) expect(Array.isArray(d.detect({ text, category: 'posts' }))).toBe(true);
  });
});
