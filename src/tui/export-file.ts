// Exports never overwrite an existing file: a counter is added to the name instead. The write
// itself (temp file, 0600, rename) is the one reports use.

import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic as writeAtomically } from '../report/write-file.js';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes `content` to `dir/name` (or `dir/name-2.ext`, ...) and returns the path written. */
export async function writeFileAtomic(dir: string, name: string, content: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let target = path.join(dir, name);
  for (let n = 2; await exists(target); n++) target = path.join(dir, `${stem}-${n}${ext}`);
  await writeAtomically(target, content);
  return target;
}
