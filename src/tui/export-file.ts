// Writes an export atomically: a private temp file (mode 0600) in the target directory, flushed,
// then renamed into place. An existing file is never overwritten; a counter is added instead.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

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

  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(content, 'utf8');
      await handle.chmod(0o600);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return target;
}
