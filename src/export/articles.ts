import type { ArchiveEntry } from '../archive/entry.js';
import { ARTICLE_SPEC } from './catalogue.js';
import { isoLike } from './dates.js';
import { readAllText } from './decode.js';
import type { FileResult, ReadContext } from './file-result.js';
import { WarningList, emptyFileResult, itemId } from './file-result.js';
import { decodeEntities, htmlToText } from './html-text.js';

export interface ParsedArticle {
  title: string;
  url: string | null;
  /** ISO dates; null when absent (drafts have no published date). */
  created: string | null;
  published: string | null;
  text: string;
}

/** Articles/Articles/*.html (2021+) and Articles/*.html (2018). */
export function isArticlePath(path: string): boolean {
  const lower = path.toLowerCase();
  return /(^|\/)articles\/(articles\/)?[^/]+\.html?$/.test(lower);
}

function firstMatch(html: string, pattern: RegExp): string | null {
  const m = pattern.exec(html);
  return m ? m[1]! : null;
}

export function parseArticleHtml(html: string, fallbackTitle: string): ParsedArticle {
  const titleTag = firstMatch(html, /<title[^>]*>([\s\S]*?)<\/title>/i);
  const h1 = firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1>/i);
  const url = firstMatch(html, /<h1[^>]*>\s*<a[^>]*href="([^"]+)"/i);
  const createdRaw = firstMatch(html, /class="created"[^>]*>\s*Created on\s*([^<]+)</i);
  const publishedRaw = firstMatch(html, /class="published"[^>]*>\s*Published on\s*([^<]+)</i);
  const title = htmlToText(titleTag ?? h1 ?? '') || fallbackTitle;
  // The body follows the created/published paragraphs; without them, take the whole <body>.
  const afterMeta = html.search(/<p class="published"[^>]*>[\s\S]*?<\/p>/i);
  let body: string;
  if (afterMeta >= 0) {
    const end = html.indexOf('</p>', afterMeta);
    body = html.slice(end + 4);
  } else {
    body = firstMatch(html, /<body[^>]*>([\s\S]*)<\/body>/i) ?? html;
    body = body.replace(/<h1[^>]*>[\s\S]*?<\/h1>/i, '').replace(/<p class="created"[^>]*>[\s\S]*?<\/p>/i, '');
  }
  return {
    title,
    url: url ? decodeEntities(url) : null,
    created: createdRaw ? isoLike(createdRaw.trim()) : null,
    published: publishedRaw ? isoLike(publishedRaw.trim()) : null,
    text: htmlToText(body),
  };
}

export async function readArticle(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const { text: html, encoding, fellBack } = await readAllText(() => entry.open());
  if (fellBack) warnings.add(null, 'not valid UTF-8; decoded as windows-1252');
  const base = entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.html?$/i, '');
  const article = parseArticleHtml(html, base);
  if (!article.created) warnings.add(null, 'article has no "Created on" date');
  const details: Record<string, string> = {};
  if (article.created) details['Created'] = article.created;
  details['Published'] = article.published ?? 'not published (draft)';
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
