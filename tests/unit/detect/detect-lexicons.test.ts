import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES, lexiconUrl, readLexicon, compileEntry, bundledLexicons } from '../../../src/detect/lexicons.js';
import { LEXICON_CATEGORIES } from '../../../src/detect/types.js';
import { parsePattern } from '../../../src/detect/lexicon-pattern.js';

describe('special-category lexicon files', () => {
  it.each(LEXICON_LANGUAGES)('%s.json parses, names its language and compiles every entry and except phrase', (lang) => {
    const raw = JSON.parse(readFileSync(lexiconUrl(lang), 'utf8'));
    expect(raw.language).toBe(lang);
    const file = readLexicon(lang);
    expect(file.entries.length).toBeGreaterThan(100);
    expect(file.stopwords.length).toBeGreaterThan(30);
    for (const e of file.entries) {
      expect(LEXICON_CATEGORIES).toContain(e.category);
      expect(() => compileEntry(e, lang)).not.toThrow();
    }
  });

  it.each(LEXICON_LANGUAGES)('%s.json has no duplicate entry (after folding case and accents)', (lang) => {
    const seen = new Map<string, number>();
    const file = readLexicon(lang);
    const dupes: string[] = [];
    for (const e of file.entries) {
      const key = parsePattern(e.match).map((t) => `${t.mode}:${t.text}`).join(' ');
      if (seen.has(key)) dupes.push(e.match);
      seen.set(key, 1);
    }
    expect(dupes).toEqual([]);
    expect(new Set(file.stopwords).size).toBe(file.stopwords.length);
  });

  it.each(LEXICON_LANGUAGES)('%s.json covers every special category, pregnancy and disability', (lang) => {
    const categories = new Set(readLexicon(lang).entries.map((e) => e.category));
    expect([...categories].sort()).toEqual([...LEXICON_CATEGORIES].sort());
  });

  it('rejects patterns a typo would make too broad', () => {
    expect(() => parsePattern('ca*')).toThrow(/at least 4 letters/);
    expect(() => parsePattern('*cancer*')).toThrow(/both sides/);
    expect(() => parsePattern('can*cer')).toThrow(/only at the start or end/);
    expect(() => parsePattern('  ')).toThrow(/empty/);
  });

  it('compiles all seven lexicons into one index', () => {
    expect(bundledLexicons().stopwords.size).toBeGreaterThan(200);
  });
});
