// Before anything is read: which files are copies of one another (in one export or across
// several), which copies are identical (read once), and which must have their records merged.

import { createHash } from 'node:crypto';
import type { ArchiveEntry, OpenedArchive } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { zipDataOf } from '../archive/zip-entry.js';
import { isArticlePath } from '../linkedin/readers/articles.js';
import { LEARNING_COACH_BLOB_KEYS, specsForKey } from '../linkedin/catalogue.js';
import { baseName, fileKey } from '../linkedin/file-key.js';
import type { ArchiveInfo } from '../model/report.js';
import { RecordUnion } from './record-union.js';
import { defined } from '../model/defined.js';
import { comparePaths } from '../model/report-order.js';

export interface PlannedArchive {
  /** Position on the command line (report.archives index). */
  index: number;
  info: ArchiveInfo;
  opened: OpenedArchive;
}

export interface FileRef {
  archive: PlannedArchive;
  entry: ArchiveEntry;
}

/** A file whose records are merged with those of its other copies. */
export interface TrackedFile {
  union: RecordUnion;
  copy: number;
  /** Index into MergePlan.files. */
  file: number;
}

export interface MergePlan {
  /** Archives in reading order: the newest export first, then Complete before Basic, then as given. */
  order: PlannedArchive[];
  /**
   * Per archive (by index): the entries read before any item is passed on (the profile; every
   * file of an archive whose names LinkedIn does not use, which may not be an export), then the rest.
   */
  reading: Map<number, { first: ArchiveEntry[]; rest: ArchiveEntry[] }>;
  /** Entries not read because they are byte-identical to a copy that is: entry -> that copy. */
  twins: Map<ArchiveEntry, FileRef>;
  tracked: Map<ArchiveEntry, TrackedFile>;
  /** The tracked files, by TrackedFile.file. */
  files: FileRef[];
}

/** How a copy is named in files[].duplicateOf. */
export function fileLabel(ref: FileRef): string {
  return `${ref.archive.info.path}: ${ref.entry.path}`;
}

/** Name order, numeric-aware (Saved Jobs_2 before Saved Jobs_10): the order files are read and listed in. */
export function byPath(a: ArchiveEntry, b: ArchiveEntry): number {
  return comparePaths(a.path, b.path);
}

/** Files the verdicts depend on (the member's location): read first. */
function isProfileFile(entry: ArchiveEntry): boolean {
  return specsForKey(fileKey(entry.path).key).some((spec) => spec.category === 'profile');
}

function hasExportName(entry: ArchiveEntry): boolean {
  const { key } = fileKey(entry.path);
  return isArticlePath(entry.path) || specsForKey(key).length > 0 || LEARNING_COACH_BLOB_KEYS.has(key);
}
const COPY_SUFFIX = /\s*\(\d+\)$/; // "Shares (1).csv", a browser's second download

interface Candidate extends FileRef {
  rank: number;
  /** The logical file: copies of it share this (Shares.csv, Shares_12345678.csv, old/Shares.csv...). */
  group: string;
  /** One copy of the logical file: its parts (Saved Jobs.csv, _1, _2) share this. */
  copy: string;
  /** Files of the same normalised name (NFC, case-folded, copy suffix removed, folder ignored). */
  twinName: string;
  depth: number;
  copied: boolean;
}

function candidate(archive: PlannedArchive, rank: number, entry: ArchiveEntry): Candidate {
  const base = baseName(entry.path);
  const dir = entry.path.slice(0, entry.path.length - base.length);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const extension = dot > 0 ? base.slice(dot) : '';
  const twinName = (stem.normalize('NFC').replace(COPY_SUFFIX, '') + extension.normalize('NFC')).toLowerCase();
  const common = { archive, entry, rank, depth: dir.split('/').length - 1, copied: COPY_SUFFIX.test(stem) };
  // Each article file holds one record: every file is a copy of the member's articles.
  if (isArticlePath(entry.path)) return { ...common, group: 'articles', copy: `${archive.index}|${entry.path}`, twinName: `articles|${twinName}` };
  const { key, part } = fileKey(base.normalize('NFC'));
  return { ...common, group: `file|${key}`, copy: `${archive.index}|${dir}|${part === null ? stem : withoutPart(stem)}`, twinName: `file|${key}|${twinName}` };
}

/** "Saved Jobs_2 (1)" -> "Saved Jobs (1)": the parts of one copy share the rest of the name. */
function withoutPart(stem: string): string {
  const m = /^(.*?)[\s_-]+\d{1,2}((?:[\s_-]+\d{5,})?\s*(?:\(\d+\))?)$/.exec(stem);
  return m ? defined(m[1]) + defined(m[2]) : stem;
}

const CASELESS = new Intl.Collator('en', { numeric: true, sensitivity: 'accent' });

/**
 * The copy counted first: of the preferred archive, nearest the top, not a "(1)" copy, then in
 * name order (as read), names differing only in case with capitals first (LinkedIn's spelling).
 */
function preferred(a: Candidate, b: Candidate): number {
  const [p, q] = [a.entry.path, b.entry.path];
  return a.rank - b.rank || a.depth - b.depth || Number(a.copied) - Number(b.copied) || CASELESS.compare(p, q) || (p < q ? -1 : p > q ? 1 : 0);
}

