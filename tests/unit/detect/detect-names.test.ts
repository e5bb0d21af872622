import { describe, expect, it } from 'vitest';
import { createDetectors, countPeople } from '../../../src/detect/index.js';

const connections = [
  { first: 'Anna', last: 'Müller' },
  { first: 'Jean-Pierre', last: 'Le Goff' },
  { first: 'Lucía', last: 'García' },
  { first: 'Peter', last: 'Schmidt' },
  { first: 'Sean', last: "O'Connor, MBA" },
  { first: '', last: 'Solo' },
  { first: 'Anna', last: 'Müller' },
];
const d = createDetectors({ region: 'EU', connections });
const names = (text: string, category = 'posts') => d.detect({ text, category }).filter((f) => f.kind === 'connection-name').map((f) => text.slice(f.start, f.end));

describe('names of connections', () => {
  it('finds first and last name as a pair, in any case and with or without accents', () => {
    expect(names('Thanks Anna Muller, ANNA MÜLLER and Lucia Garcia!')).toEqual(['Anna Muller', 'ANNA MÜLLER', 'Lucia Garcia']);
    expect(names('Bravo à Jean-Pierre Le Goff et à Sean O’Connor.')).toEqual(['Jean-Pierre Le Goff', 'Sean O’Connor']);
  });

  it('does not take a first or last name alone, two people crossed, or words across punctuation', () => {
    expect(names('Thanks Anna! Schmidt has a point. Anna Schmidt and Peter Müller spoke. Anna, Müller and Peter.')).toEqual([]);
  });

  it('ignores names inside e-mail addresses and handles', () => {
    expect(names('Mail anna.muller@example.com or anna-muller@example.org, @annamuller')).toEqual([]);
  });

  it('counts a lower-case pair only in a text written without capitals', () => {
    expect(names('Great talk by anna müller today.')).toEqual([]);
    expect(names('great talk by anna müller today')).toEqual(['anna müller']);
  });

  it('looks in posts, comments and articles only', () => {
    expect(names('Lunch with Anna Müller.', 'comments')).toEqual(['Anna Müller']);
    expect(names('Lunch with Anna Müller.', 'articles')).toEqual(['Anna Müller']);
    expect(names('Lunch with Anna Müller.', 'messages')).toEqual([]);
    expect(names('Lunch with Anna Müller.', 'profile')).toEqual([]);
  });

  it('carries offsets and an opaque person number, never the name; counts distinct people', () => {
    const found = d.detect({ text: 'Anna Müller, Peter Schmidt and again ANNA MULLER.', category: 'posts' });
    for (const f of found) expect(Object.keys(f).sort()).toEqual(['detector', 'end', 'kind', 'person', 'start']);
    expect(found.length).toBe(3);
    expect(countPeople(found)).toBe(2);
    expect(d.connectionCount).toBe(5); // the duplicate and the name without a first name are left out
  });

  it('handles a network of 30,000 names', () => {
    const big = Array.from({ length: 30000 }, (_, i) => ({ first: `First${i}`, last: `Last${i}` }));
    big.push({ first: 'Anna', last: 'Müller' });
    const det = createDetectors({ region: 'EU', connections: big });
    expect(det.detect({ text: 'With First29999 Last29999 and Anna Müller.', category: 'posts' }).map((f) => f.person)).toEqual([29999, 30000]);
  });
});
