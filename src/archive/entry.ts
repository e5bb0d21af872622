// What the rest of li-exposure sees of an archive: a list of readable files with normalised names.

import { InputError } from '../model/errors.js';

export interface ArchiveEntry {
  /** Normalised path relative to the export root ("Jobs/Saved Jobs_1.csv"). */
  path: string;
  /** Uncompressed size as declared (ZIP) or measured (folder); null when unknown. */
  size: number | null;
  /** Bytes it takes in the input (compressed in a ZIP), which bound the work it may cause. */
  compressedSize?: number;
  /** Streams the entry's bytes. May be called more than once (each call starts over). */
  open(): AsyncIterable<Buffer>;
  /**
   * Makes sure the entry reads intact (a ZIP entry's size and CRC-32): done by any read that
   * reaches the end, so this reads the entry only when no read did. Throws EntryDamagedError.
   */
  verify?(): Promise<void>;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface OpenedArchive {
  path: string;
  kind: 'zip' | 'folder';
  entries: ArchiveEntry[];
  /**
   * Warnings about entries, reported to the user: those deliberately not read (unsafe names,
   * links, encrypted or unsupported entries...), and those read under another name (duplicates).
   */
  skipped: SkippedEntry[];
}

/**
 * One entry does not read intact (corrupt data, a wrong size or CRC-32) inside an otherwise
 * readable ZIP. Bad input like any other (exit 2): a partial export would undercount.
 */
export class EntryDamagedError extends InputError {
  readonly damaged = true;
  constructor(
    readonly entryPath: string,
    /** What is wrong, as a predicate: "fails its CRC-32 check (...)". */
    readonly reason: string,
  ) {
    super(`${entryPath} ${reason}: the archive is damaged. Download the export again from LinkedIn.`);
  }
}
