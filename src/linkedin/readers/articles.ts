import type { ArchiveEntry } from '../../archive/entry.js';
import { ArticleScanner } from './article-html.js';
import type { ParsedArticle } from './article-html.js';
import { ARTICLE_SPEC } from '../catalogue.js';
import { InvalidUtf8Error, decodeStream } from '../text/decode.js';
import type { TextEncoding } from '../text/decode.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { WarningList, emptyFileResult, itemId } from '../file-result.js';

/** The classifier tells drafts by this value of details.Published. */
export const DRAFT_PUBLISHED = 'not published (draft)';

/** Articles/Articles/*.html (2021+) and Articles/*.html (2018). */
export function isArticlePath(path: string): boolean {
  const lower = path.toLowerCase();
  return /(^|\/)articles\/(articles\/)?[^/]+\.html?$/.test(lower);
}

/** Streams the entry's text through the scanner; `forced` decodes it as that encoding. */
async function scan(entry: ArchiveEntry, fallbackTitle: string, forced?: TextEncoding): Promise<{ article: ParsedArticle; encoding: TextEncoding }> {
  const decoded = decodeStream(entry.open(), forced);
  const scanner = new ArticleScanner();
  for await (const chunk of decoded.chunks) scanner.write(chunk);
  return { article: scanner.finish(fallbackTitle), encoding: decoded.encoding ?? 'utf-8' };
}

export async function readArticle(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const base = entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.html?$/i, '');
  let read: { article: ParsedArticle; encoding: TextEncoding };
  try {
    read = await scan(entry, base);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    // Not UTF-8: read again from the start as windows-1252 (what a re-save on Windows gives).
    read = await scan(entry, base, 'windows-1252');
    warnings.add(null, 'not valid UTF-8; decoded as windows-1252');
  }
  const { article, encoding } = read;
  for (const problem of article.problems) warnings.add(null, problem);
  const details: Record<string, string> = {};
  if (article.created) details['Created'] = article.created;
  details['Published'] = article.published ?? DRAFT_PUBLISHED;
  return {
    ...emptyFileResult(entry.path, ARTICLE_SPEC),
    records: 1,
    encoding,
    items: [
      {
        id: itemId(context.archive, entry.path, null),
        category: 'articles',
        date: article.published ?? article.created,
        title: article.title,
        text: article.text,
        url: article.url,
        source: { file: entry.path, line: null, archive: context.archive },
        details,
      },
    ],
    warnings: warnings.finish(),
  };
}
