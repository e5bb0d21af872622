// Passport numbers have no common check rule, so a number is reported only when the word for
// passport (in the seven lexicon languages) stands at most 30 characters before it, and only a
// 6-9 character run of capitals and digits with at least one digit ("passport expired in 2019" is
// a year, "Passport to Growth" a programme).

import type { DetectContext, Detector, Finding } from './types.js';

const KEYWORD = /(?:passport|passeport|reisepass|pass-?(?:nummer|nr)|pasaporte|paspoort|passaporto|passaporte)/gi;
const NUMBER = /(?<![A-Za-z0-9])(?=[A-Z]*\d)[A-Z0-9]{6,9}(?![A-Za-z0-9])/g;

export const passportDetector: Detector = {
  id: 'passport',
  label: 'Passport numbers',
  kinds: ['national-id'],
  find(_text: string, context: DetectContext): Finding[] {
    const text = context.numbers();
    if (text === null) return [];
    const out: Finding[] = [];
    KEYWORD.lastIndex = 0;
    for (let k = KEYWORD.exec(text); k; k = KEYWORD.exec(text)) {
      const from = k.index + k[0].length;
      const window = text.slice(from, from + 30);
      NUMBER.lastIndex = 0;
      const m = NUMBER.exec(window);
      if (!m) continue;
      // Only words such as "number", "no.", "n°", ":" may stand between the keyword and the number.
      const between = window.slice(0, m.index);
      if (/[!?]|\.\s+[A-Z][a-z]/.test(between) || /\d/.test(between)) continue;
      const start = from + m.index;
      out.push({ detector: 'passport', kind: 'national-id', start, end: start + m[0].length, detail: 'passport' });
      KEYWORD.lastIndex = start + m[0].length;
    }
    return out;
  },
};
