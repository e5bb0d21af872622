import { describe, expect, it } from 'vitest';
import { makeDetectCorpus } from '../../../scripts/make-detect-corpus.mjs';
import { createDetectors, DETECTORS } from '../../../src/detect/index.js';

// The labelled corpus the bench scores: it must stay honest (labels on the words they name) and
// the detectors must keep meeting the targets on it. Deterministic: seeded generator.
const corpus = makeDetectCorpus();

describe('labelled detection corpus', () => {
  it('has at least 2,000 texts in seven languages, with labels and traps inside the texts', () => {
    expect(corpus.texts.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(corpus.texts.map((t: { lang: string }) => t.lang)).size).toBe(7);
    for (const t of corpus.texts) {
      for (const s of [...t.labels, ...t.traps]) {
        expect(s.end).toBeGreaterThan(s.start);
        expect(t.text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
      }
    }
    const kinds = new Set(corpus.texts.flatMap((t: { labels: Array<{ kind: string }> }) => t.labels.map((l) => l.kind)));
    expect(kinds.size).toBe(14);
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(makeDetectCorpus({ perLanguage: 50 }))).toBe(JSON.stringify(makeDetectCorpus({ perLanguage: 50 })));
  });

  it('keeps every detector at its precision and recall target', () => {
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    const s = new Map(DETECTORS.map((d) => [d.id, { tp: 0, fp: 0, found: 0, labels: 0 }]));
    for (const m of corpus.members) {
      const d = createDetectors({ region: m.region, country: m.country, connections: m.connections });
      for (const t of corpus.texts.filter((x: { member: string }) => x.member === m.id)) {
        const found = d.detect({ text: t.text, category: t.category });
        for (const f of found) {
          const ok = t.labels.some((l: { kind: string; start: number; end: number }) => l.kind === f.kind && overlaps(l, f));
          ok ? s.get(f.detector)!.tp++ : s.get(f.detector)!.fp++;
        }
        for (const l of t.labels) {
          const id = l.kind === 'national-id' && l.note === 'passport' ? 'passport' : DETECTORS.find((x) => x.kinds.includes(l.kind) && x.id !== 'passport')!.id;
          s.get(id)!.labels++;
          if (found.some((f) => f.kind === l.kind && overlaps(l, f))) s.get(id)!.found++;
        }
      }
    }
    const result = Object.fromEntries([...s].map(([id, v]) => [id, { precision: v.tp / (v.tp + v.fp), recall: v.found / v.labels }]));
    for (const id of ['email', 'phone', 'postal-address', 'iban', 'payment-card', 'national-id', 'passport']) {
      expect(result[id]!.precision, id).toBeGreaterThanOrEqual(0.98);
      expect(result[id]!.recall, id).toBeGreaterThanOrEqual(0.95);
    }
    expect(result['special-categories']!.precision).toBeGreaterThanOrEqual(0.85);
    expect(result['special-categories']!.recall).toBeGreaterThanOrEqual(0.8);
    expect(result['connection-names']!.precision).toBeGreaterThanOrEqual(0.95);
  });
});
