import { open as openFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import type { ArchiveEntry, OpenedArchive, SkippedEntry } from './entry.js';
import { InputError } from './entry.js';
import { classifyEntryName, stripCommonTopFolder } from './entry-names.js';
import { formatBytes, InflateBudget, LimitError, type ArchiveLimits } from './limits.js';
import { maskEncryptedEntries, readZipDirectory, type DirectoryEntry } from './zip-directory.js';
import { damageAsError, locateZipEntry, zipEntry } from './zip-entry.js';

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
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'a gzip file, not a ZIP';
  return `a file that is not a ZIP archive (it starts with bytes ${bytes.subarray(0, 4).toString('hex')})`;
}

const WHAT_AN_EXPORT_LOOKS_LIKE =
  'A LinkedIn export is a .zip of CSV files (Profile.csv, Connections.csv, Shares.csv...) or the folder it unzips to.';

async function readArchiveBytes(path: string, limits: ArchiveLimits): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > limits.maxArchiveBytes) {
    throw new InputError(`${path} is ${formatBytes(size)}, more than the ${formatBytes(limits.maxArchiveBytes)} li-exposure reads. Unzip it and scan the folder instead.`);
  }
  // Shared memory, so that a worker thread can read entries too without a copy.
  const bytes = Buffer.from(new SharedArrayBuffer(size));
  const handle = await openFile(path, 'r');
  try {
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled < size ? bytes.subarray(0, filled) : bytes;
  } finally {
    await handle.close();
  }
}

function checkDeclared(path: string, entries: DirectoryEntry[], archiveBytes: number, limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries) throw new LimitError(`${path} has ${entries.length} entries, more than ${limits.maxEntries}`);
  let compressed = 0;
  let inflated = 0;
  for (const entry of entries) {
    compressed += entry.compressedSize;
    inflated += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw new LimitError(`${entry.name} inflates more than ${limits.maxRatio} times its compressed size`);
    }
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new LimitError(`${entry.name} declares ${formatBytes(entry.uncompressedSize)} inflated, more than ${formatBytes(limits.maxEntryBytes)}`);
    }
  }
  // Entries that share their compressed data (overlapping-file bombs) add up past the file size.
  if (compressed > archiveBytes) throw new LimitError(`${path}'s entries overlap (their data adds up to more than the file)`);
  if (inflated > limits.maxTotalBytes) throw new LimitError(`${path} declares ${formatBytes(inflated)} inflated, more than ${formatBytes(limits.maxTotalBytes)}`);
}

export async function openZip(path: string, limits: ArchiveLimits): Promise<OpenedArchive> {
  const bytes = await readArchiveBytes(path, limits);
  if (!looksLikeZip(bytes)) throw new InputError(`${path} is ${describeNonZip(bytes)}. ${WHAT_AN_EXPORT_LOOKS_LIKE}`);

  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    const readable = directory.completeEntries;
    const salvage = readable.length
      ? ` ${readable.length} files before the damage could still be read (${readable.slice(0, 3).join(', ')}${readable.length > 3 ? ', ...' : ''}), but a partial export would undercount, so li-exposure stops here.`
      : '';
    throw new InputError(`${path} is a damaged or incomplete ZIP: ${directory.reason}.${salvage} Download the export again from LinkedIn.`);
  }
  checkDeclared(path, directory.entries, bytes.length, limits);
  const encrypted = new Set(directory.entries.filter((e) => e.encrypted).map((e) => e.name));
  if (encrypted.size) maskEncryptedEntries(bytes, directory.entries);
  const declared = new Map(directory.entries.map((e) => [e.name, e]));

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false, checkCRC32: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${path} is a damaged ZIP (${reason}). Download the export again from LinkedIn.`);
  }

  const budget = new InflateBudget(limits);
  const skipped: SkippedEntry[] = [];
  const candidates: Array<{ path: string; file: JSZip.JSZipObject; info: DirectoryEntry | undefined }> = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    // jszip resolves "../" itself; judge the name as it stands in the archive.
    const rawName = (file as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
    const verdict = classifyEntryName(rawName);
    if (verdict.kind === 'junk') continue;
    if (verdict.kind === 'unsafe') {
      skipped.push({ path: rawName, reason: `not read: ${verdict.reason}` });
      continue;
    }
    if (encrypted.has(rawName) || encrypted.has(file.name)) {
      skipped.push({ path: verdict.path, reason: 'not read: encrypted (password-protected) entry' });
      continue;
    }
    const info = declared.get(rawName) ?? declared.get(file.name);
    const mode = info?.unixMode ?? (typeof file.unixPermissions === 'number' ? file.unixPermissions : 0);
    if ((mode & S_IFMT) === S_IFLNK) {
      skipped.push({ path: verdict.path, reason: 'not read: symbolic link' });
      continue;
    }
    if (/\.(zip|jar|7z|rar|gz|tgz)$/i.test(verdict.path)) {
      skipped.push({ path: verdict.path, reason: 'not read: nested archive (LinkedIn exports contain none; unzip it and scan it separately)' });
      continue;
    }
    candidates.push({ path: verdict.path, file, info });
  }

  const strip = stripCommonTopFolder(candidates.map((c) => c.path));
  const entries: ArchiveEntry[] = candidates.map(({ path: entryPath, file, info }) => {
    const name = strip(entryPath);
    // Stored and deflated entries (all LinkedIn uses) inflate with Node's zlib, off the main
    // thread and several times faster than jszip's JavaScript inflate; anything else goes
    // through jszip. jszip's stream is old-style (readable-stream v2): wrap() makes it iterable.
    const data = info ? locateZipEntry(bytes, info) : null;
    if (data) return zipEntry(name, data, budget);
    const compressedSize = info?.compressedSize ?? 0;
    const declaredSize = info?.uncompressedSize ?? limits.maxEntryBytes;
    return {
      path: name,
      size: info?.uncompressedSize ?? null,
      open: () => budget.count(damageAsError(new Readable().wrap(file.nodeStream('nodebuffer')), name), name, compressedSize, declaredSize),
    };
  });
  return { path, kind: 'zip', entries, skipped };
}
