import { stat } from 'node:fs/promises';
import type { OpenedArchive } from './entry.js';
import { InputError } from '../model/errors.js';
import { openFolder } from './open-folder.js';
import { openZip } from './open-zip.js';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js';

/** Opens a LinkedIn export given as a .zip (any name) or as the folder it was unzipped to. */
export async function openArchive(path: string, limits: ArchiveLimits = DEFAULT_LIMITS): Promise<OpenedArchive> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file or folder.`);
  }
  if (info.isDirectory()) return openFolder(path);
  if (!info.isFile()) throw new InputError(`${path} is not a regular file or folder.`);
  return openZip(path, limits);
}
