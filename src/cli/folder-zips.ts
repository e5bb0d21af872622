// A folder that holds export ZIPs rather than the unzipped files: the member meant the ZIPs.
// li-exposure does not open ZIPs inside a folder (they may be anything); it names them instead.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import { sanitizeForTerminal } from '../render/sanitize.js';

/** The .zip files directly in `path` when it is a folder (LinkedIn's export names first), else []. */
export async function zipsInFolder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) return [];
  const names = await readdir(path).catch(() => [] as string[]);
  return names.filter((n) => n.toLowerCase().endsWith('.zip')).sort().map((n) => join(path, n));
}

/** The error for a folder whose files are not an export but which holds ZIPs, or null. */
export async function folderOfZipsError(paths: string[]): Promise<InputError | null> {
  for (const path of paths) {
    const zips = await zipsInFolder(path);
    if (zips.length === 0) continue;
    const linkedIn = zips.filter((z) => /LinkedInDataExport/i.test(z)).length === zips.length;
    const what = `${zips.length} ${linkedIn ? 'LinkedIn export ' : ''}ZIP${zips.length === 1 ? '' : 's'}`;
    const list = zips.map((z) => sanitizeForTerminal(z)).join(' ');
    return new InputError(`${sanitizeForTerminal(path)}: found ${what} here: pass ${zips.length === 1 ? 'it as a file' : 'them as files'}: li-exposure scan ${list}`);
  }
  return null;
}
