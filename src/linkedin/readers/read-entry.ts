import type { ArchiveEntry } from '../../archive/entry.js';
import { isArticlePath, readArticle } from './articles.js';
import { LEARNING_COACH_BLOB_KEYS, specsForKey } from '../catalogue.js';
import { emptyFileResult } from '../file-result.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { fileKey } from '../file-key.js';
import { readLearningCoachBlob } from './coach-transcript.js';
import { readCsvFile } from '../csv/read-file.js';

const CSV_LIKE = new Set(['csv', 'tsv', 'txt']);

/** Reads one entry with the reader its name and content call for. */
export async function readEntry(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  if (isArticlePath(entry.path)) return readArticle(entry, context);
  const { key, extension } = fileKey(entry.path);
  if (LEARNING_COACH_BLOB_KEYS.has(key)) return readLearningCoachBlob(entry, context);
  if (CSV_LIKE.has(extension)) return readCsvFile(entry, specsForKey(key), context);
  const result = emptyFileResult(entry.path, null);
  result.warnings.push({ file: entry.path, line: null, archive: context.archive, message: `not a CSV or article file (.${extension || 'no extension'}); not read` });
  return result;
}
