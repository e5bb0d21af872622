// The one way li-exposure writes files (the --out report, the browser's exports). A regular file
// is written under a temporary name next to it and takes its name only once complete and synced,
// so an interrupted write never leaves half a file. A character device or a named pipe
// (/dev/null, /dev/stdout, a FIFO) is written straight through: renaming over it would replace
// the device node with a file (as root, /dev/null itself). So is a file reached through
// /dev/stdout: it belongs to the shell's redirection.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A file being written in pieces. */
export interface OutputFile {
  write(chunk: string | Buffer): Promise<void>;
  /** Finishes the file: flushes, syncs and gives it its name (regular files). */
  commit(): Promise<void>;
  /** Gives up (after a failure): the temporary file is removed, the target left as it was. */
  abort(): Promise<void>;
}

export interface OutputOptions {
  /** Never replace anything at `path`: the commit fails with EEXIST if it exists by then. */
  exclusive?: boolean;
}

/** For targets that are neither a file nor something that can be written through. */
function unwritableTarget(what: string, code?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`not a file but ${what}`);
  if (code) error.code = code;
  return error;
}

/** Opens `path` for writing: atomically (mode 0600) for files, straight through for pipes and devices. */
export async function openOutputFile(path: string, options: OutputOptions = {}): Promise<OutputFile> {
  if (options.exclusive) return openAtomic(path, true);
  const existing = await stat(path).catch(() => null);
  if (!existing) return openAtomic(path, false);
  if (existing.isDirectory()) throw unwritableTarget('a folder', 'EISDIR');
  // /dev/stdout or /dev/fd/3 naming a file the shell opened (`> log`, `>> log`): added to it
  // through the descriptor's file, as the shell would, instead of replacing the file.
  if (existing.isFile() && isDescriptorPath(resolve(path))) return openThrough(path, true);
  // A link to a file: replace the file it points to, and keep the link.
  if (existing.isFile()) return openAtomic(await realpath(path), false);
  if (existing.isCharacterDevice() || existing.isFIFO()) return openThrough(path);
  throw unwritableTarget(existing.isBlockDevice() ? 'a block device' : 'a socket');
}

/** Writes a whole file (see openOutputFile). */
export async function writeFileAtomic(path: string, content: string | Buffer | Iterable<string | Buffer>, options: OutputOptions = {}): Promise<void> {
  const file = await openOutputFile(path, options);
  try {
    for (const chunk of typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

async function writeAll(handle: FileHandle, chunk: string | Buffer): Promise<void> {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

async function openAtomic(path: string, exclusive: boolean): Promise<OutputFile> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: (chunk) => writeAll(handle, chunk),
    async commit() {
      // Durable before it takes the final name.
      await handle.sync();
      await close();
      if (exclusive) await placeExclusively(temp, path);
      else await rename(temp, path);
    },
    async abort() {
      await close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}

/** Gives the temporary file its name only if nothing has that name: a hard link fails with EEXIST. */
async function placeExclusively(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares): an exclusive copy instead.
    await copyFile(temp, path, constants.COPYFILE_EXCL);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Paths that stand for an open file descriptor (Linux, macOS, BSD). */
function isDescriptorPath(path: string): boolean {
  return /^\/dev\/(stdout|stderr|fd\/\d+)$/.test(path) || /^\/proc\/(self|\d+)\/fd\/\d+$/.test(path);
}

async function openThrough(path: string, append = false): Promise<OutputFile> {
  // Without O_CREAT or O_TRUNC: if the pipe or device has gone, this fails instead of making a file.
  const handle = await open(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0) | (append ? constants.O_APPEND : 0));
  const info = await handle.stat();
  if (info.isFile() && !append) {
    // Replaced by a regular file since it was looked at: that one is written atomically.
    await handle.close();
    return openAtomic(await realpath(path), false);
  }
  return {
    write: (chunk) => writeAll(handle, chunk),
    commit: () => handle.close(),
    abort: () => handle.close().catch(() => {}),
  };
}
