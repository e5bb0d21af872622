import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeChunks } from './render-json.js';

/**
 * Writes a file atomically (temp file + rename), readable by the owner only (0600), from
 * pieces so that large reports never sit in memory as one string.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const stream = createWriteStream(temp, { mode: 0o600, flags: 'wx' });
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    await opened;
    const finished = new Promise<void>((resolve, reject) => {
      stream.once('finish', () => resolve());
      stream.once('error', reject);
    });
    await writeChunks(stream, typeof content === 'string' ? [content] : content);
    stream.end();
    await finished;
    // Durable before it takes the final name.
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
