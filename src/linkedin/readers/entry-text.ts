// One entry of an export as text, decoded exactly as its reader decodes it, for a front end that
// shows the record behind an item ("reveal in source"). The archive is opened with the scan's
// own reader and limits; nothing is extracted to disk.

import { openArchive } from '../../archive/open-archive.js';
import type { ArchiveEntry } from '../../archive/entry.js';
import { DEFAULT_LIMITS, formatBytes, type ArchiveLimits } from '../../archive/limits.js';
import { InputError } from '../../model/errors.js';
import { fileKey } from '../file-key.js';
import { endsLinesWithCr } from '../csv/line-ends.js';
import { readAllText, utf8ByteStream, type TextEncoding } from '../text/decode.js';
import { isArticlePath } from './articles.js';
import { defined } from '../../model/defined.js';

/** More text than an editor can sensibly show: such an entry is refused with a message. */
export const MAX_ENTRY_TEXT_BYTES = 256 * 1024 * 1024;

export interface EntryText {
  path: string;
  /** The decoded text (a byte-order mark dropped, line ends as in the file). */
  text: string;
  encoding: TextEncoding;
  /** Offset in `text` where the 1-based line `line` of the report's file/line references starts. */
  lineOffset(line: number): number;
}

const CSV_LIKE = new Set(['csv', 'tsv', 'txt']);

export interface EntryTextOptions {
  limits?: ArchiveLimits;
  maxBytes?: number;
}

/** Reads entry `entryPath` (a report's `source.file`) of the export at `archivePath`. */
export async function readEntryText(archivePath: string, entryPath: string, options: EntryTextOptions = {}): Promise<EntryText> {
  const archive = await openArchive(archivePath, options.limits ?? DEFAULT_LIMITS);
  const entry = archive.entries.find((e) => e.path === entryPath);
  if (!entry) throw new InputError(`${entryPath} is not in ${archivePath} (was the export changed since it was scanned?)`);
  return entryText(entry, options.maxBytes ?? MAX_ENTRY_TEXT_BYTES);
}

async function entryText(entry: ArchiveEntry, maxBytes: number): Promise<EntryText> {
  const tooLarge = () => new InputError(`${entry.path} is larger than the ${formatBytes(maxBytes)} li-exposure shows as text.`);
  if (entry.size !== null && entry.size > maxBytes) throw tooLarge();
  const bounded = async function* () {
    let bytes = 0;
    for await (const chunk of entry.open()) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw tooLarge();
      yield chunk;
    }
  };
  const csv = !isArticlePath(entry.path) && CSV_LIKE.has(fileKey(entry.path).extension);
  if (!csv) {
    // Articles and the coach transcript: read whole, windows-1252 when not UTF-8; the transcript
    // reader counts lines at CR, LF and CRLF.
    const { text, encoding } = await readAllText(bounded);
    return withLines(entry.path, text.replace(/^\uFEFF/, ''), encoding, /\r\n|\r|\n/g);
  }
  // The CSV readers: UTF-8 bytes (UTF-16 re-encoded, windows-1252 from the first invalid chunk
  // on), records split at LF, or at lone CRs too in a file whose first line ends with one.
  const decoded = utf8ByteStream(bounded());
  const chunks: Buffer[] = [];
  for await (const chunk of decoded.chunks) chunks.push(chunk);
  if (decoded.binary) throw new InputError(`${entry.path} is not a text file.`);
  const bytes = Buffer.concat(chunks);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return withLines(entry.path, text, decoded.fellBackTo ?? decoded.encoding ?? 'utf-8', endsLinesWithCr(bytes) ? /\r\n|\r|\n/g : /\n/g);
}

function withLines(path: string, text: string, encoding: TextEncoding, lineBreak: RegExp): EntryText {
  let starts: number[] | null = null;
  return {
    path,
    text,
    encoding,
    lineOffset(line) {
      if (!starts) {
        starts = [0];
        for (const m of text.matchAll(lineBreak)) starts.push(m.index + m[0].length);
      }
      return defined(starts[Math.min(Math.max(line, 1), starts.length) - 1]);
    },
  };
}
