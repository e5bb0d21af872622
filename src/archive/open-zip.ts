import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import type { ArchiveEntry, OpenedArchive, SkippedEntry } from './entry.js';
import { InputError } from './entry.js';
import { classifyEntryName, stripCommonTopFolder } from './entry-names.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function describeNonZip(bytes: Buffer): string {
  if (bytes.length === 0) return 'an empty file';
  const head = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page (a sign-in or error page saved instead of the export?)';
  if (head.startsWith('{') || head.startsWith('[')) return 'a JSON file';
  if (head.startsWith('%pdf')) return 'a PDF document';
  return `a file that is not a ZIP archive (starts with bytes ${bytes.subarray(0, 4).toString('hex')})`;
}

export async function openZip(path: string): Promise<OpenedArchive> {
  const bytes = await readFile(path);
  if (!looksLikeZip(bytes)) {
    throw new InputError(
      `${path} is ${describeNonZip(bytes)}. A LinkedIn export is a .zip of CSV files (Profile.csv, Connections.csv, Shares.csv...) or the folder it unzips to.`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${path} is a damaged or incomplete ZIP (${reason}). Download the export again from LinkedIn.`);
  }

  const skipped: SkippedEntry[] = [];
  const candidates: Array<{ path: string; file: JSZip.JSZipObject }> = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const verdict = classifyEntryName(file.name);
    if (verdict.kind === 'junk') continue;
    if (verdict.kind === 'unsafe') {
      skipped.push({ path: file.name, reason: `not read: ${verdict.reason}` });
      continue;
    }
    const mode = typeof file.unixPermissions === 'number' ? file.unixPermissions : 0;
    if ((mode & S_IFMT) === S_IFLNK) {
      skipped.push({ path: verdict.path, reason: 'not read: symbolic link' });
      continue;
    }
    candidates.push({ path: verdict.path, file });
  }

  const strip = stripCommonTopFolder(candidates.map((c) => c.path));
  const entries: ArchiveEntry[] = candidates.map(({ path: entryPath, file }) => ({
    path: strip(entryPath),
    size: declaredSize(file),
    // jszip's stream is an old-style (readable-stream v2) stream; wrap() makes it async-iterable.
    open: () => new Readable().wrap(file.nodeStream('nodebuffer')),
  }));
  return { path, kind: 'zip', entries, skipped };
}

function declaredSize(file: JSZip.JSZipObject): number | null {
  // jszip keeps the central-directory sizes on an internal field; they are only a hint.
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : null;
}
