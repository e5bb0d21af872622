// Names of the member's connections in posts, comments and articles: first and last name as a
// pair, case- and accent-insensitive, the first name and the last name separated by spaces only
// ("Anna, Müller", "anna-muller@..." or a first name alone are not mentions of Anna Müller).
// Names are written with capitals: a pair written all in lower case counts only in a text that
// has no capitals at all (a casual comment), so "it takes will power" does not name Will Power.

import type { DetectContext, Detector, Finding } from './types.js';
import { defined } from '../model/defined.js';

export const CONNECTION_CATEGORIES: ReadonlySet<string> = new Set(['posts', 'comments', 'articles']);

const INNER_GAP = /^(?:[ \t\u00a0]{1,2}|[-'’‐])$/; // inside a first or a last name: "Jean-Pierre", "O'Connor", "de Jong"
const BETWEEN_GAP = /^[ \t\u00a0]{1,2}$/;
const UPPER = /\p{Lu}/u;

export const connectionNamesDetector: Detector = {
  id: 'connection-names',
  label: 'Names of people in your network',
  kinds: ['connection-name'],
  find(text: string, context: DetectContext): Finding[] {
    const index = context.member.connections;
    if (!index || !CONNECTION_CATEGORIES.has(context.category)) return [];
    const words = context.words();
    const findings: Finding[] = [];
    let textHasCapitals: boolean | null = null;
    for (let i = 0; i < words.count; i++) {
      const h = defined(words.heads[i]);
      if ((h >= 0 && index.heads[h] === 0) || i + 1 >= words.count) continue;
      const list = index.candidates(words.norm(i), words.norm(i + 1));
      if (!list) continue;
      let bestLength = 0;
      let bestPerson = -1;
      for (const name of list) {
        const n = name.words.length;
        if (n <= bestLength || i + n > words.count) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const gap = text.slice(defined(words.ends[i + k - 1]), defined(words.starts[i + k]));
          ok = (k === name.firstLength ? BETWEEN_GAP : INNER_GAP).test(gap) && words.norm(i + k) === name.words[k];
        }
        if (ok) {
          bestLength = n;
          bestPerson = name.person;
        }
      }
      if (bestPerson < 0) continue;
      const start = defined(words.starts[i]);
      const end = defined(words.ends[i + bestLength - 1]);
      // Part of an e-mail address, a handle or a file name, not a mention in the prose.
      if (/[@._]/.test(text[end] ?? '') && /\w/.test(text[end + 1] ?? '')) continue;
      if (/[@._]/.test(text[start - 1] ?? '')) continue;
      if (!UPPER.test(text.slice(start, end))) {
        textHasCapitals ??= UPPER.test(text);
        if (textHasCapitals) continue;
      }
      findings.push({ detector: 'connection-names', kind: 'connection-name', start, end, person: bestPerson });
      i += bestLength - 1;
    }
    return findings;
  },
};

/** How many different connections the findings mention ("mentions 14 people in your network"). */
export function countPeople(findings: readonly Finding[]): number {
  const people = new Set<number>();
  for (const f of findings) if (f.kind === 'connection-name' && f.person !== undefined) people.add(f.person);
  return people.size;
}
