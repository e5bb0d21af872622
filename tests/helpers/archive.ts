import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

export type Files = Record<string, string | Buffer>;

export async function tempDir(prefix = 'li-exposure-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes a real ZIP (DEFLATE) with the given entries and returns its path. */
export async function writeZip(files: Files, name = 'Complete_LinkedInDataExport_05-12-2026.zip', dir?: string): Promise<string> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content, { date: new Date('2026-05-12T00:00:00Z') });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const target = join(dir ?? (await tempDir()), name);
  await writeFile(target, bytes);
  return target;
}

/** Writes the files as an unzipped export folder and returns its path. */
export async function writeFolder(files: Files, name = 'Complete_LinkedInDataExport_05-12-2026'): Promise<string> {
  const root = join(await tempDir(), name);
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}

/** UTF-16LE with BOM, as in the 2018 exports. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** An archive entry served from memory in chunks of `chunkSize` bytes (split anywhere). */
export function memoryEntry(path: string, bytes: Buffer, chunkSize: number): import('../../src/archive/entry.js').ArchiveEntry {
  return {
    path,
    size: bytes.length,
    async *open() {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
  };
}
