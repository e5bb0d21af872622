// Exports never replace anything: a counter is added to the name instead. Names already taken are
// skipped up front; one taken in the meantime (or a pipe or device of that name) makes the
// exclusive write fail, and the next name is tried.

import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../io/write-file-atomic.js';

async function taken(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/** Writes `content` to `dir/name` (or `dir/name-2.ext`, ...) and returns the path written. */
export async function writeExportFile(dir: string, name: string, content: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    if (await taken(target)) continue;
    try {
      await writeFileAtomic(target, content, { exclusive: true });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
