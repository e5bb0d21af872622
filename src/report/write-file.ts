import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeChunk } from './render-json.js';

/** A file written in pieces under a temporary name; it takes its name only once complete. */
export interface AtomicFile {
  write(chunk: string | Buffer): Promise<void>;
  /** Flushes, syncs and renames the file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file (after a failure). */
  abort(): Promise<void>;
}

/** Opens `path` for an atomic write, readable by the owner only (0600). */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { mode: 0o600, flags: 'wx' });
  let failure: unknown = null;
  stream.on('error', (error) => (failure ??= error));
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(chunk) {
      check();
      await writeChunk(stream, chunk);
      check();
    },
    async commit() {
      await new Promise<void>((resolve, reject) => {
        stream.once('finish', () => resolve());
        stream.once('error', reject);
        stream.end();
      });
      check();
      // Durable before it takes the final name.
      const handle = await open(temp, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Writes a whole file atomically (temp file + rename), mode 0600, from pieces. */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
