// Limits against hostile archives (zip bombs). Declared sizes are checked up front and the real
// inflated bytes are counted while streaming, because declared sizes can lie.
import { InputError } from '../model/errors.js';

export interface ArchiveLimits {
  /** Largest .zip file read into memory. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** Inflated bytes per entry and over the whole archive. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Inflated/compressed ratio allowed once an entry has inflated past ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  /**
   * Records (and items) a file may yield per byte it takes in the input, once past
   * fileRecordsFloor; and an archive in total, past archiveRecordsFloor. Real exports stay
   * near 0.1 per byte in a file and 0.03 in an archive; a few kilobytes of deflated blank lines
   * would otherwise make millions of records.
   */
  recordsPerByte: number;
  fileRecordsFloor: number;
  archiveRecordsPerByte: number;
  archiveRecordsFloor: number;
  /** --max-records: this many records per file and per archive, whatever their sizes. */
  maxRecords: number | null;
  /** Warnings in one archive (each file lists at most 200 of its own). */
  maxWarnings: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 2 * GiB - 1,
  maxEntries: 100_000,
  maxEntryBytes: 4 * GiB,
  maxTotalBytes: 8 * GiB,
  maxRatio: 200,
  ratioFloorBytes: 16 * MiB,
  recordsPerByte: 2,
  fileRecordsFloor: 10_000,
  archiveRecordsPerByte: 0.1,
  archiveRecordsFloor: 250_000,
  maxRecords: null,
  maxWarnings: 10_000,
};

export const RAISE_HINT = 'If this is a genuine export, raise the limits with --max-inflated <size> and --max-ratio <n> (see --help).';

export class LimitError extends InputError {
  constructor(message: string, hint = RAISE_HINT) {
    super(`${message}. Refused as a possible zip bomb. ${hint}`);
    this.name = 'LimitError';
  }
}

const RECORDS_HINT = 'If this is a genuine export, raise the limit with --max-records <n> (see --help).';
const count = (n: number) => Math.floor(n).toLocaleString('en-US');

/** Records (or items) one file may yield, given the bytes it takes in the input. */
export function fileRecordLimit(limits: ArchiveLimits, inputBytes: number): number {
  return limits.maxRecords ?? Math.max(limits.fileRecordsFloor, Math.floor(limits.recordsPerByte * inputBytes));
}

/** Records (or items) one archive may yield in total, given its size. */
export function archiveRecordLimit(limits: ArchiveLimits, inputBytes: number): number {
  return limits.maxRecords ?? Math.max(limits.archiveRecordsFloor, Math.floor(limits.archiveRecordsPerByte * inputBytes));
}

/** Throws once a file has yielded more records or items than fileRecordLimit allows. */
export function checkFileRecords(limits: ArchiveLimits, file: string, inputBytes: number, records: number, what = 'records'): void {
  const limit = fileRecordLimit(limits, inputBytes);
  if (records <= limit) return;
  const rule = limits.maxRecords !== null ? '--max-records' : `${limits.recordsPerByte} per byte it takes in the archive, past ${count(limits.fileRecordsFloor)}`;
  throw new LimitError(`${file} holds more than ${count(limit)} ${what} (limit: records per file, ${rule})`, RECORDS_HINT);
}

/** Throws once an archive has yielded more records or items than archiveRecordLimit allows. */
export function checkArchiveRecords(limits: ArchiveLimits, archive: string, inputBytes: number, records: number, what = 'records'): void {
  const limit = archiveRecordLimit(limits, inputBytes);
  if (records <= limit) return;
  const rule = limits.maxRecords !== null ? '--max-records' : `${limits.archiveRecordsPerByte} per byte of the archive, past ${count(limits.archiveRecordsFloor)}`;
  throw new LimitError(`${archive} holds more than ${count(limit)} ${what} (limit: records per archive, ${rule})`, RECORDS_HINT);
}

export function checkWarnings(limits: ArchiveLimits, archive: string, warnings: number): void {
  if (warnings <= limits.maxWarnings) return;
  throw new InputError(
    `reading ${archive} gives more than ${count(limits.maxWarnings)} warnings (limit: warnings per archive). ` +
      'Refused as a damaged or hostile archive. If this is a genuine export, raise the limit with --max-warnings <n> (see --help).',
  );
}

/** "8GB", "500MB", "1.5GiB", "1000000" -> bytes. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|m|g|t)?i?b?\s*$/i.exec(text);
  if (!m) return null;
  const scale = { k: 1024, m: MiB, g: GiB, t: 1024 * GiB }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.round(Number(m[1]) * scale);
}

export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

/** Shared across the entries of one archive, to enforce the total. */
export class InflateBudget {
  private total = 0;
  constructor(readonly limits: ArchiveLimits) {}

  /** Wraps an entry's byte stream, counting real inflated bytes against every limit. */
  async *count(source: AsyncIterable<Buffer>, name: string, compressedSize: number, declaredSize: number): AsyncGenerator<Buffer> {
    let inflated = 0;
    const { limits } = this;
    for await (const chunk of source) {
      inflated += chunk.length;
      this.total += chunk.length;
      if (inflated > declaredSize) {
        throw new LimitError(`${name} inflates to more than the ${formatBytes(declaredSize)} its header declares`);
      }
      if (inflated > limits.maxEntryBytes) throw new LimitError(`${name} inflates past ${formatBytes(limits.maxEntryBytes)}`);
      if (this.total > limits.maxTotalBytes) throw new LimitError(`the archive inflates past ${formatBytes(limits.maxTotalBytes)} in total`);
      if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * Math.max(compressedSize, 1)) {
        throw new LimitError(`${name} inflates more than ${limits.maxRatio} times its compressed size`);
      }
      yield chunk;
    }
  }
}
