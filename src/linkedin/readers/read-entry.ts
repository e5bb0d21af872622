import type { ArchiveEntry } from '../../archive/entry.js';
import { isArticlePath, readArticle } from './articles.js';
import { LEARNING_COACH_BLOB_KEYS, specsForKey } from '../catalogue.js';
import { emptyFileResult } from '../file-result.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { fileKey } from '../file-key.js';
import { readLearningCoachBlob } from './coach-transcript.js';
import { readCsvFile } from '../csv/read-file.js';

const CSV_LIKE = new Set(['csv', 'tsv', 'txt']);

/** Which reader an entry's name calls for. */
export type EntryReader = 'article' | 'coach-transcript' | 'csv' | 'none';

export function readerFor(path: string): EntryReader {
  if (isArticlePath(path)) return 'article';
  const { key, extension } = fileKey(path);
  if (LEARNING_COACH_BLOB_KEYS.has(key)) return 'coach-transcript';
  return CSV_LIKE.has(extension) ? 'csv' : 'none';
}

/** Reads one entry with the reader its name and content call for. */
export async function readEntry(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  const reader = readerFor(entry.path);
  if (reader === 'article') return readArticle(entry, context);
  if (reader === 'coach-transcript') return readLearningCoachBlob(entry, context);
  const { key, extension } = fileKey(entry.path);
  if (reader === 'csv') return readCsvFile(entry, specsForKey(key), context);
  const result = emptyFileResult(entry.path, null);
  result.warnings.push({ file: entry.path, line: null, archive: context.archive, message: `not a CSV or article file (.${extension || 'no extension'}); not read` });
  return result;
}
