// What makes two records, read from two copies of a file (two exports, or a file and its copy),
// the same record. Only a 32-byte hash of that is kept, never the text.

import * as crypto from 'node:crypto';
import type { CategoryId, Item } from '../model/report.js';
import { defined } from '../model/defined.js';

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
  let key: string;
  if (url && LINKED.has(item.category)) key = fields('link', item.category, url, item.date ?? '');
  else if (item.date) key = fields('dated', item.category, item.date, normalise(item.title), normalise(item.text));
  else key = fields('content', item.category, normalise(item.title), normalise(item.text), url, details(item.details));
  return sha256(key);
}

/** The fields as one string that no other fields give (each is preceded by its length). */
function fields(...values: string[]): string {
  let out = '';
  for (const value of values) out += `${value.length}:${value}`;
  return out;
}

// The digest as a 32-character one-byte string: a compact Map key. crypto.hash is the faster
// one-shot form (Node 20.12+).
const sha256: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'binary') : (text) => crypto.createHash('sha256').update(text).digest('binary');

function normalise(text: string | null): string {
  if (text === null) return '';
  // Most texts are ASCII without CR: nothing to normalise but the ends.
  if (/[^\x00-\x0c\x0e-\x7f]/.test(text)) text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  return text.trim();
}

function normaliseUrl(url: string): string {
  let decoded = url.trim();
  if (decoded.includes('%')) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray "%" in a link: compared as written.
    }
  }
  return decoded.normalize('NFC').replace(/\/+$/, '');
}

function details(values: Record<string, string> | undefined): string {
  if (!values) return '';
  return fields(...Object.keys(values).sort().flatMap((name) => [name, normalise(defined(values[name]))]));
}
