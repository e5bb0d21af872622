import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArchiveEntry, OpenedArchive, SkippedEntry } from './entry.js';
import { classifyEntryName, stripCommonTopFolder } from './entry-names.js';

export async function openFolder(root: string): Promise<OpenedArchive> {
  const skipped: SkippedEntry[] = [];
  const found: Array<{ path: string; absolute: string; size: number }> = [];

  async function walk(dir: string): Promise<void> {
    const children = await readdir(dir, { withFileTypes: true });
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
        await walk(absolute);
        continue;
      }
      if (!child.isFile()) continue;
      const verdict = classifyEntryName(rel);
      if (verdict.kind !== 'file') continue;
      const { size } = await stat(absolute);
      found.push({ path: verdict.path, absolute, size });
    }
  }

  await walk(root);
  const strip = stripCommonTopFolder(found.map((f) => f.path));
  const entries: ArchiveEntry[] = found.map((f) => ({
    path: strip(f.path),
    size: f.size,
    open: () => createReadStream(f.absolute),
  }));
  return { path: root, kind: 'folder', entries, skipped };
}
