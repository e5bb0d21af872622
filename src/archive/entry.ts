// What the rest of li-exposure sees of an archive: a list of readable files with normalised names.

import type { ZipEntryData } from './zip-entry.js';

export interface ArchiveEntry {
  /** Normalised path relative to the export root ("Jobs/Saved Jobs_1.csv"). */
  path: string;
  /** Uncompressed size as declared (ZIP) or measured (folder); null when unknown. */
  size: number | null;
  /** Streams the entry's bytes. May be called more than once (each call starts over). */
  open(): AsyncIterable<Buffer>;
  /** Where a ZIP entry's bytes are, for a worker thread to read it (absent for folders). */
  zip?: ZipEntryData;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface OpenedArchive {
  path: string;
  kind: 'zip' | 'folder';
  entries: ArchiveEntry[];
  /** Entries deliberately not read (OS junk, unsafe names, links...), reported to the user. */
  skipped: SkippedEntry[];
}

/** Unusable input (not an archive, unreadable, no LinkedIn files): exit code 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** One entry's data could not be inflated (corrupt bytes inside an otherwise readable ZIP). */
export class EntryDamagedError extends Error {
  constructor(
    readonly entryPath: string,
    reason: string,
  ) {
    super(`${entryPath} is damaged inside the archive (${reason}); download the export again to read it`);
    this.name = 'EntryDamagedError';
  }
}
