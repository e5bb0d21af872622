// Limits against hostile archives (zip bombs). Declared sizes are checked up front and the real
// inflated bytes are counted while streaming, because declared sizes can lie.
import { InputError } from './entry.js';

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
};

export const RAISE_HINT = 'If this is a genuine export, raise the limits with --max-inflated <size> and --max-ratio <n> (see --help).';

export class LimitError extends InputError {
  constructor(message: string) {
    super(`${message}. Refused as a possible zip bomb. ${RAISE_HINT}`);
    this.name = 'InputError';
  }
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
