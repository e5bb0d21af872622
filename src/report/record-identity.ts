// What makes two records, read from two copies of a file (two exports, or a file and its copy),
// the same record. Only a 16-byte hash of that is kept, never the text.

import { createHash } from 'node:crypto';
import type { CategoryId, Item } from './model.js';

/**
 * Categories whose link names the record itself (the post, the comment's post, the reacted-to
 * post, the connection's profile): link and date identify it even after an edit, a changed
 * job title or a new reaction type. Elsewhere the link is someone else's profile (endorsements,
 * recommendations) or a signed media URL that changes with every export, so it does not count.
 */
const LINKED: ReadonlySet<CategoryId> = new Set(['posts', 'comments', 'articles', 'reposts', 'poll-votes', 'reactions', 'connections']);

/**
 * The record's identity: its link and date when it has a link that names it; else its date,
 * title and text; else (no date) all of its content. Texts are compared after Unicode (NFC) and
 * line-ending normalisation, links after percent-decoding, so that the same record written by
 * exports of different years matches.
 */
export function recordIdentity(item: Item): string {
  const url = item.url ? normaliseUrl(item.url) : '';
  let fields: string[];
  if (url && LINKED.has(item.category)) fields = ['link', item.category, url, item.date ?? ''];
  else if (item.date) fields = ['dated', item.category, item.date, normalise(item.title), normalise(item.text)];
  else fields = ['content', item.category, normalise(item.title), normalise(item.text), url, JSON.stringify(sortedDetails(item.details))];
  return createHash('sha256').update(JSON.stringify(fields)).digest().toString('latin1', 0, 16);
}

function normalise(text: string | null): string {
  return text === null ? '' : text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

function normaliseUrl(url: string): string {
  let decoded = url.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray "%" in a link: compared as written.
  }
  return decoded.normalize('NFC').replace(/\/+$/, '');
}

function sortedDetails(details: Record<string, string> | undefined): Array<[string, string]> {
  return details ? Object.entries(details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, normalise(v)]) : [];
}
