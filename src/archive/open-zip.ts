// Opens a ZIP export. The central directory is the truth: every entry it lists is read (two
// entries of the same name included) under the name it gives there, and held to its sizes and
// CRC-32; local headers only say where the data starts.

import { open as openFile, stat } from 'node:fs/promises';
import type { OpenedArchive, SkippedEntry } from './entry.js';
import { InputError } from '../model/errors.js';
import { classifyEntryName, stripCommonTopFolder } from './entry-names.js';
import { formatBytes, InflateBudget, LimitError, type ArchiveLimits } from './limits.js';
import { makePathsUnique } from './unique-paths.js';
import { readZipDirectory, type DirectoryEntry } from './zip-directory.js';
import { locateZipEntry, zipEntry, type ZipEntryData } from './zip-entry.js';
import { describeMethod, isSupportedMethod, unsupportedMethodMessage } from './zip-methods.js';
import { defined } from '../model/defined.js';

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
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  byOffset.forEach((entry, i) => {
    const before = byOffset[i - 1];
    if (before && entry.localHeaderOffset < before.localHeaderOffset + 30 + before.compressedSize) {
      throw new InputError(`${path} is a damaged or hostile ZIP: entries ${before.name} and ${entry.name} share their data. Download the export again from LinkedIn.`);
    }
  });
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

  const skipped: SkippedEntry[] = [];
  const unsupported: string[] = [];
  const candidates: Array<{ path: string; data: ZipEntryData; localNameDiffers: boolean }> = [];
  for (const info of directory.entries) {
    if (info.folder) continue;
    const verdict = classifyEntryName(info.name);
    if (verdict.kind === 'junk') continue;
    if (verdict.kind === 'unsafe') {
      skipped.push({ path: info.name, reason: `not read: ${verdict.reason}` });
      continue;
    }
    if (info.encrypted) {
      skipped.push({ path: verdict.path, reason: 'not read: encrypted (password-protected) entry; its records are missing from the counts' });
      continue;
    }
    if (info.unixMode !== null && (info.unixMode & S_IFMT) === S_IFLNK) {
      skipped.push({ path: verdict.path, reason: 'not read: symbolic link' });
      continue;
    }
    if (/\.(zip|jar|7z|rar|gz|tgz)$/i.test(verdict.path)) {
      skipped.push({ path: verdict.path, reason: 'not read: nested archive (LinkedIn exports contain none; unzip it and scan it separately)' });
      continue;
    }
    if (!isSupportedMethod(info.method)) {
      unsupported.push(unsupportedMethodMessage(verdict.path, info.method));
      skipped.push({ path: verdict.path, reason: `not read: it uses ${describeMethod(info.method)}, which li-exposure cannot read; its records are missing from the counts. Re-zip the export with a standard ZIP tool` });
      continue;
    }
    const located = locateZipEntry(bytes, bytes.buffer as SharedArrayBuffer, { ...info, method: info.method });
    if (!located.ok) {
      throw new InputError(`${path} is a damaged ZIP: ${verdict.path} ${located.damage}. Download the export again from LinkedIn.`);
    }
    candidates.push({ path: verdict.path, data: located.data, localNameDiffers: located.localName !== info.name });
  }
  if (candidates.length === 0 && unsupported.length > 0) {
    const more = unsupported.length > 1 ? ` (and ${unsupported.length - 1} more ${unsupported.length === 2 ? 'entry' : 'entries'})` : '';
    throw new InputError(`${unsupported[0]}${more}.`);
  }

  const strip = stripCommonTopFolder(candidates.map((c) => c.path));
  const paths = candidates.map((c) => strip(c.path));
  for (const { from, to, copies } of makePathsUnique(paths)) {
    skipped.push({ path: to, reason: `the archive holds ${copies} entries named ${from}; each is read, this one as ${to}` });
  }
  const named = candidates.map((c, i) => ({ ...c, path: defined(paths[i]) }));
  for (const c of named) {
    if (c.localNameDiffers) skipped.push({ path: c.path, reason: "its local header gives it another name; read under the central directory's name" });
  }
  const budget = new InflateBudget(limits);
  const entries = named.map((c) => zipEntry(c.path, c.data, budget));
  return { path, kind: 'zip', entries, skipped };
}