/** Newest export first (its version of a record is the one listed), then Complete, then as given. */
export function readingOrder(archives: PlannedArchive[]): PlannedArchive[] {
  const variant = (a: PlannedArchive) => (a.info.variant === 'Complete' ? 2 : a.info.variant === null ? 1 : 0);
  return [...archives].sort((a, b) => {
    const [da, db] = [a.info.exportDate ?? '', b.info.exportDate ?? ''];
    return (da !== db ? (da > db ? -1 : 1) : 0) || variant(b) - variant(a) || a.index - b.index;
  });
}

export async function planMerge(archives: PlannedArchive[]): Promise<MergePlan> {
  const order = readingOrder(archives);
  const groups = new Map<string, Candidate[]>();
  order.forEach((archive, rank) => {
    for (const entry of archive.opened.entries) {
      const described = candidate(archive, rank, entry);
      listAt(groups, described.group).push(described);
    }
  });

  const twins = new Map<ArchiveEntry, FileRef>();
  const tracked = new Map<ArchiveEntry, TrackedFile>();
  const files: FileRef[] = [];
  const groupOf = new Map<ArchiveEntry, Candidate[]>(); // a tracked file's group, in order of preference
  const hashes = new ContentHashes();
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.copy)).size < 2) continue;
    members.sort(preferred);
    await findTwins(members, twins, hashes);
    const read = members.filter((m) => !twins.has(m.entry));
    const copies = [...new Set(read.map((m) => m.copy))];
    if (copies.length < 2) continue;
    const union = new RecordUnion(copies.length);
    for (const m of read) {
      tracked.set(m.entry, { union, copy: copies.indexOf(m.copy), file: files.push(m) - 1 });
      groupOf.set(m.entry, read);
    }
  }

  const reading = new Map<number, { first: ArchiveEntry[]; rest: ArchiveEntry[] }>();
  for (const archive of order) {
    // Name order, the profile first: it holds the location the verdicts depend on. Copies whose
    // records are merged take their slots in order of preference, so that the preferred copy is
    // read, and counted, first.
    const entries = archive.opened.entries.filter((e) => !twins.has(e)).sort(byPath);
    const slots = new Map<Candidate[], number[]>();
    entries.forEach((e, i) => {
      const group = groupOf.get(e);
      if (group) listAt(slots, group).push(i);
    });
    for (const [group, at] of slots) {
      const mine = group.filter((m) => m.archive === archive).map((m) => m.entry);
      at.forEach((slot, i) => (entries[slot] = defined(mine[i])));
    }
    // An archive without a single file name of an export is read whole before any output, so
    // that "not a LinkedIn export" stops the scan before the others' items are passed on.
    const whole = !archive.opened.entries.some(hasExportName);
    reading.set(archive.index, whole ? { first: entries, rest: [] } : { first: entries.filter(isProfileFile), rest: entries.filter((e) => !isProfileFile(e)) });
  }
  return { order, reading, twins, tracked, files };
}

/**
 * Files of one group with the same normalised name and the same bytes: the less preferred ones
 * are not read. A file that is one part of a split copy (Saved Jobs_1.csv beside Saved
 * Jobs.csv) is always read: its records are merged with the others' one by one instead.
 */
async function findTwins(members: Candidate[], twins: Map<ArchiveEntry, FileRef>, hashes: ContentHashes): Promise<void> {
  const filesPerCopy = new Map<string, number>();
  for (const m of members) filesPerCopy.set(m.copy, (filesPerCopy.get(m.copy) ?? 0) + 1);
  const byName = new Map<string, Candidate[]>();
  for (const m of members) listAt(byName, m.twinName).push(m);
  for (const named of byName.values()) {
    for (let i = 1; i < named.length; i++) {
      const copy = defined(named[i]);
      if (defined(filesPerCopy.get(copy.copy)) > 1) continue;
      for (const original of named.slice(0, i)) {
        if (twins.has(original.entry) || (copy.entry.size !== null && original.entry.size !== null && copy.entry.size !== original.entry.size)) continue;
        if (await sameBytes(original.entry, copy.entry, hashes)) {
          twins.set(copy.entry, original);
          break;
        }
      }
    }
  }
}

/**
 * Whether two entries hold the same bytes. Two ZIP entries are compared by the size and CRC-32
 * their central directories declare, so that neither is inflated for it (the copy read is checked
 * against them as it is read); any other pair by the SHA-256 of its bytes.
 */
async function sameBytes(a: ArchiveEntry, b: ArchiveEntry, hashes: ContentHashes): Promise<boolean> {
  const [za, zb] = [zipDataOf(a), zipDataOf(b)];
  if (za && zb) return za.declaredSize === zb.declaredSize && za.crc32 === zb.crc32;
  const [ha, hb] = [await hashes.of(a), await hashes.of(b)];
  return ha !== null && ha === hb;
}

function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** SHA-256 of an entry's bytes, computed once; null when the entry cannot be read (it is then read normally and reported). */
class ContentHashes {
  private readonly known = new Map<ArchiveEntry, string | null>();

  async of(entry: ArchiveEntry): Promise<string | null> {
    const known = this.known.get(entry);
    if (known !== undefined) return known;
    const hash = createHash('sha256');
    let digest: string | null;
    try {
      for await (const chunk of entry.open()) hash.update(chunk);
      digest = hash.digest('hex');
    } catch (error) {
      if (!(error instanceof EntryDamagedError)) throw error;
      digest = null;
    }
    this.known.set(entry, digest);
    return digest;
  }
}
