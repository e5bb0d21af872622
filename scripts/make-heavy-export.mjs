#!/usr/bin/env node
// Generates a heavy synthetic LinkedIn export for the benchmark: a member who has posted for
// fifteen years. Deterministic (seeded PRNG, fixed entry dates); invented people only.
//
// Usage: node scripts/make-heavy-export.mjs <out.zip> [scale] [--shape message-heavy|content-heavy]
//          [--posts n] [--comments n] [--reactions n] [--connections n] [--messages n]
//          [--message-paragraphs n] [--articles n]
//   The counts are at scale 1 and multiplied by scale. The shapes (heavy-shapes.mjs) are the mixes
//   the benchmark measures; an option given after --shape overrides that part of the mix.
//   message-heavy (the default): 5,000 posts, 40,000 comments, 100,000 reactions, 30,000
//     connections, 250,000 multi-line messages (up to 4 paragraphs), 300 articles;
//   content-heavy: the same counts with short one-line messages, so that the listed content
//     (posts, comments, reactions) is a larger share of the work.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { SHAPES } from './heavy-shapes.mjs';

const MIX_OPTIONS = { posts: 'posts', comments: 'comments', reactions: 'reactions', connections: 'connections', messages: 'messages', 'message-paragraphs': 'messageParagraphs', articles: 'articles' };
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shape: { type: 'string', default: 'message-heavy' }, ...Object.fromEntries(Object.keys(MIX_OPTIONS).map((o) => [o, { type: 'string' }])) },
});
const out = positionals[0];
const scale = Number(positionals[1] ?? 1);
const shape = SHAPES[values.shape];
if (!out || !shape || !(scale > 0)) {
  process.stderr.write(`usage: make-heavy-export.mjs <out.zip> [scale] [--shape ${Object.keys(SHAPES).join('|')}] [--posts n] [--comments n] ...\n`);
  process.exit(2);
}
const mix = { ...shape };
for (const [option, key] of Object.entries(MIX_OPTIONS)) if (values[option] !== undefined) mix[key] = Number(values[option]);

let seed = 0x2545f491;
const rand = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];

const WORDS = (
  'data privacy export members model training setting opted default region policy team project launch ' +
  'pipeline retention lineage consent review meetup conference hiring engineer product customer weekly ' +
  'insight lesson thanks congratulations great question agree point article share learned today ' +
  'Oslo Bergen fjord coffee café naïve résumé Zürich München 東京 데이터 🚀 ✅ 🎉'
).split(' ');
const FIRST = ['Anna', 'Lars', 'Ingrid', 'Wei', 'Yuki', 'Carlos', 'Lucía', 'Amara', 'Kwame', 'Olga', 'Rahul', 'Emma', 'Björn', 'Åse', 'Zoë', 'José'];
const LAST = ['Hansen', 'Berg', 'Silva', 'García', 'Müller', 'Rossi', 'Nowak', 'Sato', 'Wang', 'Kumar', 'Okafor', 'Nguyen', "O'Brien", 'Dubois'];
const START = Date.UTC(2011, 0, 1);
const END = Date.UTC(2026, 4, 1);

