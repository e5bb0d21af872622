// E-mail addresses: local@domain.tld, and the common disguises "name (at) domain.tld" and
// "name[at]domain.tld". Not reported: @handles, image names like logo@2x.png, package specs
// like react@19.2.0 (no letters in the last label), and SSH remotes like git@host:repo.git.

import type { Detector, Finding } from './types.js';
import { defined } from '../model/defined.js';

const LOCAL = "[A-Za-z0-9](?:[A-Za-z0-9._%+'\\-]{0,62}[A-Za-z0-9_%+\\-])?";
const DOMAIN = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,24})';
const PLAIN = new RegExp(`(?<![A-Za-z0-9._%+\\-@])${LOCAL}@${DOMAIN}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'g');
const DISGUISED = new RegExp(
  `(?<![A-Za-z0-9._%+\\-@])${LOCAL}\\s?[\\[(]\\s?at\\s?[\\])]\\s?${DOMAIN}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
  'gi',
);
const DISGUISE_HINT = /[[(]\s?at\s?[\])]/i;

// File extensions that are not top-level domains: "icon@2x.png" is an image, not an address.
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'heic', 'js', 'mjs', 'ts', 'css', 'json', 'md', 'txt', 'yml', 'yaml', 'lock']);

function collect(re: RegExp, text: string, out: Finding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tld = defined(m[1]).toLowerCase();
    const end = m.index + m[0].length;
    if (FILE_EXTENSIONS.has(tld)) continue;
    if (text[end] === ':' && /[\w~/]/.test(text[end + 1] ?? '')) continue; // git@host:org/repo
    out.push({ detector: 'email', kind: 'email', start: m.index, end });
  }
}

export const emailDetector: Detector = {
  id: 'email',
  label: 'E-mail addresses',
  kinds: ['email'],
  find(text: string): Finding[] {
    const out: Finding[] = [];
    if (text.includes('@')) collect(PLAIN, text, out);
    // The hint regex walks the whole text: most texts hold no bracket at all.
    if ((text.includes('(') || text.includes('[')) && DISGUISE_HINT.test(text)) collect(DISGUISED, text, out);
    return out;
  },
};
