// Opens an unzipped export folder. Only regular files are read; links, pipes, devices and
// folders named like data files are listed as warnings and never opened. A file or folder that
// cannot be read stops the scan with its name (exit 2), as a damaged ZIP entry does.

import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArchiveEntry, OpenedArchive, SkippedEntry } from './entry.js';
import { InputError } from '../model/errors.js';
import { classifyEntryName, stripCommonTopFolder } from './entry-names.js';

/** LinkedIn's deepest file is 2 folders down (Articles/Articles/); a wrapping folder adds one. */
export const MAX_FOLDER_DEPTH = 32;

const DATA_FILE_NAME = /\.(csv|tsv|txt|html?)$/i;
const CHUNK = 256 * 1024;

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'its path is too long for the file system';
    case 'ELOOP':
      return 'it is a symbolic link';
    case 'ENOENT':
      return 'it was removed while li-exposure was reading';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** A path for a one-line message: very long ones keep their start and their end (the file's name). */
function shown(path: string): string {
  return path.length <= 300 ? path : `${path.slice(0, 100)}…${path.slice(-180)}`;
}

function cannotRead(path: string, error: unknown): InputError {
  const reason = describeFsError(error);
  const advice = reason === 'permission denied' ? ' Check that the export folder and its files are readable.' : '';
  return new InputError(`cannot read ${shown(path)} (${reason}).${advice}`);
}

function notAFile(child: Dirent): string | null {
  if (child.isFIFO()) return 'a named pipe';
  if (child.isSocket()) return 'a socket';
  if (child.isCharacterDevice() || child.isBlockDevice()) return 'a device';
  if (!child.isFile()) return 'not a regular file';
  return null;
}

export async function openFolder(root: string): Promise<OpenedArchive> {
  const skipped: SkippedEntry[] = [];
  const found: Array<{ path: string; absolute: string; size: number }> = [];

  async function walk(dir: string, depth: number): Promise<void> {
    let children: Dirent[];
    try {
      children = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw cannotRead(dir, error);
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const absolute = join(dir, child.name);
      const rel = relative(root, absolute).split(sep).join('/');
      if (child.isSymbolicLink()) {
        skipped.push({ path: rel, reason: 'not read: symbolic link' });
        continue;
      }
      if (child.isDirectory()) {
        if (classifyEntryName(rel + '/x').kind === 'junk') continue;
        if (DATA_FILE_NAME.test(child.name)) {
          skipped.push({ path: rel, reason: 'not read: a folder named like a data file' });
          continue;
        }
        if (depth >= MAX_FOLDER_DEPTH) {
          throw new InputError(`${shown(absolute)} is nested more than ${MAX_FOLDER_DEPTH} folders deep; a LinkedIn export is at most 3 deep. Scan the export's own folder.`);
        }
        await walk(absolute, depth + 1);
        continue;
      }
      const verdict = classifyEntryName(rel);
      if (verdict.kind !== 'file') continue;
      const other = notAFile(child);
      if (other) {
        skipped.push({ path: rel, reason: `not read: ${other}` });
        continue;
      }
      let size: number;
      try {
        size = (await lstat(absolute)).size;
      } catch (error) {
        throw cannotRead(absolute, error);
      }
      found.push({ path: verdict.path, absolute, size });
    }
  }

  await walk(root, 0);
  const strip = stripCommonTopFolder(found.map((f) => f.path));
  const entries: ArchiveEntry[] = found.map((f) => ({
    path: strip(f.path),
    size: f.size,
    compressedSize: f.size,
    open: () => readRegularFile(f.absolute),
  }));
  return { path: root, kind: 'folder', entries, skipped };
}

/**
 * Streams a file, which must still be a regular file when opened: non-blocking and without
 * following links, so that a pipe or link put in its place is refused instead of waited on.
 */
async function* readRegularFile(path: string): AsyncGenerator<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new InputError(`cannot read ${shown(path)} (it is no longer a regular file).`);
    for (;;) {
      let bytesRead: number;
      const buffer = Buffer.allocUnsafe(CHUNK);
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (error) {
        throw cannotRead(path, error);
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