const sentence = (min, max) => {
  const n = int(min, max);
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(WORDS));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + pick(['.', '!', '?', '.']);
};
const paragraph = (lines) => Array.from({ length: lines }, () => sentence(6, 24)).join(' ');
const text = (maxLines) => Array.from({ length: int(1, maxLines) }, () => paragraph(int(1, 3))).join('\n');
const pad = (n) => String(n).padStart(2, '0');
const stamp = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const when = () => START + Math.floor(rand() * (END - START));
const q = (v) => `"${v.replace(/"/g, '""')}"`;
const std = (v) => (/[",\r\n]/.test(v) ? q(v) : v);
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const urn = () => String(6_000_000_000_000_000_000n + BigInt(int(0, 2 ** 30)) * 4096n + BigInt(int(0, 4095)));

/** A header line and `count` rows, as bytes (large scales exceed the longest string V8 allows). */
function rows(header, count, make) {
  const blocks = [Buffer.from(header)];
  let parts = [];
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const row = make(i);
    parts.push(row);
    chars += row.length;
    if (chars >= 1 << 24) {
      blocks.push(Buffer.from(parts.join('')));
      parts = [];
      chars = 0;
    }
  }
  blocks.push(Buffer.from(parts.join('')));
  return Buffer.concat(blocks);
}

const n = (x) => Math.round(x * scale);
const files = {};

files['Profile.csv'] =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n' +
  'Kari,Benchmark,,,Mar 3,Principal Engineer,,Software Development,,"Oslo, Oslo, Norway",,,\n';
files['Profile Summary.csv'] = `Profile Summary\n${q(text(4))}\n`;

// Posts: per-line quoted multi-line commentary (docs/export-format.md, "Quotes"), CRLF.
files['Shares_12345678.csv'] = rows(
  'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n',
  n(mix.posts), () => {
    const body = text(5).split('\n').join('"\r\n"');
    return `${stamp(when())},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${urn()},${q(body)},"","",MEMBER_NETWORK\r\n`;
  });

// Comments: backslash-escaped quotes (2025+), CRLF records, LF inside.
files['Comments_12345678.csv'] = rows(
  'Date,Link,Message\r\n',
  n(mix.comments), () => {
    const body = `${person()} ${text(3)} \\"${pick(WORDS)}\\"`;
    return `${stamp(when())},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${urn()},"${body}"\r\n`;
  });

files['Reactions_12345678.csv'] = rows(
  'Date,Type,Link\r\n',
  n(mix.reactions), () => `${stamp(when())},${pick(['LIKE', 'PRAISE', 'EMPATHY', 'INTEREST', 'APPRECIATION'])},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${urn()}\r\n`);

files['Connections.csv'] = rows(
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n' +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
  n(mix.connections), (i) => {
    const d = new Date(when());
    const first = pick(FIRST);
    const last = pick(LAST);
    return `${std(first)},${std(last)},https://www.linkedin.com/in/${first.toLowerCase()}-${i},,Example Corp,${std(pick(['Engineer', 'Manager, Data', 'CTO']))},${pad(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}\n`;
  });

// Messages: the 2026 all-quoted form with CRLF records and multi-line contents.
files['messages.csv'] = rows(
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\r\n',
  n(mix.messages), (i) => {
    const from = person();
    const to = person();
    // Short messages (0 paragraphs): one greeting line and a few words.
    const content = mix.messageParagraphs > 0 ? `Hi ${to.split(' ')[0]},\n${text(mix.messageParagraphs)}\n"${pick(WORDS)}" — ${from}` : `Hi ${to.split(' ')[0]}, ${sentence(2, 8)}`;
    return [
      `2-${(i % 9000).toString(36)}Zm9vYmFy==`,
      '',
      from,
      `https://www.linkedin.com/in/${from.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      to,
      `https://www.linkedin.com/in/${to.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      `${stamp(when())} UTC`,
      '',
      content,
      'INBOX',
      '',
    ]
      .map(q)
      .join(',') + '\r\n';
  });

for (let i = 0; i < n(mix.articles); i++) {
  const created = stamp(when()).slice(0, 16);
  const title = sentence(3, 8).replace(/[.!?]$/, '');
  const body = Array.from({ length: int(5, 30) }, () => `<p>${paragraph(int(2, 6))}</p>`).join('');
  files[`Articles/Articles/article-${i}.html`] =
    `<html><head><title>${title}</title></head><body><h1><a href="https://www.linkedin.com/pulse/article-${i}">${title}</a></h1>` +
    `<p class="created">Created on ${created}</p><p class="published">Published on ${created}</p><div>${body}</div></body></html>`;
}

const zip = new JSZip();
const date = new Date('2026-05-12T00:00:00Z');
for (const [name, content] of Object.entries(files)) zip.file(name, Buffer.isBuffer(content) ? content : Buffer.from(content), { date, createFolders: false, binary: true });
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
writeFileSync(out, bytes);
const inflated = Object.values(files).reduce((s, c) => s + Buffer.byteLength(c), 0);
process.stdout.write(`${out}: ${(bytes.length / 1e6).toFixed(1)} MB compressed, ${(inflated / 1e6).toFixed(1)} MB inflated, ${Object.keys(files).length} files\n`);
