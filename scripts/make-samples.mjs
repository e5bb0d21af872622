#!/usr/bin/env node
// Generates the synthetic LinkedIn data-export samples in sample-exports/ (or in the directory
// given as the first argument) plus sample-exports/manifest.json.
//
// Everything here is invented: the member "Ola Nordmann", their contacts, companies, posts,
// IP addresses (documentation ranges), phone numbers (fictional ranges) and e-mail addresses
// (example.com/.org/.net). Formats follow docs/export-format.md.
//
// Output is deterministic: seeded PRNG, fixed ZIP entry dates, fixed entry order, DEFLATE.
//
// Usage: node scripts/make-samples.mjs [outDir]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const OUT_DIR = process.argv[2] ? path.resolve(process.argv[2]) : path.join(REPO, 'sample-exports');

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32 seeded with an FNV-1a hash of a label). Each data domain gets its own
// stream so that adding rows to one file does not reshuffle every other file.
// ---------------------------------------------------------------------------------------------

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function makeRng(label) {
  let a = fnv1a(`li-exposure-samples:${label}`);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) {
        if ((r -= w) < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    /** A time in [from, to] (ms), rounded to whole seconds. */
    time: (from, to) => Math.floor((from + next() * (to - from)) / 1000) * 1000,
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
      return s;
    },
    chars: (n, alphabet) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    digits: (n) => {
      let s = String(1 + Math.floor(next() * 9));
      for (let i = 1; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
  };
  return rng;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ---------------------------------------------------------------------------------------------
// Dates. All arithmetic is in UTC so the output never depends on the machine's time zone.
// ---------------------------------------------------------------------------------------------

const T = (y, mo, d, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);
const DAY = 86400000;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

function parts(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return {
    Y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, D: d.getUTCDate(), h, m: d.getUTCMinutes(),
    s: d.getUTCSeconds(), w: d.getUTCDay(), h12: h % 12 === 0 ? 12 : h % 12, ap: h < 12 ? 'AM' : 'PM',
  };
}

const fmt = {
  /** 2026-05-11 15:17:30 (Shares, Comments, Reactions, Votes, Saved_Items, follows) */
  iso(ms) { const p = parts(ms); return `${p.Y}-${pad(p.M)}-${pad(p.D)} ${pad(p.h)}:${pad(p.m)}:${pad(p.s)}`; },
  /** 2026-05-11 14:56:48 UTC (messages) */
  isoUtc(ms) { return `${fmt.iso(ms)} UTC`; },
  /** 2024/12/07 14:51:07 UTC (endorsements, search queries, ads clicked, 2018 UTF-16 files) */
  slashUtc(ms) { const p = parts(ms); return `${p.Y}/${pad(p.M)}/${pad(p.D)} ${pad(p.h)}:${pad(p.m)}:${pad(p.s)} UTC`; },
  /** 2025/10/09 (LAN Ads Engagement) */
  slashDate(ms) { const p = parts(ms); return `${p.Y}/${pad(p.M)}/${pad(p.D)}`; },
  /** Tue May 21 19:48:24 UTC 2024 (Logins, Security Challenges, Company Follows) */
  java(ms) { const p = parts(ms); return `${DOW[p.w]} ${MON[p.M - 1]} ${pad(p.D)} ${pad(p.h)}:${pad(p.m)}:${pad(p.s)} UTC ${p.Y}`; },
  /** 5/11/26, 5:37 AM (Invitations, Email Addresses, Registration, Jobs, contacts, 2018) */
  mdy(ms) { const p = parts(ms); return `${p.M}/${p.D}/${pad(p.Y % 100)}, ${p.h12}:${pad(p.m)} ${p.ap}`; },
  /** 04/15/24, 09:25 PM (Recommendations) */
  mdyPad(ms) { const p = parts(ms); return `${pad(p.M)}/${pad(p.D)}/${pad(p.Y % 100)}, ${pad(p.h12)}:${pad(p.m)} ${p.ap}`; },
  /** 11/26/24 01:32 PM UTC (Receipts_v2) */
  receipt(ms) { const p = parts(ms); return `${pad(p.M)}/${pad(p.D)}/${pad(p.Y % 100)} ${pad(p.h12)}:${pad(p.m)} ${p.ap} UTC`; },
  /** 16 Dec 2024 (Connections since 2021) */
  dmy(ms) { const p = parts(ms); return `${pad(p.D)} ${MON[p.M - 1]} ${p.Y}`; },
  /** Apr 3, 2023 */
  monDY(ms) { const p = parts(ms); return `${MON[p.M - 1]} ${p.D}, ${p.Y}`; },
  /** 2026-05-05 20:55 UTC (Learning) */
  learning(ms) { const p = parts(ms); return `${p.Y}-${pad(p.M)}-${pad(p.D)} ${pad(p.h)}:${pad(p.m)} UTC`; },
  /** 2024-09-01 19:35 (article created / published) */
  article(ms) { const p = parts(ms); return `${p.Y}-${pad(p.M)}-${pad(p.D)} ${pad(p.h)}:${pad(p.m)}`; },
  /** Sep 13, 2023 01:00 PM (Events, one half) */
  event(ms) { const p = parts(ms); return `${MON[p.M - 1]} ${pad(p.D)}, ${p.Y} ${pad(p.h12)}:${pad(p.m)} ${p.ap}`; },
  /** April 27, 2026 at 9:49 AM (GMT) (Rich_Media sentence tail) */
  richMedia(ms) { const p = parts(ms); return `${MONTH[p.M - 1]} ${p.D}, ${p.Y} at ${p.h12}:${pad(p.m)} ${p.ap} (GMT)`; },
};

/** LinkedIn activity ids carry their creation time in the high bits (ms << 22). */
function activityId(ms, rng) {
  return ((BigInt(ms) << 22n) | BigInt(rng.int(0, 4194303))).toString();
}

// ---------------------------------------------------------------------------------------------
// CSV encoders. Each export era/file uses a different dialect; see README.md.
// ---------------------------------------------------------------------------------------------

/** RFC 4180, quote only when needed, `"` doubled. */
const stdField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Every field quoted, `"` doubled (2026 messages.csv, 2018 UTF-16 files). */
const allQuoted = (v) => `"${v.replace(/"/g, '""')}"`;
/** 2025+ Comments: quote when needed, escape `"` as `\"` (not RFC 4180). */
const backslashField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '\\"')}"` : v);
/** 2026 Shares: empty values are written as `""`. */
const shares2026Field = (v) => (v === '' ? '""' : stdField(v));

/**
 * Shares.csv ShareCommentary quirk (docs/export-format.md, "Quotes"): every line of a multi-line post is
 * wrapped in its own quotes before ordinary CSV quoting. `eol` is the line break used inside.
 */
function wrapShareLines(text, eol) {
  return text.includes('\n') ? text.split('\n').join(`"${eol}"`) : text;
}

function csvText(header, rows, { eol = '\n', finalEol = true, field = stdField, headerField = field, delimiter = ',', preamble = '' } = {}) {
  const lines = [];
  if (header) lines.push(header.map(headerField).join(delimiter));
  for (const r of rows) {
    if (header && r.length !== header.length) {
      throw new Error(`row width ${r.length} != header width ${header.length}: ${JSON.stringify(r).slice(0, 120)}`);
    }
    lines.push(r.map((v) => field(String(v))).join(delimiter));
  }
  let s = preamble + lines.join(eol);
  if (finalEol) s += eol;
  return s;
}

const utf8 = (s, bom = false) => Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(s, 'utf8')]);
const utf16leBom = (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

// ---------------------------------------------------------------------------------------------
// Category mapping (mirrors the brief; the parser is tested against manifest.json).
// ---------------------------------------------------------------------------------------------

const CATEGORY_BY_KEY = {
  shares: 'posts',
  comments: 'comments',
  instantreposts: 'reposts',
  votes: 'poll-votes',
  reactions: 'reactions',
  rich_media: 'media', videos: 'media',
  profile: 'profile', profile_summary: 'profile',
  positions: 'positions',
  education: 'education',
  skills: 'skills',
  certifications: 'certifications',
  projects: 'projects',
  publications: 'publications',
  honors: 'honors',
  languages: 'languages',
  courses: 'courses',
  volunteering: 'volunteering',
  patents: 'patents',
  organizations: 'organizations',
  causes_you_care_about: 'profile-other', test_scores: 'profile-other', duolingo: 'profile-other',
  recommendations_received: 'recommendations', recommendations_given: 'recommendations',
  endorsement_received_info: 'endorsements', endorsement_given_info: 'endorsements',
  job_applicant_saved_screening_question_responses: 'job-answers', job_applicant_saved_answers: 'job-answers',
  job_applications: 'job-applications',
  private_identity_asset: 'resumes',
  messages: 'messages', guide_messages: 'ai-conversations', coach_messages: 'ai-conversations',
  learning_coach_messages: 'ai-conversations', learning_role_play_messages: 'ai-conversations', learningcoachmessages: 'ai-conversations',
  invitations: 'invitations',
  connections: 'connections',
  importedcontacts: 'contacts', imported_contacts: 'contacts', contacts: 'contacts', calendar: 'contacts',
  email_addresses: 'account', phonenumbers: 'account', phone_numbers: 'account', whatsapp_phone_numbers: 'account',
  registration: 'account', logins: 'account', security_challenges: 'account', receipts: 'account',
  receipts_v2: 'account', verifications: 'account', account_status_history: 'account',
  ad_targeting: 'ads-and-inferences', ads_clicked: 'ads-and-inferences', lan_ads_engagement: 'ads-and-inferences',
  inferences_about_you: 'ads-and-inferences',
  company_follows: 'activity', member_follows: 'activity', hashtag_follows: 'activity', member_hashtags: 'activity',
  saved_items: 'activity', searchqueries: 'activity', search_queries: 'activity', events: 'activity',
  learning: 'activity', saved_jobs: 'activity', savedjobalerts: 'activity', job_seeker_preferences: 'activity',
  reviews: 'activity', online_job_postings: 'activity', providers: 'activity',
};

// The report's category order, kept here on purpose rather than imported from src/model/categories.ts:
// the manifest is an independent reader's count, so the generator shares no code with the tool it checks.
// tests/unit/model/categories.test.ts checks that both lists name the same categories in the same order.
const CATEGORY_ORDER = [
  'posts', 'comments', 'articles', 'ai-conversations', 'reposts', 'poll-votes', 'reactions', 'media', 'profile', 'positions',
  'education', 'skills', 'certifications', 'projects', 'publications', 'honors', 'languages', 'courses',
  'volunteering', 'patents', 'organizations', 'profile-other', 'recommendations', 'endorsements',
  'job-answers', 'job-applications', 'resumes', 'messages', 'invitations', 'connections', 'contacts',
  'account', 'activity', 'ads-and-inferences',
];

function categoryFor(entryPath) {
  const segs = entryPath.split('/');
  const base = segs[segs.length - 1];
  if (/\.html$/i.test(base) && segs.includes('Articles')) return 'articles';
  let key = base.replace(/\.csv$/i, '').toLowerCase().replace(/[\s_-]+/g, '_');
  key = key.replace(/_\d{5,}$/, '');
  if (key !== 'receipts_v2') key = key.replace(/_\d{1,2}$/, '');
  return CATEGORY_BY_KEY[key] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Archive model. An entry = { path, data: Buffer, kind: 'file'|'dir'|'junk', records, emptyRecords }.
// ---------------------------------------------------------------------------------------------

class Archive {
  constructor(name, { prefix = '', date, platform = 'DOS', era }) {
    this.name = name;
    this.prefix = prefix;
    this.date = new Date(date);
    this.platform = platform;
    this.era = era;
    this.entries = [];
  }

  #push(entry) {
    if (this.entries.some((e) => e.path === entry.path)) throw new Error(`duplicate entry ${entry.path}`);
    this.entries.push(entry);
    return entry;
  }

  /** A CSV file built from a header and rows; records are counted from the rows. */
  csv(relPath, header, rows, opts = {}) {
    const text = csvText(header, rows, opts);
    const data = opts.encoding === 'utf16le' ? utf16leBom(text) : utf8(text, opts.bom);
    return this.#push({
      path: this.prefix + relPath, data, kind: 'file', rows,
      records: rows.length,
      emptyRecords: rows.filter((r) => r.every((v) => String(v) === '')).length,
      // Rows that are LinkedIn's own notices ("videos can be downloaded at ..."): no item, not counted.
      notices: opts.notices ?? 0,
    });
  }

  /** 2018-style UTF-16LE, BOM, TAB-delimited, every field quoted, CRLF. */
  utf16(relPath, header, rows) {
    return this.csv(relPath, header, rows, { encoding: 'utf16le', delimiter: '\t', field: allQuoted, eol: '\r\n' });
  }

  /** Arbitrary bytes with an explicitly computed record count. */
  raw(relPath, data, records, emptyRecords = 0, items = undefined) {
    return this.#push({ path: this.prefix + relPath, data: Buffer.isBuffer(data) ? data : utf8(data), kind: 'file', records, emptyRecords, items });
  }

  /** Re-use an entry of another archive byte for byte. */
  copy(entry, relPath) {
    return this.#push({ ...entry, path: this.prefix + relPath });
  }

  junk(fullPath, data) {
    return this.#push({ path: fullPath, data, kind: 'junk' });
  }

  dir(fullPath) {
    return this.#push({ path: fullPath.endsWith('/') ? fullPath : `${fullPath}/`, data: null, kind: 'dir' });
  }

  async build() {
    const zip = new JSZip();
    for (const e of this.entries) {
      const common = { date: this.date, createFolders: false };
      if (this.platform === 'UNIX') common.unixPermissions = e.kind === 'dir' ? 0o40755 : 0o100644;
      if (e.kind === 'dir') zip.file(e.path, null, { ...common, dir: true });
      else zip.file(e.path, e.data, { ...common, binary: true });
    }
    return zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
      platform: this.platform,
    });
  }

  manifest() {
    const entries = [];
    const totals = {};
    for (const e of this.entries) {
      if (e.kind !== 'file') continue;
      const category = e.unknown ? null : categoryFor(e.path);
      if (category === null && !e.unknown) throw new Error(`no category for ${e.path}`);
      const items = e.items ?? e.records - e.emptyRecords - (e.notices ?? 0) - (e.duplicateRecords ?? 0);
      entries.push({ path: e.path, category, records: e.records, emptyRecords: e.emptyRecords, ...(e.notices ? { notices: e.notices } : {}), ...(e.duplicateRecords ? { duplicateRecords: e.duplicateRecords } : {}), items });
    }
    for (const c of CATEGORY_ORDER) {
      const files = entries.filter((x) => x.category === c);
      if (files.length === 0) continue;
      if (c === 'profile') {
        // Profile.csv counts its non-empty fields; Profile Summary.csv its non-empty records.
        let n = 0;
        for (const x of files) {
          const e = this.entries.find((y) => y.path === x.path);
          if (/(^|\/)Profile\.csv$/.test(e.path)) n += e.rows.reduce((s, r) => s + r.filter((v) => String(v) !== '').length, 0);
          else n += x.records - x.emptyRecords;
        }
        totals[c] = n;
      } else {
        totals[c] = files.reduce((s, x) => s + x.items, 0);
      }
    }
    return { era: this.era, entries, categoryTotals: totals, ...(this.findings ? { findings: this.findings } : {}) };
  }
}

// ---------------------------------------------------------------------------------------------
// The member and the people around them (all invented).
// ---------------------------------------------------------------------------------------------

const MEMBER = {
  first: 'Ola', last: 'Nordmann', id: '12345678',
  slug: 'ola-nordmann-0a1b2c3d',
  url: 'https://www.linkedin.com/in/ola-nordmann-0a1b2c3d',
  email: 'ola.nordmann@example.com',
};
const MEMBER_NAME = `${MEMBER.first} ${MEMBER.last}`;

const FIRST_NAMES = ['Anna', 'Lars', 'Ingrid', 'Mohammed', 'Fatima', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Carlos', 'Lucía', 'Sofia', 'Mateo', 'Amara', 'Kwame', 'Olga', 'Dmitri', 'Aisha', 'Rahul', 'Ananya', 'Emma', 'Liam', 'Noah', 'Chloé', 'Luca', 'Giulia', 'Sven', 'Astrid', 'Jonas', 'Nina', 'Tomasz', 'Zofia', 'Ali', 'Leila', 'Kofi', 'Ngozi', 'Sara', 'David', 'Elena', 'Marta', 'Björn', 'Åse', 'Øystein', 'Siobhán', 'Zoë', 'José', 'François', 'Jürgen', 'Hanna', 'Erik'];
const LAST_NAMES = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Dahl', 'Lund', 'Moen', 'Bakke', 'Silva', 'Santos', 'García', 'Müller', 'Schmidt', 'Rossi', 'Bianchi', 'Kowalski', 'Nowak', 'Ivanova', 'Sato', 'Suzuki', 'Tanaka', 'Wang', 'Li', 'Chen', 'Kumar', 'Sharma', 'Iyer', 'Okafor', 'Mensah', 'Haddad', 'Nguyen', 'Kim', 'Park', "O'Brien", 'Murphy', 'Smith', 'Brown', 'Dubois', 'Martin', 'Svensson', 'Virtanen'];
const COMPANIES = ['Contoso Nordic AS', 'Fabrikam Inc.', 'Northwind Traders', 'Adventure Works', 'Tailspin Toys', 'Wide World Importers', 'Globex Corporation', 'Initech', 'Hooli', 'Vandelay Industries', 'Acme Corp', 'Umbrella Analytics Ltd', 'Fjordline Analytics AS', 'Nordlys Data AS', 'Stellar Byte GmbH', 'Blue Fjord Consulting', 'Aurora Cloud AB', 'Polar Payments Oy', 'Example Health', 'Sakura Data KK', 'Globex Norge AS', 'Pinecone & Partners'];
const TITLES = ['Data Engineer', 'Senior Data Engineer', 'Software Engineer', 'Product Manager', 'Head of Data', 'Privacy Counsel', 'Data Protection Officer', 'UX Researcher', 'Technical Recruiter', 'CTO', 'Analytics Engineer', 'Machine Learning Engineer', 'Consultant', 'Student', 'Lead Designer', 'Engineering Manager, Platform', 'Founder & CEO'];

function slugify(first, last, rng) {
  const base = `${first}-${last}`.toLowerCase().replace(/'/g, '').replace(/\s+/g, '-');
  return `${base}-${rng.hex(rng.pick([6, 8]))}`;
}

/** People: a few fixed placeholder characters, then generated ones. */
const PEOPLE = (() => {
  const rng = makeRng('people');
  const fixed = [
    ['Jane', 'Doe', 'jane-doe'], ['John', 'Doe', 'john-doe'], ['Priya', 'Raman', 'priya-raman'],
    ['Kari', 'Nordmann', 'kari-nordmann'], ['Erika', 'Mustermann', 'erika-mustermann'],
    ['Max', 'Mustermann', 'max-mustermann'], ['Mario', 'Rossi', 'mario-rossi'], ['Juan', 'Pérez', 'juan-pérez'],
    ['太郎', '山田', 'taro-yamada'], ['Иван', 'Иванов', 'ivan-ivanov'], ['Jan', 'Kowalski', 'jan-kowalski'],
    ['Jean', 'Dupont', 'jean-dupont'], ['Åse', 'Berg', 'åse-berg'], ['Sven', 'Svensson', 'sven-svensson'],
  ];
  const people = [];
  const seen = new Set();
  for (const [first, last, s] of fixed) {
    const slug = `${s}-${rng.hex(6)}`;
    seen.add(`${first} ${last}`);
    people.push({ first, last, slug, url: `https://www.linkedin.com/in/${slug}`, company: rng.pick(COMPANIES), title: rng.pick(TITLES) });
  }
  while (people.length < 190) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    const slug = slugify(first, last, rng);
    people.push({ first, last, slug, url: `https://www.linkedin.com/in/${slug}`, company: rng.pick(COMPANIES), title: rng.pick(TITLES) });
  }
  // Credentials in a last name (reference: "Doe, MSPH"; names with commas in messages TO).
  people[1].last = 'Doe, MSPH';
  people[2].credential = 'Priya Raman, PhD';
  return people;
})();
const P = (i) => PEOPLE[i];
const fullName = (p) => `${p.first} ${p.last}`;

// Export dates (the archive names use MM-DD-YYYY).
const EXPORT_2018 = T(2018, 11, 4, 7, 12, 0);
const EXPORT_2024 = T(2024, 12, 23, 9, 41, 0);
const EXPORT_2026 = T(2026, 5, 12, 6, 2, 0);

// ---------------------------------------------------------------------------------------------
// Global timelines: every archive holds the slice dated before its export date, so records that
// appear in two eras have identical text (useful for parity tests across CSV dialects).
// ---------------------------------------------------------------------------------------------

const ESC_TITLE = '\x1b]0;pwned\x07';
const ESC_CLEAR = '\x1b[2J';

const POSTS = (() => {
  const rng = makeRng('posts');
  const raw = [
    // 2017-2018 (also in the 2018 archive)
    [T(2017, 9, 12, 8, 15, 22), "Excited to share that I've started a new position as Data Engineer at Nordlys Data AS! 🎉", { visibility2018: 'Public' }],
    [T(2017, 11, 3, 17, 40, 5), 'Great read on building reliable ETL pipelines. Lesson 3 is the one everybody skips.', { shared: 'https://blog.example.com/reliable-etl', title2018: 'Reliable ETL in practice', desc2018: 'Five lessons from running nightly batch jobs for three years.' }],
    [T(2018, 2, 20, 12, 1, 44), 'Snow in Oslo, Spark jobs in the cloud. Some things never change ❄️'],
    [T(2018, 5, 25, 9, 0, 0), "GDPR day! Here's what our team changed:\n\n1. Data inventory\n2. Retention rules\n3. Consent logging\n\nWhat did yours do?", { visibility2018: 'Public' }],
    [T(2018, 8, 14, 19, 22, 10), 'Takk for en flott meetup i går, Oslo Data Engineers! Slides: https://example.org/slides/streaming-2018'],
    [T(2018, 10, 30, 7, 45, 0), 'Our team at Nordlys Data after the autumn hackathon 🏆', { media: 'feed photo' }],
    // 2019-2023
    [T(2019, 4, 9, 6, 30, 17), 'Three years of Airflow in production. The one rule that saved us: every task must be idempotent.'],
    [T(2019, 11, 21, 13, 2, 51), "We're hiring! Senior data engineer, Oslo or remote. Happy to answer questions in DMs.", { shared: 'https://careers.example.com/jobs/1234' }],
    [T(2020, 3, 30, 10, 12, 0), 'Working from home, week 3. Tip: a standing desk made from a "borrowed" ironing board works surprisingly well.'],
    [T(2020, 9, 14, 7, 0, 9), "New role! I'm joining Fjordline Analytics AS as Senior Data Engineer. Thank you, Nordlys Data, for three wonderful years."],
    [T(2021, 6, 2, 11, 48, 30), '東京のデータエンジニアリング・ミートアップで話しました。ありがとうございました！🙏\nThanks to everyone in Tokyo for the warm welcome.', { media: 'feed photo' }],
    [T(2022, 1, 18, 8, 20, 4), 'Hot take: most "real-time" dashboards are looked at once a week.'],
    [T(2022, 10, 5, 15, 33, 12), 'Slides from my talk at DataFjord 2022 are up. Thanks Priya Raman for the invite!', { shared: 'https://example.org/datafjord-2022/slides' }],
    [T(2023, 5, 17, 9, 17, 0), '17. mai 🇳🇴 Gratulerer med dagen, alle sammen!'],
    [T(2023, 11, 28, 7, 41, 55), 'Shipping a privacy review checklist for every new pipeline.\n\nThe one question that catches most issues: "who will read this column in two years?"\n\nTemplate in the comments.'],
    // 2024 (also in the Dec 2024 archive)
    [T(2024, 3, 5, 10, 12, 0), 'Guest lecture at Fjordvik University College today on data minimisation. Great questions from the students!'],
    [T(2024, 6, 20, 14, 30, 0), "Midsummer reading list:\n- Designing Data-Intensive Applications\n- The Art of Statistics\n- Privacy Is Power\n\nWhat's on yours?"],
    [T(2024, 7, 31, 22, 10, 45), 'Last day of July, last day before my vacation. See you in three weeks! 🏖️'],
    [T(2024, 8, 1, 9, 30, 12), 'A short note on column-level lineage and why it matters for deletion requests.'],
    [T(2024, 8, 15, 13, 5, 0), 'Three weeks offline in Lofoten. Highly recommended. 🏔️', { media: 'feed photo' }],
    [T(2024, 9, 17, 18, 2, 33), 'Reading the new privacy settings page carefully before turning anything on. Or off.'],
    [T(2024, 9, 19, 7, 55, 10), 'PSA: there is a new setting called "Data for Generative AI Improvement".\n\nSettings → Data privacy → Data for Generative AI Improvement.\n\nCheck yours.', { public: true }],
    [T(2024, 9, 21, 11, 11, 11), 'Weekend project: a tiny CLI that reads my own data export. Fun way to learn what a platform keeps about you.'],
    [T(2024, 10, 30, 16, 40, 0), 'Wrote down how we track lineage for personal data, with diagrams.', { shared: 'https://example.com/blog/lineage-for-personal-data' }],
    [T(2024, 12, 9, 21, 48, 2), 'Nordic Privacy Meetup tomorrow. Bring questions about retention policies! 🇳🇴🇸🇪🇩🇰🇫🇮🇮🇸'],
    [T(2024, 12, 11, 8, 3, 27), 'Thank you all for coming yesterday. Photos below 👇', { media: 'feed photo' }],
    [T(2024, 12, 20, 15, 0, 0), 'God jul og godt nyttår! 🎄 See you in 2025.'],
    // 2025-2026 (only in the 2026 archives)
    [T(2025, 1, 14, 23, 10, 0), 'New year, new retention policy. Our team deleted 42 TB of logs nobody read. Feels great. Questions: privacy@contoso.example.com'],
    [T(2025, 1, 16, 9, 20, 40), 'Five things I learned running a privacy guild for a year:\n\n1. Start with an inventory\n2. Name owners\n3. Automate deletion\n4. Celebrate small wins\n5. Repeat'],
    [T(2025, 2, 12, 12, 0, 0), `Testing how export viewers render my text: ${ESC_TITLE}if your window title just changed, your tool does not sanitise output.${ESC_CLEAR}`],
    [T(2025, 4, 8, 18, 25, 3), "Café discussions in Montréal: naïve Bayes still beats most résumé-screening models I've seen. Fight me. ☕"],
    [T(2025, 6, 19, 10, 44, 29), '', { media: 'feed photo' }],
    [T(2025, 9, 24, 7, 5, 0), 'Reminder for members in the EU/EEA, Switzerland and the UK: new settings arrive on 3 November. Decide before then.', { public: true }],
    [T(2025, 11, 2, 21, 30, 0), 'Sunday evening: checked my settings one last time before tomorrow. Two weeks after being hospitalised with pneumonia, priorities change.'],
    [T(2025, 11, 3, 8, 0, 0), "It's 3 November. New terms are live. What changed for members in Norway (EEA):\n\n- Legitimate interest as the legal basis\n- The opt-out remains available\n\nLinks in the comments."],
    [T(2025, 11, 4, 12, 45, 10), 'I wrote the whole thing up as an article.', { shared: 'https://www.linkedin.com/pulse/what-changed-3-november-norwegian-perspective-ola-nordmann-2b7fq' }],
    [T(2026, 1, 15, 8, 8, 8), 'Quiet January. A good time to prune old posts you no longer stand behind. As a trade union member, I also reread our privacy clause.'],
    [T(2026, 2, 27, 16, 20, 0), '在奥斯陆的数据隐私研讨会上分享了我们的经验。谢谢大家！ #隐私 #数据工程', { media: 'feed document' }],
    [T(2026, 3, 30, 9, 0, 30), 'Hiring: two data engineers for our Oslo team. DM me, call +47 555 01 234 or apply below.', { shared: 'https://careers.example.com/jobs/5678', public: true }],
    [T(2026, 4, 2, 22, 25, 49), 'Some news after six great years at Fjordline.\n\nI\'m joining Contoso Nordic as "Head of Data Platform" next month.\n\nThank you to everyone who made the last six years so much fun.'],
    [T(2026, 5, 11, 15, 17, 30), 'First week at Contoso Nordic ✅ Lots of coffee, lots of names to learn.', { media: 'video' }],
  ];
  return raw.map(([at, text, extra = {}]) => {
    const ugc = at > T(2019, 1, 1) && rng.chance(0.6);
    const id = activityId(at, rng);
    return {
      at, text, ...extra, id,
      link: `https://www.linkedin.com/feed/update/urn%3Ali%3A${ugc ? 'ugcPost' : 'share'}%3A${id}`,
      link2018: `https://www.linkedin.com/updates?discuss=&scope=${MEMBER.id}&stype=M&topic=${id}&type=U&a=${rng.chars(4, B64URL)}`,
      mediaUrl: extra.media && extra.media !== 'video'
        ? `https://media.licdn.com/dms/image/v2/D4D22AQ${rng.chars(11, B64URL)}/feedshare-shrink_800/0/${at}?e=1779840000&v=beta&t=${rng.chars(43, B64URL)}`
        : '',
    };
  });
})();

const COMMENTS = (() => {
  const rng = makeRng('comments');
  const people = PEOPLE.slice(0, 60);
  const fixed = [
    [T(2019, 5, 2, 12, 4, 6), 'Jane Doe Congratulations on the launch! 🎉'],
    [T(2020, 2, 11, 9, 30, 0), 'Great point. We saw the same at Initech.'],
    [T(2021, 8, 23, 19, 15, 41), 'Takk for sist! Veldig nyttig foredrag.'],
    [T(2023, 3, 14, 8, 0, 12), 'Отличная статья! Спасибо, Иван.'],
    [T(2024, 7, 31, 20, 0, 0), 'Priya Raman Congrats on the launch! 🚀'],
    [T(2024, 8, 1, 10, 15, 0), 'Jane Doe Thanks! I\'ll share the "lineage checklist" next week.'],
    [T(2024, 9, 17, 16, 45, 30), 'Great question. The short answer is "it depends", the long answer is in the thread.'],
    [T(2024, 9, 19, 8, 2, 2), 'Checked mine:\nSettings → Data privacy → "Data for Generative AI Improvement".\nIt was ON by default.'],
    [T(2024, 9, 21, 13, 37, 0), 'Kari Nordmann yes, the toggle is per account, not per post.'],
    [T(2024, 10, 22, 7, 12, 55), 'Ola here: the word "anonymised" does a lot of heavy lifting in that policy.'],
    [T(2024, 12, 9, 22, 0, 1), 'See you tomorrow! Bringing cardamom buns. 🥐'],
    [T(2024, 12, 11, 9, 1, 0), 'Thanks everyone for coming.\n\nSlides and notes:\nhttps://example.org/nordic-privacy-meetup/2024-12'],
    [T(2025, 1, 14, 22, 59, 59), 'Happy new year, Max Mustermann! Frohes neues Jahr!'],
    [T(2025, 1, 16, 10, 10, 10), 'As my manager says, "ship it" — then he said "ship it"'],
    [T(2025, 5, 5, 5, 5, 5), '山田 太郎 さん、ありがとうございます！とても参考になりました。'],
    [T(2025, 11, 2, 23, 30, 0), 'Erika Mustermann Danke! Guter Hinweis zum Widerspruch.'],
    [T(2025, 11, 3, 8, 15, 0), 'Links:\n1. The EEA notice\n2. The settings page\n3. My article from last year'],
    [T(2025, 11, 4, 9, 0, 44), 'Juan Pérez ¡Exacto! La configuración está en "Privacidad de datos".'],
    [T(2026, 2, 14, 14, 14, 14), `Kari Nordmann try pasting this into your viewer: ${ESC_TITLE} and then this ${ESC_CLEAR} 😈`],
    [T(2026, 5, 11, 16, 6, 52), 'First line of a comment.\n"A quoted phrase." 😅'],
  ];
  const templates = [
    (p) => `${fullName(p)} Congratulations on the new role! 🎉`,
    (p) => `Thanks for sharing, ${p.first}!`,
    (p) => `Agree 100%. We saw the same at ${p.company}.`,
    () => 'Interesting! Do you have a link to the slides?',
    () => 'Gratulerer! 🎉',
    () => 'Félicitations, très bien dit !',
    () => 'Så bra skrevet. Takk!',
    () => 'Good thread.\n\nOne thing I would add: delete what you do not need.',
    (p) => `${fullName(p)} "Privacy by default" should be the norm, not a feature.`,
    () => 'Spot on 👏👏',
    (p) => `${p.first}, we tried that in 2019, it did not scale, but the idea is right.`,
    () => 'Bookmarking this, thanks.',
    () => 'Where can I read more about the retention part?',
    () => '+1, and the same goes for backups.',
  ];
  const list = fixed.map(([at, text]) => ({ at, text }));
  while (list.length < 60) {
    const at = rng.time(T(2018, 11, 20), T(2026, 5, 10));
    list.push({ at, text: rng.pick(templates)(rng.pick(people)) });
  }
  return list.map((c) => {
    const id = activityId(c.at - rng.int(3600, 30 * 86400) * 1000, rng);
    const kind = rng.chance(0.7) ? 'activity' : 'ugcPost';
    return { ...c, link: `https://www.linkedin.com/feed/update/urn%3Ali%3A${kind}%3A${id}` };
  });
})();

const REACTIONS = (() => {
  const rng = makeRng('reactions');
  const list = [];
  for (let i = 0; i < 120; i++) {
    const at = i < 8
      ? [T(2024, 7, 31, 12), T(2024, 8, 1, 12), T(2024, 9, 17, 12), T(2024, 9, 21, 12), T(2024, 12, 9, 12), T(2024, 12, 11, 12), T(2025, 11, 2, 12), T(2025, 11, 4, 12)][i] + rng.int(0, 3599) * 1000
      : rng.time(T(2019, 1, 1), T(2026, 5, 11, 23));
    const type = rng.weighted([['LIKE', 60], ['PRAISE', 12], ['APPRECIATION', 8], ['INTEREST', 8], ['EMPATHY', 6], ['ENTERTAINMENT', 4], ['MAYBE', 2]]);
    const postId = activityId(at - rng.int(60, 5 * 86400) * 1000, rng);
    const kind = rng.pick(['activity', 'activity', 'ugcPost', 'share']);
    let link = `https://www.linkedin.com/feed/update/urn%3Ali%3A${kind}%3A${postId}`;
    if (kind === 'activity' && rng.chance(0.15)) {
      link += `?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${postId}%2C${activityId(at - 30000, rng)}%29`;
    }
    list.push({ at, type, link });
  }
  return list;
})();

const CONNECTIONS = (() => {
  const rng = makeRng('connections');
  const list = [];
  const pool = PEOPLE.slice(0, 150);
  for (let i = 0; i < pool.length; i++) {
    const p = pool[i];
    // Roughly 40 before the 2018 export, 80 until Dec 2024, 30 after.
    const at = i < 40 ? rng.time(T(2012, 3, 1), T(2018, 10, 31))
      : i < 120 ? rng.time(T(2018, 11, 10), T(2024, 12, 20))
        : rng.time(T(2024, 12, 24), T(2026, 5, 10));
    const phantom = (i >= 40 && i % 23 === 5);
    list.push({
      p, at, phantom,
      email: rng.chance(0.12) ? `${p.slug.split('-').slice(0, 2).join('.')}@example.net` : '',
      company: rng.chance(0.9) ? p.company : '',
      position: rng.chance(0.88) ? p.title : '',
    });
  }
  return list.sort((a, b) => b.at - a.at);
})();

// ---------------------------------------------------------------------------------------------
// Messages: 300 messages in 45 conversations, 2016-2026.
// ---------------------------------------------------------------------------------------------

const MESSAGES = (() => {
  const rng = makeRng('messages');
  const singleLine = [
    'Hi Ola, thanks for connecting!',
    'Thanks, likewise. Let me know if you are ever in Oslo.',
    'Are you free for a quick call on Thursday?',
    'Sure, Thursday 14:00 works for me.',
    'Great talk yesterday, could you share the slides?',
    'Here you go: https://example.org/slides/privacy-by-default',
    "We're looking for a senior data engineer, would you be open to a chat?",
    "Thanks for thinking of me, but I'm happy where I am right now.",
    'Can you recommend a good course on stream processing?',
    'Try the one on Kafka basics, it is short and practical.',
    'Congrats on the new role! 🎉',
    'Tusen takk! 😊',
    'Did you get my e-mail about the meetup venue?',
    'Yes, the venue is confirmed, 30 seats, coffee included.',
    'Quick question about your "lineage checklist": is it public?',
    'Not yet, I will publish it next week.',
    "Merci beaucoup pour l'invitation !",
    'Let me check with the team and get back to you, hopefully by Friday.',
    'Vielen Dank für die Empfehlung!',
    '谢谢你的分享，非常有帮助。',
    'ok 👍',
    'Sounds good, see you then.',
  ];
  const multiLine = [
    'Hi Ola,\n\nThanks for the talk today.\nCould you send me the link to the checklist?\n\nBest,\nAnna',
    'Agenda for Thursday:\n1. Retention rules\n2. Deletion pipeline\n3. AOB',
    'Short version: yes.\nLong version: yes, but only after the audit.',
    'Hei!\nTakk for sist. Skal vi ta en kaffe neste uke?',
  ];
  const convCount = 45;
  const convs = [];
  for (let c = 0; c < convCount; c++) {
    const other = PEOPLE[(c * 7 + 3) % 120];
    const group = c % 11 === 4 ? [other, PEOPLE[(c * 7 + 20) % 120], PEOPLE[2]] : [other];
    const start = rng.time(T(2016, 3, 1), T(2026, 4, 20));
    const kind = c === 6 || c === 30 ? 'sponsored' : c === 13 ? 'inmail' : c === 22 ? 'member' : group.length > 1 ? 'group' : 'normal';
    const uuid = `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;
    convs.push({
      id: `2-${Buffer.from(`${uuid}_${pad(rng.int(0, 999), 3)}`).toString('base64')}`,
      title: kind === 'sponsored' ? 'Sponsored Conversation' : kind === 'inmail' ? 'Opportunity: Head of Data at Hooli' : kind === 'group' ? 'DataFjord organisers' : '',
      group, kind, start,
    });
  }
  const msgs = [];
  let n = 0;
  const counts = convs.map(() => 1);
  // Distribute 300 messages over the conversations (each gets at least one).
  for (let i = convCount; i < 300; i++) {
    let c = rng.int(0, convCount - 1);
    while (convs[c].kind === 'sponsored' || convs[c].kind === 'member') c = (c + 1) % convCount; // those stay single
    counts[c]++;
  }
  convs.forEach((conv, ci) => {
    let at = conv.start;
    for (let k = 0; k < counts[ci]; k++) {
      at += rng.int(60, 3 * 86400) * 1000;
      if (at > T(2026, 5, 11, 20)) at = T(2026, 5, 11, 20) - rng.int(60, 86400) * 1000 * (counts[ci] - k);
      const incoming = conv.kind === 'sponsored' || conv.kind === 'inmail' || conv.kind === 'member' || k % 2 === 0;
      const sender = incoming ? conv.group[k % conv.group.length] : null;
      let content;
      if (conv.kind === 'sponsored') {
        content = `<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p><p class="spinmail-quill-editor__spin-break">Join our free webinar "Data Platforms in 2025" &amp; get the report.</p>`;
      } else if (conv.kind === 'inmail') {
        content = k === 0 ? 'Hi Ola, I came across your profile and think you would be a great fit for our Head of Data role. Interested?' : rng.pick(singleLine);
      } else if (at > EXPORT_2024 && rng.chance(0.25)) {
        content = rng.pick(multiLine);
      } else {
        content = rng.chance(0.04) ? '' : rng.pick(singleLine);
      }
      msgs.push({
        n: n++, conv, at, incoming,
        from: conv.kind === 'member' ? 'LinkedIn Member' : conv.kind === 'sponsored' ? 'Fabrikam Inc.' : incoming ? fullName(sender) : MEMBER_NAME,
        fromUrl: conv.kind === 'member' || conv.kind === 'sponsored' ? '' : incoming ? sender.url : MEMBER.url,
        to: incoming ? [MEMBER_NAME] : conv.group.map((p) => p.credential ?? fullName(p)),
        toUrls: incoming ? [MEMBER.url] : conv.group.map((p) => p.url),
        subject: conv.kind === 'inmail' && k === 0 ? 'Head of Data role' : '',
        content,
        folder: conv.kind === 'sponsored' ? 'INBOX' : rng.weighted([['INBOX', 80], ['ARCHIVE', 15], ['SPAM', 5]]),
        attachment: rng.chance(0.03) ? `https://www.linkedin.com/dms/prv/vid/v2/D4D06AQ${rng.chars(10, B64URL)}/messaging-attachmentFile/0/${at}?m=AQ${rng.chars(20, B64URL)}&ne=1&v=beta&t=${rng.chars(43, B64URL)}` : '',
      });
    }
  });
  // Exactly one message with a CR inside (one CRLF pasted from a Windows app), after 2024.
  const late = msgs.filter((m) => m.at > EXPORT_2024 && m.conv.kind === 'normal');
  late[3].content = 'Pasted from my notes:\r\nline one\nline two';
  // Sort: conversations by latest message (newest first), newest message first inside each.
  const latest = new Map();
  for (const m of msgs) latest.set(m.conv, Math.max(latest.get(m.conv) ?? 0, m.at));
  msgs.sort((a, b) => (latest.get(b.conv) - latest.get(a.conv)) || (b.at - a.at));
  return msgs;
})();

// ---------------------------------------------------------------------------------------------
// Articles.
// ---------------------------------------------------------------------------------------------

const ARTICLES = [
  {
    title: 'Five lessons from our first year of Spark',
    slug: 'five-lessons-from-our-first-year-spark-ola-nordmann',
    created: T(2018, 3, 7, 20, 11), published: T(2018, 3, 8, 7, 30),
    cover: 'https://media.licdn.com/mpr/mpr/AAEAAQAAAAAAAAkxAAAAJDk5ZGE3ZjQyLWJhNmQtNDc0Yy1hMzI0LTU3NjI4YjQ3NmNmNw.jpg',
    body: '<p>A year ago we moved our nightly batch jobs to Spark. Here is what we learned.</p><h3>1. Partition early</h3><p>Skewed keys cost us more than any other mistake.</p><h3>2. Test with real volumes</h3><p>Ten rows in a unit test tell you nothing about shuffle behaviour.</p><ul><li>Cache deliberately</li><li>Name your jobs</li><li>Watch the UI</li></ul><blockquote>"Make it work, make it right, make it fast" still applies.</blockquote><p>Thanks to the whole team at Nordlys Data.</p>',
  },
  {
    title: 'Notes on GDPR for engineers',
    created: T(2018, 6, 2, 21, 14, 9), published: null, editId: '6408123456789012345',
    body: '<p>Draft. Things every engineer should know before 25 May:</p><ul><li>Data inventory</li><li>Lawful basis</li><li>Deletion</li></ul>',
  },
  {
    title: 'What your data export says about you',
    slug: 'what-your-data-export-says-you-ola-nordmann-k3x9q',
    created: T(2024, 9, 1, 19, 35), published: T(2024, 9, 1, 20, 31),
    cover: 'https://media.licdn.com/dms/image/v2/D4D12AQHx9aBcDeFgHi/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1725219311000?e=1740614400&v=beta&t=Qw3rTy7uIoP_aSdFgHjKlZxCvBnM1234567890abcde',
    body: '<p>I requested my own data export and read every file. Some observations.</p><h3>Posts and comments</h3><p>Every post since 2017 is there, with the exact time it was published.</p><h3>Inferences</h3><p>The platform keeps a list of things it <em>thinks</em> about you.</p><hr><p>Questions welcome in the comments. Spørsmål tas gjerne imot!</p><p><img class="slate-image-embed__resize-full-width" src="https://media.licdn.com/dms/image/v2/D4D12AQExampleInline/article-inline_image-shrink_1000_1488/0/1725219311000?e=1740614400&amp;v=beta&amp;t=abc" alt="A diagram of the export"></p>',
  },
  {
    title: 'Draft title',
    draftName: '2024-11-26 23:56:48.0-Draft title.html',
    created: T(2024, 11, 26, 23, 56, 48), published: null,
    body: '<p>Work in progress: what "legitimate interest" means for training data.</p>',
  },
  {
    title: 'Data minimisation is a product feature',
    slug: 'data-minimisation-product-feature-ola-nordmann',
    created: T(2025, 1, 9, 18, 2), published: T(2025, 1, 10, 6, 45),
    body: '<p>We deleted 42 TB of logs and nobody noticed. That is the point.</p><h3>Why it matters</h3><p>Less data means smaller breaches, faster queries and simpler audits.</p><iframe src="https://www.youtube-nocookie.com/embed/EXAMPLE0001" width="560" height="315"></iframe><p>Ha en fin dag!</p>',
  },
  {
    title: 'What changed on 3 November – a Norwegian perspective',
    slug: 'what-changed-3-november-norwegian-perspective-ola-nordmann-2b7fq',
    created: T(2025, 11, 4, 10, 5), published: T(2025, 11, 4, 12, 40),
    cover: 'https://media.licdn.com/dms/image/v2/D4D12AQGexampleCover/article-cover_image-shrink_720_1280/0/1762260000000?e=1781222400&v=beta&t=Zx9-exampleToken_abcdefghijklmnopqrstuvwxyz012',
    body: '<p>On 3 November 2025 new terms took effect for members in the EU, the EEA (including Norway), Switzerland and the UK.</p><h3>What changed</h3><ul><li>A new legal basis: legitimate interest</li><li>An opt-out setting that is ON by default</li></ul><h3>What I did</h3><p>I turned it off, and I exported my data to see what had been collected.</p><blockquote>Personvern er ikke et produkt, det er en vane.</blockquote>',
  },
  {
    title: 'Personvern på norsk ',
    draftName: '2026-03-14 08:02:11.0-Personvern på norsk .html',
    created: T(2026, 3, 14, 8, 2, 11), published: null,
    body: '<p>Utkast: personvern, samtykke og «berettiget interesse» forklart på norsk. Æ, ø og å inkludert.</p>',
  },
];

const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function articleHtml(a, era) {
  const style = '    body { margin: 0 auto; width: 744px; font-family: Source Serif Pro, serif; line-height: 32px; font-weight: 400; color: rgba(0, 0, 0, 0.7); font-size: 21px; }\n    h1, h2, h3 { font-family: Source Sans Pro, Helvetica, Arial, sans-serif; }\n    h1 a, h1 a:visited { color: inherit; text-decoration: none; }\n    h1 { line-height: 48px; font-weight: 600; color: rgba(0, 0, 0, 0.85); font-size: 42px; margin: 32px 0 20px; }\n    h2 { line-height: 32px; font-weight: 600; color: rgba(0, 0, 0, 0.85); font-size: 26px; margin: 28px 0; }\n    h3 { line-height: 28px; font-weight: 600; color: rgba(0, 0, 0, 0.85); font-size: 21px; margin: 24px 0; }\n    p { margin: 32px 0; }\n    .created, .published { color: rgba(0, 0, 0, 0.55); font-size: 15px; line-height: 15px; margin: 20px 0; }\n    .created + .published { margin-top: -12px; }\n    blockquote { font-family: Georgia, Source Serif Pro, serif; font-style: italic; font-size: 24px; line-height: 36px; margin: 48px 120px; text-align: center; }\n    a { color: rgba(0, 0, 0, 0.85); }\n    img { max-width: 100%; }\n';
  const isDraft = a.published === null;
  let h1;
  if (!isDraft) h1 = `<h1><a href="https://www.linkedin.com/pulse/${a.slug}">${escHtml(a.title)}</a></h1>`;
  else if (era === '2018') h1 = `<h1><a href="https://www.linkedin.com/post/edit/${a.editId}">${escHtml(a.title)}</a></h1>`;
  else h1 = `<h1>${escHtml(a.title)}</h1>`;
  const published = !isDraft ? `Published on ${fmt.article(a.published)}` : era === '2018' ? 'Not published yet' : 'Published on ---';
  return [
    '<html>',
    '<head>',
    `  <title>${escHtml(a.title)}</title>`,
    ...(era === '2018' ? ['  <meta charset="UTF-8">'] : []),
    '  <style>',
    style + '  </style>',
    '</head>',
    '<body>',
    ...(a.cover ? [`    <img src="${a.cover}" alt="${escHtml(a.title)}" title="${escHtml(a.title)}" />`] : []),
    `      ${h1}`,
    `    <p class="created">Created on ${fmt.article(a.created)}</p>`,
    `  <p class="published">${published}</p>`,
    `  <div>${a.body}</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function articleFileName(a, era) {
  if (a.published !== null) return `${a.slug}.html`;
  if (era === '2018') return `${fmt.iso(a.created)}.html`;
  return a.draftName ?? `${fmt.iso(a.created)}.0-${a.title}.html`;
}

function addArticles(ar, era, exportAt, dir) {
  for (const a of ARTICLES) {
    if (a.created > exportAt) continue;
    // A draft that was later published shows as published; none of ours change state.
    ar.raw(`${dir}${articleFileName(a, era)}`, articleHtml(a, era), 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared per-file row builders.
// ---------------------------------------------------------------------------------------------

const before = (list, ms) => list.filter((x) => x.at <= ms);
const newestFirst = (list) => list.slice().sort((a, b) => b.at - a.at);

function connectionRowsModern(exportAt) {
  return before(CONNECTIONS, exportAt).map((c) => (c.phantom
    ? ['', '', '', '', '', '', fmt.dmy(c.at)]
    : [c.p.first, c.p.last, c.p.url, c.email, c.company, c.position, fmt.dmy(c.at)]));
}

const CONNECTIONS_PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const CONNECTIONS_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];

function addConnectionsModern(ar, exportAt) {
  return ar.csv('Connections.csv', CONNECTIONS_HEADER, connectionRowsModern(exportAt), { preamble: CONNECTIONS_PREAMBLE, finalEol: false });
}

const MESSAGE_HEADER_10 = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'];

function shareRowsModern(exportAt, eol) {
  return newestFirst(before(POSTS, exportAt)).map((p) => [
    fmt.iso(p.at), p.link, wrapShareLines(p.text, eol), p.shared ?? '', p.mediaUrl, p.public ? 'PUBLIC' : 'MEMBER_NETWORK',
  ]);
}

function richMediaRows(exportAt, rng) {
  const rows = [];
  const expiry = Math.floor((exportAt + 26 * DAY) / 1000);
  const link = (kind, at) => `https://media.licdn.com/dms/${kind === 'video' ? 'playlist' : 'image'}/v2/D4D${rng.pick(['22', '16', '10', '03'])}AQ${rng.chars(11, B64URL)}/${kind.replace(/ /g, '-')}/0/${at}?e=${expiry}&v=beta&t=${rng.chars(43, B64URL)}`;
  const items = [];
  for (const p of POSTS) {
    if (!p.media || p.at > exportAt || p.at < T(2019, 1, 1)) continue;
    // Multi-line descriptions start with a stray quote and keep plain \n (docs/export-format.md, "Quotes").
    const desc = p.text === '' ? ' -' : p.text.includes('\n') ? `"${p.text}` : p.text;
    items.push({ at: p.at + 5000, kind: p.media, desc });
  }
  items.push({ at: T(2019, 2, 3, 10, 4), kind: 'profile photo', desc: ' -' });
  items.push({ at: T(2022, 8, 30, 19, 41), kind: 'profile background photo', desc: ' -' });
  for (const a of ARTICLES) if (a.cover && a.created > T(2019, 1, 1)) items.push({ at: a.created + 60000, kind: 'article cover photo', desc: ' -' });
  items.push({ at: T(2024, 9, 1, 19, 50), kind: 'article inline photo', desc: ' -' });
  for (const it of newestFirst(items.filter((x) => x.at <= exportAt))) {
    rows.push([`You uploaded ${/^[aeiou]/.test(it.kind) ? 'an' : 'a'} ${it.kind} on ${fmt.richMedia(it.at)}`, it.desc, link(it.kind, it.at)]);
  }
  return rows;
}

function reactionRows(exportAt) {
  return newestFirst(before(REACTIONS, exportAt)).map((r) => [fmt.iso(r.at), r.type, r.link]);
}

function commentRows(exportAt) {
  return newestFirst(before(COMMENTS, exportAt)).map((c) => [fmt.iso(c.at), c.link, c.text]);
}

const SKILLS = ['Data Engineering', 'Apache Spark', 'Apache Airflow', 'Python (Programming Language)', 'SQL', 'Scala', 'Apache Kafka', 'Data Privacy', 'GDPR', 'Data Modeling', 'ETL', 'Amazon Web Services (AWS)', 'Google Cloud Platform (GCP)', 'Kubernetes', 'Docker', 'TypeScript', 'dbt', 'Data Governance', 'Stream Processing', 'PostgreSQL', 'Public Speaking', 'Team Leadership', 'Norwegian', 'Machine Learning', 'Privacy by Design'];

/** Endorsement_Given_Info.csv and Endorsement_Received_Info.csv (2024 and 2026 layouts). */
function addEndorsements(ar, rng, X, { people, skills, given, received }) {
  const rows = (dir, n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const p = P(20 + ((i * 3 + (dir === 'given' ? 1 : 0)) % people));
      out.push([rng.time(T(2016, 1, 1), X - DAY), rng.pick(skills), p.first, p.last, `www.linkedin.com/in/${p.slug}`, rng.weighted([['ACCEPTED', 5], ['PENDING', 1]])]);
    }
    return out.sort((a, b) => b[0] - a[0]).map(([at, ...r]) => [fmt.slashUtc(at), ...r]);
  };
  ar.csv('Endorsement_Given_Info.csv', ['Endorsement Date', 'Skill Name', 'Endorsee First Name', 'Endorsee Last Name', 'Endorsee Public Url', 'Endorsement Status'], rows('given', given));
  const receivedRows = rows('received', received);
  ar.csv('Endorsement_Received_Info.csv', ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status'], receivedRows);
  return receivedRows;
}

function positionsRows(era) {
  const rows = [];
  if (era === '2026') rows.push(['Contoso Nordic AS', 'Head of Data Platform', 'Leading the data platform team (12 people) in Oslo and Kraków.', 'Oslo, Norway', 'May 2026', '']);
  if (era !== '2018') rows.push(['Fjordline Analytics AS', 'Senior Data Engineer', 'Built the company data platform from scratch.  • Designed the lineage and deletion pipeline for personal data  • Cut batch costs by 40%  • Mentored 6 engineers  • Ran the internal privacy guild', 'Oslo, Norway', 'Sep 2020', era === '2026' ? 'Apr 2026' : '']);
  rows.push(['Nordlys Data AS', 'Data Engineer', 'Batch and streaming pipelines for retail analytics. • Spark, Airflow, Kafka • On-call rotation lead', 'Bergen, Norway', 'Sep 2017', era === '2018' ? '' : 'Aug 2020']);
  rows.push(['Globex Norge AS', 'Junior Developer', 'Java back-end development, reporting, "a lot of SQL".', 'Oslo Area, Norway', 'Jun 2014', 'Aug 2017']);
  rows.push(['Fjordvik University College', 'Teaching Assistant', 'Databases course (INF2100).', '', '2013', '2014']);
  return rows;
}

function educationRows(era) {
  const rows = [
    ['Northbridge University of Technology', '2012', '2014', '', 'Master of Science - MS, Computer Science', 'Student council, Data Science Society'],
    ['Fjordvik University College', '2009', '2012', 'Thesis on query optimisation for column stores.', 'Bachelor of Science - BS, Informatics', ''],
  ];
  if (era === '2026') rows.push(['', 'Aug 2025', '', '', 'Privacy Engineering (online certificate)', '']);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The 2018 archive.
// ---------------------------------------------------------------------------------------------

function build2018() {
  const rng = makeRng('archive-2018');
  const ar = new Archive('Complete_LinkedInDataExport_11-04-2018.zip', { date: T(2018, 11, 4, 7, 12, 0), era: '2018 (UTF-16LE/TAB files, no Connections preamble, Articles/ at the root)' });
  const X = EXPORT_2018;

  // Shares.csv: UTF-16LE, TAB, every field quoted. Multi-line posts are plainly quoted (no wrapper quirk).
  ar.utf16('Shares.csv',
    ['Date', 'Share Title', 'Share Description', 'Share Link', 'Share Commentary', 'Shared URL', 'Media URL', 'Type', 'Visibility'],
    newestFirst(before(POSTS, X)).map((p) => [
      fmt.slashUtc(p.at), p.title2018 ?? '', p.desc2018 ?? '', p.link2018, p.text, p.shared ?? '',
      p.mediaUrl ? `https://media.licdn.com/mpr/mpr/shrinknp_800_800/AAEAAQAAAAAAAA${rng.chars(20, B64URL)}.jpg` : '',
      'Homepage', p.visibility2018 ?? 'Connections',
    ]));

  const logins = [];
  for (let i = 0; i < 25; i++) {
    const at = rng.time(T(2018, 5, 1), X - 3600000);
    logins.push([at, fmt.slashUtc(at), `198.51.100.${rng.int(2, 250)}`, rng.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.77 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'LinkedIn/9.1.112 (iPhone; iOS 12.0.1; Scale/3.00)']), rng.weighted([['Website Login', 9], ['Third Party Login', 1]])]);
  }
  ar.utf16('Logins.csv', ['Login Date', 'IP Address', 'User Agent', 'Login Type'], logins.sort((a, b) => b[0] - a[0]).map((r) => r.slice(1)));

  const queries = ['data engineer oslo', 'jane doe', 'spark meetup', 'privacy engineer', 'airflow', 'nordlys data', 'data protection officer, norway', '山田 太郎'];
  const sq = [];
  for (let i = 0; i < 14; i++) {
    const at = rng.time(T(2018, 1, 1), X - 3600000);
    const q = rng.pick(queries);
    const reps = rng.int(1, 3);
    for (let k = 0; k < reps; k++) sq.push([at + k * 400, q]);
  }
  ar.utf16('Search Queries.csv', ['Time', 'Search Query'], sq.sort((a, b) => b[0] - a[0]).map(([at, q]) => [fmt.slashUtc(at), q]));

  ar.utf16('Ad Targeting.csv',
    ['Age Group', 'Country', 'Company Sizes', 'Companies', 'Followed Companies', 'Functions', 'Gender', 'Industries', 'Followed Industries', 'Partner Opt Out Advertising', 'Seniorities', 'State', 'Postal Code', 'Schools', 'Graduation Year', 'Groups', 'Interface Language', 'Degree Classes', 'Skills'],
    [['25 to 34', 'Norway', '51-200', 'Nordlys Data AS', 'Fabrikam Inc.; Initech', 'Engineering; Information Technology', 'Male', 'Computer Software', 'Computer Software; Internet', 'false', 'Senior', 'Oslo', '0150', 'Northbridge University of Technology; Fjordvik University College', '2014', 'Oslo Data Engineers', 'English', "Master's Degree", 'Apache Spark; SQL; Python']]);

  ar.utf16('Security Challenges.csv', ['Challenge Date', 'IP Address', 'User Agent', 'Country', 'Challenge Type'], [
    [fmt.slashUtc(T(2018, 9, 2, 6, 12, 44)), '203.0.113.17', 'Mozilla/5.0 (X11; Linux x86_64; rv:62.0) Gecko/20100101 Firefox/62.0', 'Norway', 'Pin'],
    [fmt.slashUtc(T(2017, 4, 20, 22, 1, 3)), '192.0.2.99', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/57.0.2987.133 Safari/537.36', 'Sweden', 'Captcha'],
  ]);

  ar.utf16('Account Status History.csv', ['Time', 'Event'], [[fmt.slashUtc(T(2011, 6, 19, 17, 16, 42)), 'Account Created']]);

  // UTF-8 files. Messages.csv and Connections.csv carry a UTF-8 BOM.
  const html2018 = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&rsquo;').replace(/\r?\n/g, ' ');
  ar.csv('Messages.csv', ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'],
    before(MESSAGES, X).filter((m) => m.conv.kind !== 'sponsored').map((m) => [
      m.from, m.to.join(', '), fmt.mdy(m.at), m.subject, html2018(m.content),
      m.incoming ? 'INCOMING' : 'OUTGOING',
      m.incoming ? (m.folder === 'ARCHIVE' ? 'ARCHIVED' : 'INBOX') : 'SENT',
    ]), { bom: true });

  ar.csv('Connections.csv', ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
    before(CONNECTIONS, X).map((c) => [c.p.first, c.p.last, c.email, c.company, c.position, fmt.mdy(c.at)]), { bom: true });

  ar.csv('Profile.csv',
    ['First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Contact Instructions', 'Headline', 'Summary', 'Industry', 'Country', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers'],
    [['Ola', 'Nordmann', '', '', 'Mar 14, 1988', 'Message me on LinkedIn, please.', 'Data Engineer at Nordlys Data AS', 'Data engineer who likes tidy pipelines and tidier data retention policies. Spark, Airflow, Kafka.', 'Computer Software', 'Norway', '0150', 'Oslo, Norway', '', 'PORTFOLIO:http://ola.example.com, PORTFOLIO:https://github.example.com/ola-nordmann', '']]);

  ar.csv('Email Addresses.csv', ['Email Address', 'Confirmed', 'Primary', 'Updated On'], [
    [MEMBER.email, 'Yes', 'Yes', fmt.mdy(T(2016, 2, 3, 10, 20))],
    ['ola.work@example.org', 'Yes', 'No', fmt.mdy(T(2017, 9, 12, 8, 1))],
  ]);
  ar.csv('Phone Numbers.csv', ['Extension', 'Number', 'Type'], [['', ' +47 55501234', 'Mobile']]);
  ar.csv('Positions.csv', ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], positionsRows('2018'));
  ar.csv('Education.csv', ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'], educationRows('2018'));
  ar.csv('Skills.csv', ['Name'], SKILLS.slice(0, 14).map((s) => [s]));
  ar.csv('Languages.csv', ['Name', 'Proficiency'], [['Norwegian', 'Native or bilingual proficiency'], ['English', 'Full professional proficiency'], ['German', 'Limited working proficiency']]);
  ar.csv('Projects.csv', ['Title', 'Description', 'Url', 'Start Date', 'End Date'], [
    ['Open retail dataset', 'Cleaned and published an anonymised retail dataset for teaching.', 'https://example.org/open-retail', 'Mar 2016', 'Sep 2016'],
    ['Streaming ingestion at Nordlys', 'Kafka-based ingestion for point-of-sale events.', '', 'Jan 2018', ''],
  ]);
  ar.csv('Honors.csv', ['Title', 'Description', 'Issuer', 'Issue Date'], [
    ['Best student project', 'Query optimiser for a toy column store.', 'Fjordvik University College', 'Jun 2012'],
    ['Hackathon winner', 'Team "Datakoker", autumn hackathon', 'Nordlys Data AS', 'Oct 2018'],
  ]);
  ar.csv('Invitations.csv', ['From', 'To', 'Sent At', 'Message', 'Direction'], [
    [MEMBER_NAME, fullName(P(40)), fmt.mdy(T(2018, 10, 2, 14, 5)), 'Hi, great meeting you at the Spark meetup!', 'OUTGOING'],
    [fullName(P(41)), MEMBER_NAME, fmt.mdy(T(2018, 9, 15, 8, 44)), '', 'INCOMING'],
    [fullName(P(42)), MEMBER_NAME, fmt.mdy(T(2018, 7, 1, 19, 2)), "Hi Ola, I'd like to join your LinkedIn network.", 'INCOMING'],
  ]);
  ar.csv('Registration.csv', ['Registration Date', 'Registration IP Address', 'Invited by (First Name)', 'Invited by (Last Name)', 'Subscription Types'], [
    [fmt.mdy(T(2011, 6, 19, 17, 16)), '192.0.2.10', 'Kari', 'Nordmann', ''],
  ]);
  ar.csv('Imported Contacts.csv', ['First Name', 'Last Name', 'Companies', 'Title', 'Email Address', 'Phone Numbers', 'Created At', 'Instant Message Handles', 'Addresses', 'Sites', 'Full Name', 'Birthday', 'Location', 'Bookmarked At', 'Profiles'],
    [0, 3, 11, 12, 45, 46].map((i, k) => {
      const p = P(i);
      return [p.first, p.last, p.company, p.title, `${p.slug.split('-')[0]}@example.net`, k % 2 ? '' : ` +47 555${pad(k, 2)}123`, fmt.mdy(T(2015, 3, 30 - k, 7, 49)), '', '', '', fullName(p), '', '', '', ''];
    }));
  ar.csv('Recommendations Received.csv', ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'], [
    [P(3).first, P(3).last, 'Nordlys Data AS', 'Engineering Manager', 'Ola is the engineer you want on call when things break. Calm, thorough and kind.', fmt.mdyPad(T(2018, 4, 15, 21, 25)), 'VISIBLE'],
  ]);
  ar.csv('Videos.csv', ['Description', 'Link'], [['Video content can be downloaded at', 'https://www.linkedin.com/psettings/member-data/videos']], { notices: 1 });
  ar.csv('Causes You Care About.csv', ['Supported Cause'], [['Education'], ['Science and Technology']]);
  ar.csv('Jobs/Saved Jobs.csv', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], [
    [fmt.mdy(T(2018, 8, 20, 9, 3)), `http://www.linkedin.com/jobs/view/${rng.digits(9)}`, 'Senior Data Engineer', 'Hooli'],
    [fmt.mdy(T(2018, 3, 2, 16, 40)), `http://www.linkedin.com/jobs/view/${rng.digits(9)}`, 'Data Engineer, Streaming', 'Fabrikam Inc.'],
  ]);
  addArticles(ar, '2018', X, 'Articles/');
  return ar;
}

// ---------------------------------------------------------------------------------------------
// The Dec 2024 archive, re-zipped on macOS: one top folder, directory entries, __MACOSX/, .DS_Store.
// ---------------------------------------------------------------------------------------------

function appleDouble(name) {
  // A small AppleDouble header ("Mac OS X" filler, one Finder-info entry). Invented bytes.
  const b = Buffer.alloc(82 + name.length, 0);
  b.writeUInt32BE(0x00051607, 0); // magic
  b.writeUInt32BE(0x00020000, 4); // version
  b.write('Mac OS X        ', 8, 'latin1');
  b.writeUInt16BE(1, 24); // one entry
  b.writeUInt32BE(9, 26); // Finder info
  b.writeUInt32BE(50, 30);
  b.writeUInt32BE(32, 34);
  b.write(name, 82, 'latin1');
  return b;
}

function dsStore() {
  const b = Buffer.alloc(160, 0);
  b.writeUInt32BE(1, 0);
  b.write('Bud1', 4, 'latin1');
  b.writeUInt32BE(0x1000, 8);
  b.write('Connections.csvIlocblob', 40, 'latin1');
  b.write('messages.csvIlocblob', 90, 'latin1');
  return b;
}

function build2024() {
  const rng = makeRng('archive-2024');
  const TOP = 'Complete_LinkedInDataExport_12-23-2024/';
  const ar = new Archive('Complete_LinkedInDataExport_12-23-2024.zip', {
    prefix: TOP, date: T(2024, 12, 24, 10, 12, 0), platform: 'UNIX',
    era: 'Dec 2024 (re-zipped on macOS: top folder, __MACOSX/, .DS_Store; SharedUrl/MediaUrl; "" escaping in Comments)',
  });
  const X = EXPORT_2024;
  ar.dir(TOP);
  ar.junk(`${TOP}.DS_Store`, dsStore());
  ar.dir(`${TOP}Articles/`);
  ar.dir(`${TOP}Articles/Articles/`);
  addArticles(ar, 'modern', X, 'Articles/Articles/');

  ar.csv('Ad_Targeting.csv',
    ['Member Age', 'Company Names', 'Company Names', 'Company Follower of', 'Company Names', 'Company Category', 'Company Size', 'Degrees', 'degreeClass', 'Devices', 'Member Schools', 'Company Growth Rate', 'Fields of Study', 'Company Connections', 'Function By Size', 'Job Functions', 'Member Gender', 'Graduation Year', 'Member Groups', 'Company Industries', 'Member Interests', 'Interface Locales', 'interfaceLocale', 'Member Traits', 'Profile Locations', 'Company Revenue', 'Job Seniorities', 'Member Skills', 'Job Titles', 'Job Titles', 'Job Titles', 'Years of Experience'],
    [['35 to 54', 'Fjordline Analytics AS', 'Nordlys Data AS; Globex Norge AS', 'Contoso Nordic AS; Fabrikam Inc.; Hooli', 'Fjordline Analytics AS', 'Tech; Enterprise Software', '51-200; 201-500', "Bachelor's Degree; Master's Degree", "Master's Degree", 'Desktop; Mobile (iOS)', 'Northbridge University of Technology; Fjordvik University College', 'Growing', 'Computer Science; Informatics', 'Fjordline Analytics AS', 'Engineering (51-200)', 'Engineering; Information Technology', 'Male', '2014', 'Oslo Data Engineers; Nordic Privacy Meetup', 'Software Development; IT Services and IT Consulting', 'Data Privacy; Cloud Computing; Open Source', 'English (United States); Norwegian Bokmål (Norway)', 'en_US', 'Frequent Travelers; Open to Work: No', 'Oslo, Norway', '$10M-$50M', 'Senior', 'Apache Spark; SQL; Data Privacy; Python (Programming Language)', 'Senior Data Engineer', 'Data Engineer', 'Data Platform Engineer', '8 to 12 years']]);

  const adsClicked = [];
  for (let i = 0; i < 14; i++) adsClicked.push([fmt.slashUtc(rng.time(T(2023, 1, 1), X - DAY)), rng.digits(9)]);
  ar.csv('Ads Clicked.csv', ['Ad clicked Date', 'Ad Title/Id'], [...adsClicked, ...adsClicked.slice(2, 6)]);

  ar.csv('Causes You Care About.csv', ['Supported Cause'], [['Education'], ['Science and Technology'], ['Human Rights']]);
  ar.csv('Certifications.csv', ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'], [
    ['Certified Information Privacy Technologist (CIPT)', 'https://certs.example.org/cipt/verify/AB12CD', 'Example Privacy Association', 'Dec 2022', 'Dec 2025', 'CIPT-000123'],
    ['Cloud Data Engineer, Professional', '', 'Example Cloud Academy', '2018', '', ''],
  ]);

  ar.csv('coach_messages.csv', MESSAGE_HEADER_10, Array.from({ length: 8 }, (_, i) => {
    const at = T(2024, 10, 3, 9, 0, 0) + i * 95000;
    const mine = i % 2 === 0;
    return [`2-${Buffer.from(`coach-${rng.hex(16)}`).toString('base64')}`, '', mine ? MEMBER_NAME : 'LinkedIn Coach', mine ? MEMBER.url : '', mine ? 'LinkedIn Coach' : MEMBER_NAME, mine ? '' : MEMBER.url, fmt.isoUtc(at), '', '', 'INBOX'];
  }));

  // 2023-2024 exports leave some multi-line comments unquoted: the continuation lines start
  // without a date and belong to the comment above.
  const comments2024 = csvText(['Date', 'Link', 'Message'], commentRows(X), { eol: '\r\n' }) +
    `${fmt.iso(T(2024, 12, 22, 9, 15, 0))},https://www.linkedin.com/feed/update/urn:li:activity:7276543210987654321,Two things I learned this year:\r\n- retention beats collection\r\n- deletion needs an owner\r\n`;
  ar.raw('Comments.csv', comments2024, commentRows(X).length + 1);

  const follows = [];
  for (const [i, name] of COMPANIES.slice(0, 12).entries()) follows.push([rng.time(T(2014, 1, 1) + i * 30 * DAY, X - DAY), name]);
  ar.csv('Company Follows.csv', ['Organization', 'Followed On'], follows.sort((a, b) => b[0] - a[0]).map(([at, n]) => [n, fmt.java(at)]), { finalEol: false });

  addConnectionsModern(ar, X);

  ar.csv('Contacts.csv', ['Source', 'FirstName', 'LastName', 'Companies', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'Addresses', 'Sites', 'InstantMessageHandles', 'FullName', 'Birthday', 'Location', 'BookmarkedAt', 'Profiles'],
    [0, 3, 11, 12, 45, 46, 60, 61].map((i, k) => {
      const p = P(i);
      return ['MOBILE_CONTACTS', p.first, p.last, k % 3 ? p.company : '', k % 3 ? p.title : '', `${p.slug.split('-')[0]}@example.net`, k % 2 ? ` +47 555${pad(k, 2)}123, +47 555${pad(k, 2)}999` : '', fmt.mdy(T(2021, 7, 29, 9, 59) - k * 37 * DAY), '', '', '', fullName(p), '', '', '', ''];
    }));

  ar.csv('Courses.csv', ['Name', 'Number'], [['Databases', 'INF2100'], ['Distributed Systems', 'INF3200'], ['Law and Technology', '']]);

  ar.csv('Education.csv', ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'], educationRows('2024'));

  ar.csv('Email Addresses.csv', ['Email Address', 'Confirmed', 'Primary', 'Updated On'], [
    [MEMBER.email, 'Yes', 'Yes', fmt.mdy(T(2016, 2, 3, 10, 20))],
    ['ola.work@example.org', 'Yes', 'No', fmt.mdy(T(2020, 9, 14, 7, 30))],
    ['ola.old@example.net', 'No', 'No', ''],
  ], { finalEol: false });

  const received2024 = addEndorsements(ar, rng, X, { people: 80, skills: SKILLS.slice(0, 20), given: 8, received: 14 });
  // Legacy copy of the accepted endorsements (UTF-16, TAB): the same records, counted once.
  const legacy = received2024.filter((r) => r[5] === 'ACCEPTED');
  ar.utf16('Endorsement Received Info.csv', ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status'], legacy).duplicateRecords = legacy.length;

  ar.csv('Events.csv', ['Event Name', 'Event Time', 'Status', 'External Url'], [
    ['Nordic Privacy Meetup #7', `${fmt.event(T(2024, 12, 10, 17, 0))} - ${fmt.event(T(2024, 12, 10, 19, 30))}`, 'APPROVED', ''],
    ['DataFjord 2024: Streaming Day', `${fmt.event(T(2024, 9, 12, 8, 0))} - ${fmt.event(T(2024, 9, 12, 16, 0))}`, 'APPROVED', 'https://example.org/datafjord-2024'],
    ['Webinar: Lineage, the boring superpower', `${fmt.event(T(2023, 9, 13, 13, 0))} - ${fmt.event(T(2023, 9, 13, 14, 0))}`, 'RELINQUISHED', 'https://events.example.com/lineage'],
  ]);

  ar.csv('guide_messages.csv', MESSAGE_HEADER_10, []);

  const hashtags = [['dataengineering', T(2018, 7, 27, 11, 8, 8)], ['privacy', T(2019, 3, 2, 9, 0, 1)], ['gdpr', T(2019, 3, 2, 9, 0, 5)], ['apachespark', T(2020, 1, 14, 12, 13, 0)], ['oslo', T(2021, 5, 30, 18, 44, 2)], ['opensource', T(2023, 10, 1, 7, 7, 7)]];
  ar.csv('Hashtag_Follows.csv', ['HashTag', 'CreatedTime', 'LastModifiedTime', 'State'], hashtags.map(([h, at]) => [h, fmt.iso(at), fmt.iso(at + 1000), 'Follow']));

  ar.csv('Honors.csv', ['Title', 'Description', 'Issued On'], [
    ['Best student project', 'Query optimiser for a toy column store.', 'Jun 2012'],
    ['Hackathon winner', 'Team "Datakoker", autumn hackathon at Nordlys Data AS.', 'Oct 2018'],
  ]);

  ar.csv('Inferences_about_you.csv', ['Category', 'Type of inference', 'Description', 'Inference'], [
    ['Career inferences', 'Seniority', 'Inferred seniority level of the member', 'Senior'],
    ['Inferred interests', 'Topic interest', 'Member is likely interested in data privacy', 'true'],
    ['Inferred personal characteristics', 'Gender', 'Inferred gender of the member', 'MALE'],
    ['Job search inferences', 'Open to work', 'Member is likely looking for a job', 'No'],
    ['LinkedIn activity inferences', 'Churn probability', 'Probability that the member becomes inactive', '0.0085312'],
  ]);

  ar.csv('InstantReposts.csv', ['Date', 'Link'], newestFirst(Array.from({ length: 6 }, () => {
    const at = rng.time(T(2022, 1, 1), X - DAY);
    return { at, link: `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${activityId(at - 7200000, rng)}` };
  })).map((r) => [fmt.iso(r.at), r.link]));

  const invitations = [];
  for (let i = 0; i < 12; i++) {
    const p = P(100 + i);
    const out = i % 3 === 0;
    invitations.push([rng.time(T(2024, 6, 1), X - DAY), out, p]);
  }
  ar.csv('Invitations.csv', ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
    invitations.sort((a, b) => b[0] - a[0]).map(([at, out, p], i) => [
      out ? MEMBER_NAME : fullName(p), out ? fullName(p) : MEMBER_NAME, fmt.mdy(at),
      i % 4 === 1 ? `Hi ${out ? p.first : 'Ola'}, great meeting you at the meetup, let's stay in touch!` : '',
      out ? 'OUTGOING' : 'INCOMING', out ? MEMBER.url : p.url, out ? p.url : MEMBER.url,
    ]));

  // Jobs/
  ar.dir(`${TOP}Jobs/`);
  ar.csv('Jobs/Job Applications.csv', ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'], [
    [fmt.mdy(T(2024, 11, 2, 15, 7)), MEMBER.email, '+47 55501234', 'Hooli', 'Staff Data Engineer', `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, 'Ola_Nordmann_CV_2024.pdf', 'How many years of experience do you have with Apache Spark?:8 | Are you legally authorized to work in Norway?:Yes | Gender:Prefer not to say | Previous employment (dates):2021-08-null - 2021-12-null'],
    [fmt.mdy(T(2022, 12, 16, 15, 7)), MEMBER.email, '', 'Aurora Cloud AB', 'Data Platform Lead', `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, 'Ola_Nordmann_CV.pdf', 'Website or profile:http://www.linkedin.com/pub/ola-nordmann/12/345/678 | Notice period | in months:3'],
  ]);
  ar.csv('Jobs/Saved Jobs.csv', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], savedJobRows(rng, 34, T(2021, 1, 1), X - DAY));
  ar.csv('Jobs/Job Applicant Saved Answers.csv', ['Question', 'Answer'], [
    ['Company', 'Fjordline Analytics AS'], ['Description', 'Data platform, lineage, deletion pipeline'], ['Dates of employment', '2020-09-01 - '],
    ['Company', 'Nordlys Data AS'], ['Description', 'Batch and streaming pipelines'], ['Dates of employment', '2017-09-null - 2020-08-null'],
  ]);
  ar.csv('Job Applicant Saved Screening Question Responses.csv', ['Question', 'Answer'], [
    ['How many years of work experience do you have with Apache Spark?', '8'],
    ['How many years of experience do you have in urn:li:industry:4?', '10'],
    ['Are you comfortable commuting to this job\'s location?', 'Yes'],
    ['What is your notice period, in months?', '3'],
  ]);

  ar.csv('Languages.csv', ['Name', 'Proficiency'], [['Norwegian', 'Native or bilingual proficiency'], ['English', 'Full professional proficiency'], ['German', 'Limited working proficiency'], ['Japanese', 'Elementary proficiency']]);

  ar.csv('Learning.csv', LEARNING_HEADER, learningRows(X));
  ar.csv('learning_coach_messages.csv', MESSAGE_HEADER_10, []);
  ar.csv('learning_role_play_messages.csv', MESSAGE_HEADER_10, []);

  ar.csv('Logins.csv', ['Login Date', 'IP Address', 'User Agent', 'Login Type'], loginRows(rng, 30, T(2024, 6, 1), X - 3600000));
  ar.csv('Member Hashtags.csv', ['Member Posts About Hashtags'], [['dataengineering'], ['privacy'], ['dataprotection']]);
  ar.csv('Member_Follows.csv', ['Date', 'Status', 'FullName'], memberFollowRows(rng, 7, X));

  // messages.csv, Dec 2024: 12 columns, minimal quoting, draft flags.
  const msgRows = before(MESSAGES, X).map((m) => [m.conv.id, m.conv.title, m.from, m.fromUrl, m.to.join(','), m.toUrls.join(','), fmt.isoUtc(m.at), m.subject, m.content.replace(/\r?\n/g, ' '), m.folder, 'No', 'No']);
  const draftConv = MESSAGES.find((m) => m.at <= X && m.conv.kind === 'normal');
  msgRows.unshift(
    [draftConv.conv.id, '', MEMBER_NAME, MEMBER.url, draftConv.conv.group.map((p) => p.credential ?? fullName(p)).join(','), draftConv.conv.group.map((p) => p.url).join(','), fmt.isoUtc(T(2024, 12, 22, 20, 15, 3)), '', 'Half-written reply, will finish tomorrow', '', 'Yes', 'No'],
    [`2-${Buffer.from(`draft-${rng.hex(24)}`).toString('base64')}`, '', MEMBER_NAME, MEMBER.url, fullName(P(2)), P(2).url, fmt.isoUtc(T(2024, 12, 21, 11, 0, 44)), '', 'Hi Priya, quick question about', '', 'Yes', 'Yes'],
  );
  ar.csv('messages.csv', [...MESSAGE_HEADER_10, 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'], msgRows);

  ar.csv('Organizations.csv', ['Name', 'Description', 'Position', 'Started On', 'Finished On'], [
    ['Oslo Data Engineers', 'Monthly meetup for data engineers in Oslo.', 'Co-organiser', 'Jan 2018', ''],
    ['Nordic Privacy Meetup', 'Cross-Nordic meetup on privacy engineering.', 'Member', 'Mar 2022', ''],
  ]);
  ar.csv('PhoneNumbers.csv', ['Extension', 'Number', 'Type'], [['', ' +47 55501234', 'Mobile'], ['', '', ''], ['', ' +44 7700 900123', ''], ['', '', '']]);
  ar.csv('Positions.csv', ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], positionsRows('2024'));
  ar.csv('Profile.csv', PROFILE_HEADER, [profileRow('2024')]);
  ar.csv('Profile Summary.csv', ['Profile Summary'], [['']]);
  ar.csv('Projects.csv', ['Title', 'Description', 'Url', 'Started On', 'Finished On'], projectRows('2024'));
  ar.csv('Publications.csv', ['Name', 'Published On', 'Description', 'Publisher', 'Url'], [
    ['Deleting data at scale', fmt.monDY(T(2023, 4, 3)), 'How a mid-size company built a deletion pipeline for personal data.', 'Example Engineering Journal', 'https://journal.example.org/deleting-data-at-scale'],
  ]);
  ar.csv('Reactions.csv', ['Date', 'Type', 'Link'], reactionRows(X), { eol: '\r\n' });
  ar.csv('Receipts.csv', RECEIPT_HEADER, [['Ola', 'Nordmann', 'NO', '0150', fmt.mdy(T(2021, 11, 22, 21, 58)), 'CreditCard', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK']]);
  ar.csv('Receipts_v2.csv', RECEIPT_HEADER, [
    ['Ola', 'Nordmann', 'NO', '0150', fmt.receipt(T(2024, 11, 26, 13, 32)), 'CREDIT_CARD', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK'],
    ['Ola', 'Nordmann', 'no', '0150', fmt.receipt(T(2024, 10, 26, 13, 31)), 'PAYPAL', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK'],
  ]);
  ar.csv('Recommendations_Given.csv', REC_HEADER, [
    [P(0).first, P(0).last, 'Fjordline Analytics AS', 'Data Analyst', 'Jane turned our messiest dashboards into something people trust. A joy to work with.', fmt.mdyPad(T(2023, 2, 9, 9, 5)), 'VISIBLE'],
  ]);
  ar.csv('Recommendations_Received.csv', REC_HEADER, recommendationsReceived('2024'));
  ar.csv('Registration.csv', ['Registered At', 'Registration Ip', 'Subscription Types'], [[fmt.mdy(T(2011, 6, 19, 17, 16)), '192.0.2.10', '']]);
  ar.csv('Rich_Media.csv', ['Date/Time', 'Media Description', 'Media Link'], richMediaRows(X, makeRng('rich-media-2024')));
  ar.csv('SavedJobAlerts.csv', ['Saved Search Date', 'Jobs Search Url'], [
    [fmt.mdy(T(2023, 4, 22, 10, 45)), 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer&location=Oslo%2C%20Norway&geoId=105719246'],
  ]);
  ar.csv('Saved_Items.csv', ['savedItem', 'createdTime'], savedItemRows(rng, 9, X));
  // The query, the last column, is written unquoted even when it holds commas.
  ar.csv('SearchQueries.csv', ['Time', 'Search Query'], [...searchQueryRows(rng, 18, T(2024, 1, 1), X - DAY), [fmt.slashUtc(T(2024, 3, 30, 18, 56, 3)), 'data engineer, remote, oslo']], { field: (v) => v });
  ar.csv('Shares.csv', ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'], shareRowsModern(X, '\n'));
  ar.csv('Skills.csv', ['Name'], SKILLS.slice(0, 22).map((s) => [s]));
  ar.dir(`${TOP}Verifications/`);
  ar.csv('Verifications/Verifications.csv', VERIFICATION_HEADER, [
    ['Ola', 'N/A', 'Nordmann', 'ID verification', 'N/A', 'N/A', 'Norway', 'N/A', 'N/A', '0', 'N/A', 'Passport', 'Persona', '2024-11-13', '2029-06-30'],
  ]);
  ar.csv('Volunteering.csv', ['Company Name', 'Role', 'Cause', 'Started On', 'Finished On', 'Description'], [
    ['Code Club Oslo', 'Volunteer mentor', 'Education', 'Sep 2019', '', 'Teaching kids Python on Saturday mornings.'],
  ]);
  ar.csv('Votes.csv', ['Date', 'Link', 'OptionText'], voteRows(rng, X));
  ar.csv('Whatsapp Phone Numbers.csv', ['Number', 'Extension', 'Is_WhatsApp_Number'], [['4755501234', '', 'false']]);

  // An export file this tool has never heard of: must be listed as unrecognised.
  const mystery = ar.csv('Mystery Data.csv', ['Widget', 'Count', 'Observed At'], [['sprocket', '3', '2024-12-01'], ['gizmo', '11', '2024-12-02'], ['doohickey', '0', '2024-12-03']]);
  mystery.unknown = true;

  // macOS junk.
  ar.dir('__MACOSX/');
  ar.dir(`__MACOSX/${TOP}`);
  ar.junk(`__MACOSX/${TOP}._.DS_Store`, appleDouble('.DS_Store'));
  ar.junk(`__MACOSX/${TOP}._Connections.csv`, appleDouble('Connections.csv'));
  ar.junk(`__MACOSX/${TOP}._messages.csv`, appleDouble('messages.csv'));
  ar.dir(`__MACOSX/${TOP}Articles/`);
  ar.dir(`__MACOSX/${TOP}Articles/Articles/`);
  ar.junk(`__MACOSX/${TOP}Articles/Articles/._2024-11-26 23:56:48.0-Draft title.html`, appleDouble('Draft title.html'));
  return ar;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the 2024 and 2026 builders.
// ---------------------------------------------------------------------------------------------

const PROFILE_HEADER = ['First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers'];
const REC_HEADER = ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'];
const RECEIPT_HEADER = ['First Name', 'Last Name', 'Billing Country', 'Postal Code', 'Transaction Made At', 'Payment Method Type', 'Invoice Number', 'Description', 'Tax Amount', 'Sub Total', 'Total Amount', 'Currency Code'];
const VERIFICATION_HEADER = ['First name', 'Middle name', 'Last name', 'Verification type', 'Organization name', 'Email address', 'Country', 'State', 'City', 'Year of birth', 'Issuing authority', 'Document type', 'Verification service provider', 'Verified date', 'Expiry date'];
const LEARNING_HEADER = ['Content Title', 'Content Description', 'Content Type', 'Content Last Watched Date (if viewed)', 'Content Completed At (if completed)', 'Content Saved', 'Notes taken on videos (if taken)', ''];

const SUMMARY_2026 = 'Data platform lead in Oslo. I build pipelines that forget on purpose.\n\nWhat I care about:\n• Privacy by design, not by press release\n• Boring, reliable infrastructure\n• Teams where people ask "why do we keep this?"\n\nSpeaker at DataFjord and Nordic Privacy Meetup. Snakker norsk, English, ein bisschen Deutsch.';

function profileRow(era) {
  if (era === '2024') {
    return ['Ola', 'Nordmann', '', '', 'Mar 14', 'Senior Data Engineer at Fjordline Analytics AS | Privacy engineering', 'Data engineer in Oslo. Pipelines, lineage, deletion. Speaker at DataFjord.', 'Software Development', '0150', 'Oslo, Oslo, Norway', '[olanordmann_data]', '[PERSONAL:https://ola.example.com,BLOG:https://blog.example.com/ola]', ''];
  }
  return ['Ola', 'Nordmann', '', 'Storgata 1, 0155 Oslo', 'Mar 14', 'Head of Data Platform at Contoso Nordic | Privacy engineering | Speaker', SUMMARY_2026, 'Software Development', '0155', 'Oslo, Oslo, Norway', '[olanordmann_data,ola_talks]', '[PERSONAL:https://ola.example.com,BLOG:https://blog.example.com/ola,OTHER:https://talks.example.org/ola]', '[SKYPE:ola.nordmann.example]'];
}

function projectRows(era) {
  const rows = [
    ['Open retail dataset', 'Cleaned and published an anonymised retail dataset for teaching.', 'https://example.org/open-retail', 'Mar 2016', 'Sep 2016'],
    ['Deletion pipeline', 'Automated deletion of personal data across 140 tables, with lineage-based discovery.', '', 'Jan 2021', 'Jun 2022'],
  ];
  if (era === '2026') rows.push(['li-exposure (side project)', 'A CLI that reads my own data export.', 'https://github.example.com/ola/side-project', 'Sep 2024', '']);
  return rows;
}

function recommendationsReceived(era) {
  const rows = [
    [P(3).first, P(3).last, 'Nordlys Data AS', 'Engineering Manager', 'Ola is the engineer you want on call when things break. Calm, thorough and kind.', fmt.mdyPad(T(2018, 4, 15, 21, 25)), 'VISIBLE'],
    [P(1).first, P(1).last, 'Example Health', 'Data Protection Officer', 'Ola translated our legal requirements into pipelines that actually delete data. Rare skill.\n\nHighly recommended.', fmt.mdyPad(T(2024, 4, 15, 21, 25)), 'VISIBLE'],
  ];
  if (era === '2026') rows.unshift([P(2).first, P(2).last, 'Fjordline Analytics AS', 'VP Engineering', 'Six years, three platforms, zero drama. Ola will be missed.', fmt.mdyPad(T(2026, 4, 28, 9, 5)), 'VISIBLE']);
  return rows;
}

function learningRows(exportAt) {
  const rows = [
    [T(2024, 3, 2, 20, 55), 'Privacy by Design for Engineers', '<p>Learn how to build privacy into your systems.</p>\n<p>This course covers:</p>\n<ul><li>Data minimisation</li><li>Retention</li></ul>', 'Course', true, 'true', ''],
    [T(2023, 11, 5, 7, 30), 'Apache Kafka Essentials', 'Get started with Kafka.\nTopics, partitions and consumer groups explained with examples.', 'Course', true, 'false', 'Remember: consumer lag alert at 10k'],
    [null, 'Becoming a Data Engineering Manager', 'A learning path for new managers.', 'Learning Path', false, 'true', ''],
    [T(2022, 6, 19, 18, 4), 'Why lineage matters', 'An article about lineage, from a third-party provider.', 'Article (3rd Party Provider)', false, 'false', ''],
    [T(2025, 2, 10, 21, 0), 'Streaming SQL in 10 minutes', 'Short video on windowed aggregations.', 'Video (3rd Party Provider)', true, 'false', ''],
    [null, 'CONTENT METADATA NO LONGER EXISTS - urn:li:lyndaCourse:123456', 'CONTENT METADATA NO LONGER EXISTS - urn:li:lyndaCourse:123456', 'Course', false, 'false', ''],
    [T(2026, 5, 5, 20, 55), 'Negotiation Skills for Tech Leads', '<p>Practical negotiation techniques.</p>\n\n<p>Includes role-play exercises, "BATNA" explained and more.</p>', 'Course', false, 'true', ''],
  ];
  return rows.filter(([at]) => at === null || at <= exportAt).map(([at, title, desc, type, completed, saved, notes]) => [
    title, desc, type, at === null ? 'N/A' : fmt.learning(at), at !== null && completed ? fmt.learning(at + 3 * 3600000) : 'N/A', saved, notes, '',
  ]);
}

const UAS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'LIAuthLibrary:44.0.* com.linkedin.LinkedIn:9.29.8413 iPhone:17.5',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
];

function ipFor(rng) {
  return rng.chance(0.2) ? `2001:db8:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(3)}` : `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
}

function loginRows(rng, n, from, to) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push([rng.time(from, to), ipFor(rng), rng.pick(UAS), 'Login']);
  return rows.sort((a, b) => b[0] - a[0]).map(([at, ...r]) => [fmt.java(at), ...r]);
}

function memberFollowRows(rng, n, exportAt) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = P(130 + i * 2);
    rows.push([rng.time(T(2020, 1, 1), exportAt - DAY), rng.weighted([['Active', 4], ['Unfollow', 1]]), fullName(p)]);
  }
  return rows.sort((a, b) => b[0] - a[0]).map(([at, ...r]) => [fmt.iso(at), ...r]);
}

function savedJobRows(rng, n, from, to) {
  const titles = ['Senior Data Engineer', 'Data Platform Lead', 'Staff Engineer, Data', 'Head of Data', 'Privacy Engineer', 'Analytics Engineer', 'Data Engineer (Streaming)', 'Engineering Manager, Data'];
  const rows = [];
  for (let i = 0; i < n; i++) rows.push([rng.time(from, to), `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, rng.pick(titles), rng.pick(COMPANIES)]);
  return rows.sort((a, b) => b[0] - a[0]).map(([at, ...r]) => [fmt.mdy(at), ...r]);
}

function savedItemRows(rng, n, exportAt) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const at = rng.time(T(2021, 1, 1), exportAt - DAY);
    rows.push([at, `https://www.linkedin.com/feed/update/urn:li:${rng.pick(['activity', 'activity', 'ugcPost'])}:${activityId(at - 86400000, rng)}`]);
  }
  return rows.sort((a, b) => b[0] - a[0]).map(([at, link]) => [link, fmt.iso(at)]);
}

function searchQueryRows(rng, n, from, to) {
  const queries = ['data engineer oslo', 'jane doe', 'privacy engineer', 'head of data platform', 'contoso nordic', 'data for generative ai improvement', 'Priya Raman', 'streaming, kafka, flink', 'personvern', '数据隐私'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const at = rng.time(from, to);
    const q = rng.pick(queries);
    const reps = rng.int(1, 4); // the real file repeats a query 2-4 times per second
    for (let k = 0; k < reps; k++) rows.push([at + (k > 1 ? 1000 : 0), q]);
  }
  return rows.sort((a, b) => b[0] - a[0]).map(([at, q]) => [fmt.slashUtc(at), q]);
}

function voteRows(rng, exportAt) {
  const options = ['Yes', 'No', 'Depends on the data', 'Batch', 'Streaming', 'Both, obviously', 'Ja', 'Nei'];
  const rows = [];
  for (let i = 0; i < 8; i++) {
    const at = rng.time(T(2022, 1, 1), exportAt - DAY);
    const link = i === 3
      ? `https://www.linkedin.com/feed/update/urn:li:groupPost:${rng.digits(7)}-${activityId(at - 3600000, rng)}`
      : `https://www.linkedin.com/feed/update/urn:li:ugcPost:${activityId(at - 3600000, rng)}`;
    rows.push([at, link, rng.pick(options)]);
  }
  return rows.sort((a, b) => b[0] - a[0]).map(([at, ...r]) => [fmt.iso(at), ...r]);
}

// ---------------------------------------------------------------------------------------------
/**
 * What the detectors must find in the 2026 archive's listed items (private files are counted,
 * not listed), one entry per item and kind: the posts planted with a phone number, e-mail
 * addresses, a health and a trade-union mention, the connections named in comments (their
 * first and last names are in Connections.csv), and what the other files hold anyway.
 */
function findings2026(id) {
  const named = (file, names) => names.map((text) => ({ file, kind: 'connection-name', text }));
  const expected = [
    { file: `Shares_${id}.csv`, kind: 'email', text: 'privacy@contoso.example.com' },
    { file: `Shares_${id}.csv`, kind: 'health', text: 'hospitalised' },
    { file: `Shares_${id}.csv`, kind: 'trade-union', text: 'trade union' },
    { file: `Shares_${id}.csv`, kind: 'phone', text: '+47 555 01 234' },
    ...named(`Shares_${id}.csv`, ['Priya Raman']),
    ...named(`Comments_${id}.csv`, ['Kari Nordmann', 'Astrid Nguyen', 'Juan Pérez', 'Erika Mustermann', 'Max Mustermann', 'Kari Nordmann', 'Jane Doe', 'Priya Raman', "Björn O'Brien", 'José Chen', 'Åse Berg', 'Jane Doe']),
    { file: 'Private_identity_asset.csv', kind: 'email', text: MEMBER.email },
    { file: 'Jobs/Job Applications.csv', kind: 'health', text: 'disability' },
    { file: 'Jobs/Job Seeker Preferences.csv', kind: 'phone', text: '+47 55501234' },
  ];
  const itemsPerKind = {};
  for (const f of expected) itemsPerKind[f.kind] = (itemsPerKind[f.kind] ?? 0) + 1;
  return {
    note: 'Expected findings of li-exposure scan (all detectors, region from the profile): one entry per listed item and kind, with the text found. people = distinct connections named.',
    expected,
    itemsPerKind,
    people: new Set(expected.filter((f) => f.kind === 'connection-name').map((f) => f.text)).size,
  };
}

// The May 2026 Complete archive: files at the root, member-ID suffixes, backslash-escaped
// Comments, all-quoted messages with ATTACHMENTS, split Saved Jobs, text-blob coach messages.
// ---------------------------------------------------------------------------------------------

function build2026() {
  const rng = makeRng('archive-2026');
  const ID = MEMBER.id;
  const ar = new Archive('Complete_LinkedInDataExport_05-12-2026.zip', {
    date: T(2026, 5, 12, 6, 2, 0),
    era: 'May 2026 (files at the root, _<memberId> suffixes, \\" escaping in Comments, all-quoted messages with ATTACHMENTS, split Saved Jobs)',
  });
  ar.findings = findings2026(ID);
  const X = EXPORT_2026;

  ar.csv('Ad_Targeting.csv',
    ['Member Age', 'Buyer Groups', 'Company Names', 'Company Names', 'Company Follower of', 'Company Names', 'Company Category', 'Company Size', 'Degrees', 'degreeClass', 'Devices', 'Member Schools', 'Company Growth Rate', 'Fields of Study', 'Company Connections', 'Function By Size', 'Job Functions', 'Member Gender', 'Graduation Year', 'Member Groups', 'Company Industries', 'Member Interests', 'Interface Locales', 'interfaceLocale', 'Member Traits', 'High Value Audience Segments', 'Profile Locations', 'Company Revenue', 'Job Seniorities', 'Member Skills', 'Standard Audience Segments', 'Job Titles', 'Job Titles', 'Job Titles', 'Years of Experience'],
    [['35 to 54', 'IT Decision Makers; Data & Analytics Buyers', 'Contoso Nordic AS', 'Fjordline Analytics AS; Nordlys Data AS', 'Contoso Nordic AS; Fabrikam Inc.; Hooli; Polar Payments Oy', 'Contoso Nordic AS', 'Tech; Enterprise Software', '1001-5000', "Bachelor's Degree; Master's Degree", "Master's Degree", 'Desktop; Mobile (iOS)', 'Northbridge University of Technology; Fjordvik University College', 'Growing', 'Computer Science; Informatics', 'Contoso Nordic AS', 'Engineering (1001-5000)', 'Engineering; Information Technology', 'Male', '2014', 'Oslo Data Engineers; Nordic Privacy Meetup', 'Software Development; IT Services and IT Consulting', 'Data Privacy; Cloud Computing; Open Source; Coffee', 'English (United States); Norwegian Bokmål (Norway)', 'en_US', 'Frequent Travelers; Job Changers', 'Small Business Owners; Senior IT Leaders', 'Oslo, Norway', '$500M-$1B', 'Director; Senior', 'Apache Spark; SQL; Data Privacy; Team Leadership', 'Technology Early Adopters; Data Professionals', 'Head of Data Platform', 'Senior Data Engineer', 'Data Engineer', '12+ years']]);

  const adsClicked = [];
  for (let i = 0; i < 16; i++) adsClicked.push([fmt.slashUtc(rng.time(T(2024, 6, 1), X - DAY)), rng.digits(9)]);
  ar.csv('Ads Clicked.csv', ['Ad clicked Date', 'Ad Title/Id'], [...adsClicked, ...adsClicked.slice(0, 5)]); // unordered, one repeated block

  addArticles(ar, 'modern', X, 'Articles/Articles/');

  const certs = ar.csv('Certifications.csv', ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'], [
    ['Certified Information Privacy Technologist (CIPT)', 'https://certs.example.org/cipt/verify/AB12CD', 'Example Privacy Association', 'Dec 2022', 'Dec 2025', 'CIPT-000123'],
    ['Certified Information Privacy Technologist (CIPT) - renewal', 'https://certs.example.org/cipt/verify/EF34GH', 'Example Privacy Association', 'Dec 2025', 'Dec 2028', 'CIPT-000123'],
    ['Cloud Data Engineer, Professional', '', 'Example Cloud Academy', '2018', '', ''],
  ]);

  // No comment may contain a literal backslash: its encoding under the 2025+ dialect is unknown.
  for (const c of COMMENTS) if (c.text.includes('\\')) throw new Error('comment with a literal backslash');
  ar.csv(`Comments_${ID}.csv`, ['Date', 'Link', 'Message'], commentRows(X), { eol: '\r\n', field: backslashField, headerField: stdField });

  const follows = [];
  for (const [i, name] of COMPANIES.slice(0, 18).entries()) follows.push([rng.time(T(2014, 1, 1) + i * 60 * DAY, X - DAY), name]);
  ar.csv('Company Follows.csv', ['Organization', 'Followed On'], follows.sort((a, b) => b[0] - a[0]).map(([at, n]) => [n, fmt.java(at)]), { finalEol: false });

  const connections = addConnectionsModern(ar, X);
  const courses = ar.csv('Courses.csv', ['Name', 'Number'], [['Databases', 'INF2100'], ['Distributed Systems', 'INF3200'], ['Law and Technology', '']]);
  ar.csv('Duolingo.csv', ['Language', 'Score', 'Proficiency Level'], [['German', '60', 'LIMITED_WORKING']]);
  const education = ar.csv('Education.csv', ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'], educationRows('2026'));
  ar.csv('Email Addresses.csv', ['Email Address', 'Confirmed', 'Primary', 'Updated On'], [
    [MEMBER.email, 'Yes', 'Yes', fmt.mdy(T(2026, 1, 19, 12, 21))],
    ['ola@contoso-nordic.example', 'Yes', 'No', fmt.mdy(T(2026, 5, 4, 8, 2))],
    ['ola.old@example.net', 'No', 'No', ''],
  ], { finalEol: false });

  addEndorsements(ar, rng, X, { people: 100, skills: SKILLS, given: 10, received: 18 });

  ar.csv('Events.csv', ['Event Name', 'Event Time', 'Status', 'External Url'], [
    ['Nordic Privacy Meetup #12', `${fmt.event(T(2026, 3, 18, 17, 0))} - ${fmt.event(T(2026, 3, 18, 19, 30))}`, 'APPROVED', ''],
    ['Nordic Privacy Meetup #7', `${fmt.event(T(2024, 12, 10, 17, 0))} - ${fmt.event(T(2024, 12, 10, 19, 30))}`, 'APPROVED', ''],
    ['DataFjord 2024: Streaming Day', `${fmt.event(T(2024, 9, 12, 8, 0))} - ${fmt.event(T(2024, 9, 12, 16, 0))}`, 'APPROVED', 'https://example.org/datafjord-2024'],
    ['Webinar: Lineage, the boring superpower', `${fmt.event(T(2023, 9, 13, 13, 0))} - ${fmt.event(T(2023, 9, 13, 14, 0))}`, 'RELINQUISHED', 'https://events.example.com/lineage'],
  ]);

  const hashtags = [['dataengineering', T(2018, 7, 27, 11, 8, 8)], ['privacy', T(2019, 3, 2, 9, 0, 1)], ['gdpr', T(2019, 3, 2, 9, 0, 5)], ['apachespark', T(2020, 1, 14, 12, 13, 0)], ['oslo', T(2021, 5, 30, 18, 44, 2)], ['opensource', T(2023, 10, 1, 7, 7, 7)], ['aiact', T(2025, 11, 3, 9, 12, 0)], ['personvern', T(2026, 1, 2, 10, 0, 0)]];
  ar.csv(`Hashtag_Follows_${ID}.csv`, ['HashTag', 'CreatedTime', 'LastModifiedTime', 'State'], hashtags.slice().reverse().map(([h, at]) => [h, fmt.iso(at), fmt.iso(at + 1000), 'Follow']), { eol: '\r\n' });

  const honors = ar.csv('Honors.csv', ['Title', 'Description', 'Issued On'], [
    ['Speaker of the year', 'Nordic Privacy Meetup community award.', 'Dec 2025'],
    ['Best student project', 'Query optimiser for a toy column store.', 'Jun 2012'],
    ['Hackathon winner', 'Team "Datakoker", autumn hackathon at Nordlys Data AS.', 'Oct 2018'],
  ]);

  const imported = [0, 3, 11, 12, 45, 46, 60, 61, 62, 63, 64, 65].map((i, k) => {
    const p = P(i);
    return [p.first, k === 4 ? 'Marie' : '', p.last, '', k === 2 ? 'Jojo' : '', k === 5 ? 'Dr.' : '', '', p.title, `${p.slug.split('-')[0]}@example.net`, k % 2 ? ` +47 555${pad(k, 2)}123` : '', fmt.mdy(T(2007, 3, 30, 7, 49) + k * 97 * DAY), fmt.mdy(T(2025, 2, 1, 12, 0) + k * DAY), 'NO', '', k % 3 === 0 ? 'true' : 'false', k % 4 === 0 ? 'Oslo' : ''];
  });
  ar.csv('ImportedContacts.csv', ['FirstName', 'MiddleName', 'LastName', 'MaidenName', 'NickName', 'NamePrefix', 'NameSuffix', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'UpdatedAt', 'CountryCode', 'RegionCode', 'ThirdPartyVerified', 'Location'],
    [...imported, imported[0], imported[3], imported[3]]); // duplicate rows are common

  ar.csv('Inferences_about_you.csv', ['Category', 'Type of inference', 'Description', 'Inference'], [
    ['Career inferences', 'Seniority', 'Inferred seniority level of the member', 'Director'],
    ['Career inferences', 'Recent job change', 'Member has recently changed jobs', 'true'],
    ['Inferred interests', 'Topic interest', 'Member is likely interested in data privacy', 'true'],
    ['Inferred personal characteristics', 'Gender', 'Inferred gender of the member', 'MALE'],
    ['Job search inferences', 'Open to work', 'Member is likely looking for a job', 'No'],
    ['LinkedIn activity inferences', 'Churn probability', 'Probability that the member becomes inactive', '0.0031877'],
    ['LinkedIn Sales Solutions (LSS) inferences', 'Buyer intent', 'Member is likely to influence purchases of data tools', '0.62'],
  ], { finalEol: false });

  ar.csv(`InstantReposts_${ID}.csv`, ['Date', 'Link'], newestFirst(Array.from({ length: 9 }, () => {
    const at = rng.time(T(2022, 1, 1), X - DAY);
    return { at, link: `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${activityId(at - 7200000, rng)}` };
  })).map((r) => [fmt.iso(r.at), r.link]));

  const invitations = [];
  for (let i = 0; i < 20; i++) invitations.push([rng.time(T(2025, 6, 1), X - 3600000), i % 3 === 0, P(120 + i)]);
  ar.csv('Invitations.csv', ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
    invitations.sort((a, b) => b[0] - a[0]).map(([at, out, p], i) => [
      out ? MEMBER_NAME : fullName(p), out ? fullName(p) : MEMBER_NAME, fmt.mdy(at),
      i % 4 === 1 ? `Hi ${out ? p.first : 'Ola'}, great meeting you at the meetup, let's stay in touch!` : i % 7 === 2 ? 'Hei Ola, kan vi koble oss?\nVi møttes på DataFjord.' : '',
      out ? 'OUTGOING' : 'INCOMING', out ? MEMBER.url : p.url, out ? p.url : MEMBER.url,
    ]));

  ar.csv('Job Applicant Saved Screening Question Responses.csv', ['Question', 'Answer'], [
    ['How many years of work experience do you have with Apache Spark?', '10'],
    ['How many years of experience do you have in urn:li:industry:4?', '12'],
    ["Are you comfortable commuting to this job's location?", 'Yes'],
    ['What is your notice period, in months?', '3'],
    ['Do you have experience leading teams of 10+ people? (Yes/No)', 'Yes'],
  ]);
  ar.csv('Jobs/Job Applicant Saved Answers.csv', ['Question', 'Answer'], [
    ['Company', 'Contoso Nordic AS'], ['Description', 'Data platform team lead'], ['Dates of employment', '2026-05-01 - '],
    ['Company', 'Fjordline Analytics AS'], ['Description', 'Data platform, lineage, deletion pipeline'], ['Dates of employment', '2020-09-01 - 2026-04-30'],
    ['Company', 'Nordlys Data AS'], ['Description', 'Batch and streaming pipelines'], ['Dates of employment', '2017-09-null - 2020-08-null'],
  ]);
  ar.csv('Jobs/Job Applications.csv', ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'], [
    [fmt.mdy(T(2026, 2, 9, 8, 31)), MEMBER.email, '+47 55501234', 'Contoso Nordic AS', 'Head of Data Platform', `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, 'Ola_Nordmann_CV_2026.pdf', 'How many years of experience do you have leading data teams?:6 | Are you legally authorized to work in Norway?:Yes | What is your expected salary | in NOK?:<p>Negotiable</p> | Gender:Prefer not to say | Do you identify as a person with a disability?:I don\'t wish to answer'],
    [fmt.mdy(T(2024, 11, 2, 15, 7)), MEMBER.email, '+47 55501234', 'Hooli', 'Staff Data Engineer', `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, 'Ola_Nordmann_CV_2024.pdf', 'How many years of experience do you have with Apache Spark?:8 | Are you legally authorized to work in Norway?:Yes | Gender:Prefer not to say | Previous employment (dates):2021-08-null - 2021-12-null'],
    [fmt.mdy(T(2022, 12, 16, 15, 7)), MEMBER.email, '', 'Aurora Cloud AB', 'Data Platform Lead', `http://www.linkedin.com/jobs/view/${rng.digits(10)}`, 'Ola_Nordmann_CV.pdf', 'Website or profile:http://www.linkedin.com/pub/ola-nordmann/12/345/678 | Notice period | in months:3'],
  ]);
  ar.csv('Jobs/Job Seeker Preferences.csv', ['Locations', 'Industries', 'Company Employee Count', 'Preferred Job Types', 'Job Titles', 'Open To Recruiters', 'Dream Companies', 'Profile Shared With Job Poster', 'Job Title For Searching Fast Growing Companies', 'Introduction Statement', 'Phone Number', 'Job Seeker Activity Level', 'Preferred Start Time Range', 'Commute Preference Starting Address', 'Commute Preference Starting Time', 'Mode Of Transportation', 'Maximum Commute Duration', 'Open Candidate Visibility', 'Job Seeking Urgency Level'], [
    ['Oslo, Norway | Bergen, Norway | Remote', 'Software Development | IT Services and IT Consulting', '201-500 | 1001-5000', 'Full-time', 'Head of Data | Data Platform Lead', 'No', 'Contoso Nordic AS | Hooli', 'No', 'Head of Data', 'Data platform lead focused on privacy engineering.', '+47 55501234', 'PASSIVE', 'Flexible', 'Storgata 1, 0155 Oslo', '08:30', 'Public transit', '45 minutes', 'RECRUITERS', 'USER_DID_NOT_SPECIFY'],
  ]);
  // Saved Jobs split at 200 data rows per file (docs/export-format.md, "File names").
  const saved = savedJobRows(rng, 431, T(2022, 1, 1), X - DAY);
  ar.csv('Jobs/Saved Jobs.csv', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], saved.slice(0, 200));
  ar.csv('Jobs/Saved Jobs_1.csv', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], saved.slice(200, 400));
  ar.csv('Jobs/Saved Jobs_2.csv', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], saved.slice(400));

  const lan = [];
  for (let i = 0; i < 15; i++) lan.push([rng.pick(['Impression', 'Impression', 'Impression', 'Click']), rng.time(T(2025, 6, 1), X - DAY), rng.digits(9), rng.pick(['thesaurus.example.com', 'news.example.org', 'weather.example.net', 'com.example.puzzlegame'])]);
  ar.csv('LAN Ads Engagement.csv', ['Action', 'Date', 'Ad Title/Id', 'Page/App'], lan.sort((a, b) => b[1] - a[1]).map(([a, at, id, pg]) => [a, fmt.slashDate(at), id, pg]));

  const languages = ar.csv('Languages.csv', ['Name', 'Proficiency'], [['Norwegian', 'Native or bilingual proficiency'], ['English', 'Full professional proficiency'], ['German', 'Limited working proficiency'], ['Japanese', 'Elementary proficiency']]);
  ar.csv('Learning.csv', LEARNING_HEADER, learningRows(X), { eol: '\r\n' });

  // LearningCoachMessages.csv is not CSV: key: value blocks separated by blank lines.
  const coach = [
    { id: '3f1c2a4e-7b8d-4e21-9c3a-0d5e6f7a8b9c', turns: [T(2025, 10, 25, 10, 13, 51) + 918] },
    { id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', turns: [T(2026, 1, 8, 19, 2, 3) + 77, T(2026, 1, 8, 19, 4, 40) + 512] },
    { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', turns: [T(2026, 4, 30, 6, 45, 0) + 1] },
  ];
  const coachText = coach.map((c) => [`conversation: ${c.id}`, ...c.turns.flatMap((t) => [`timestamp: ${t}`, 'user: REDACTED FOR DMA COMPLIANCE', 'coach: REDACTED FOR DMA COMPLIANCE'])].join('\n')).join('\n\n') + '\n';
  // One record per conversation, one item per message (each turn: the member's and the coach's).
  ar.raw('LearningCoachMessages.csv', coachText, coach.length, 0, coach.reduce((n, c) => n + 2 * c.turns.length, 0));

  ar.csv('Logins.csv', ['Login Date', 'IP Address', 'User Agent', 'Login Type'], loginRows(rng, 40, T(2025, 11, 1), X - 3600000));
  // 2026: quotes inside names are backslash-escaped here too, not only in Comments.csv.
  ar.csv('Member_Follows.csv', ['Date', 'Status', 'FullName'], [...memberFollowRows(rng, 10, X), [fmt.iso(T(2026, 4, 6, 14, 48, 23)), 'Active', 'Kari "KJ" Johansen']], { field: backslashField, headerField: stdField });

  // messages.csv 2026: every field quoted, CRLF record separators, LF inside CONTENT.
  ar.csv('messages.csv', [...MESSAGE_HEADER_10, 'ATTACHMENTS'],
    before(MESSAGES, X).map((m) => [m.conv.id, m.conv.title, m.from, m.fromUrl, m.to.join(','), m.toUrls.join(','), fmt.isoUtc(m.at), m.subject, m.content, m.folder, m.attachment]),
    { field: allQuoted, eol: '\r\n' });
  // Chats with LinkedIn's job-search assistant: the member's prompts and the assistant's answers.
  const guide = 'LinkedIn Job Search Guide';
  ar.csv('guide_messages.csv', MESSAGE_HEADER_10, [
    ['2-guide-1', 'Job search', MEMBER_NAME, MEMBER.url, guide, '', fmt.isoUtc(T(2025, 3, 4, 8, 30, 0)), '', 'Find data platform lead roles in Oslo that allow remote work two days a week', 'INBOX'],
    ['2-guide-1', 'Job search', guide, '', MEMBER_NAME, MEMBER.url, fmt.isoUtc(T(2025, 3, 4, 8, 30, 9)), '', 'Here are 6 roles matching "data platform lead" in Oslo with hybrid work.', 'INBOX'],
    ['2-guide-2', 'Job search', MEMBER_NAME, MEMBER.url, guide, '', fmt.isoUtc(T(2025, 12, 2, 19, 5, 0)), '', 'Which of these companies sponsor privacy certifications?', 'INBOX'],
    ['2-guide-2', 'Job search', guide, '', MEMBER_NAME, MEMBER.url, fmt.isoUtc(T(2025, 12, 2, 19, 5, 7)), '', 'Two of them mention IAPP certification support in their postings.', 'INBOX'],
  ]);
  ar.csv('learning_coach_messages.csv', MESSAGE_HEADER_10, []);
  ar.csv('learning_role_play_messages.csv', MESSAGE_HEADER_10, []);

  const organizations = ar.csv('Organizations.csv', ['Name', 'Description', 'Position', 'Started On', 'Finished On'], [
    ['Oslo Data Engineers', 'Monthly meetup for data engineers in Oslo.', 'Co-organiser', 'Jan 2018', ''],
    ['Nordic Privacy Meetup', 'Cross-Nordic meetup on privacy engineering.', 'Board member', 'Mar 2022', ''],
  ]);
  ar.csv('PhoneNumbers.csv', ['Extension', 'Number', 'Type'], [['', '', ''], ['', ' +47 55501234', 'Mobile'], ['', '', ''], ['12', ' +47 55509876', 'Work']]);
  const positions = ar.csv('Positions.csv', ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], positionsRows('2026'));

  const resume = [
    'OLA NORDMANN',
    'Head of Data Platform\tOslo, Norway\tola.nordmann@example.com',
    '',
    'EXPERIENCE',
    'Contoso Nordic AS\tHead of Data Platform\t05/2026 – present',
    '• Leading a data platform team of 12 engineers',
    'Fjordline Analytics AS\tSenior Data Engineer\t09/2020 – 04/2026',
    '• Built lineage-based deletion for personal data across 140 tables',
    '• Cut batch costs by 40%',
    'Nordlys Data AS\tData Engineer\t09/2017 – 08/2020',
    '• Spark, Airflow, Kafka; on-call rotation lead',
    '',
    'EDUCATION',
    'Northbridge University of Technology\tMSc Computer Science\t2012 – 2014',
    '',
    'SKILLS',
    'Spark · Airflow · Kafka · SQL · Python · TypeScript · "privacy by design"',
  ].join('\n');
  ar.csv('Private_identity_asset.csv', ['Private Identity Asset Name', 'Private Identity Asset Raw Text'], [[`/AAYABAQ${rng.chars(30, B64URL)}Uw.pdf`, resume]]);

  const profileSummary = ar.csv('Profile Summary.csv', ['Profile Summary'], [[SUMMARY_2026]]);
  const profile = ar.csv('Profile.csv', PROFILE_HEADER, [profileRow('2026')]);
  const projects = ar.csv('Projects.csv', ['Title', 'Description', 'Url', 'Started On', 'Finished On'], projectRows('2026'));
  const publications = ar.csv('Publications.csv', ['Name', 'Published On', 'Description', 'Publisher', 'Url'], [
    ['Deleting data at scale', fmt.monDY(T(2023, 4, 3)), 'How a mid-size company built a deletion pipeline for personal data.', 'Example Engineering Journal', 'https://journal.example.org/deleting-data-at-scale'],
    ['Lineage for lawyers', fmt.monDY(T(2025, 10, 20)), 'A short explainer on data lineage, written for legal teams.', 'Nordic Privacy Review', ''],
  ]);
  ar.csv(`Reactions_${ID}.csv`, ['Date', 'Type', 'Link'], reactionRows(X), { eol: '\r\n' });
  ar.csv('Receipts_v2.csv', RECEIPT_HEADER, [
    ['Ola', 'Nordmann', 'NO', '0155', fmt.receipt(T(2026, 4, 26, 13, 32)), 'CARD', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK'],
    ['Ola', 'Nordmann', 'no', '0150', fmt.receipt(T(2025, 3, 26, 13, 31)), 'IOS', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK'],
    ['Ola', 'Nordmann', 'NO', '0150', fmt.receipt(T(2024, 11, 26, 13, 32)), 'CREDIT_CARD', `INV-${rng.digits(8)}`, 'Premium Career - 1 month', '59.80', '239.20', '299.00', 'NOK'],
  ]);
  ar.csv('Recommendations_Given.csv', REC_HEADER, [
    [P(0).first, P(0).last, 'Fjordline Analytics AS', 'Data Analyst', 'Jane turned our messiest dashboards into something people trust. A joy to work with.', fmt.mdyPad(T(2023, 2, 9, 9, 5)), ''],
    [P(12).first, P(12).last, 'Nordlys Data AS', 'Software Engineer', 'Åse is the best code reviewer I have worked with: kind, fast and precise.', fmt.mdyPad(T(2025, 6, 3, 14, 40)), ''],
  ]);
  const recsReceived = ar.csv('Recommendations_Received.csv', REC_HEADER, recommendationsReceived('2026'));
  ar.csv('Registration.csv', ['Registered At', 'Registration Ip', 'Subscription Types'], [[fmt.mdy(T(2011, 6, 19, 17, 16)), '192.0.2.10', '']]);
  ar.csv('Reviews.csv', ['Reviewee', 'Review Type', 'Review Section', 'Creation Date', 'Rating', 'Review Text', 'Reviewer', 'Review Tags'], [
    ['', 'IDENTITY_EXTERNAL_CREDIBILITY_SIGNAL', 'TOP_LEVEL', fmt.mdy(T(2026, 5, 8, 12, 44)), '60', 'German', '', ''],
  ]);
  ar.csv('Rich_Media.csv', ['Date/Time', 'Media Description', 'Media Link'], richMediaRows(X, makeRng('rich-media-2026')));
  ar.csv('SavedJobAlerts.csv', ['ALERT_PARAMETERS', 'QUERY_CONTEXT', 'SAVED_SEARCH_ID'], [
    ['{channels=[INAPP_NOTIFICATION, EMAIL], frequency=DAILY}', '{keywords=head of data, searchLocation={com.linkedin.jobs.matching.SpecificSearchLocation={geoLocations=[{geo=urn:li:geo:105719246, radiusInKms=80.0}]}}, facets={workplaceType=[2, 3]}}', rng.digits(10)],
    ['{channels=[EMAIL], frequency=WEEKLY}', '{keywords=privacy engineer, searchLocation={com.linkedin.jobs.matching.SpecificSearchLocation={geoLocations=[{geo=urn:li:geo:104630404, radiusInKms=40.0}]}}, facets={}}', rng.digits(10)],
  ]);
  ar.csv('Saved_Items.csv', ['savedItem', 'CreatedTime'], savedItemRows(rng, 14, X));
  ar.csv('SearchQueries.csv', ['Time', 'Search Query'], searchQueryRows(rng, 24, T(2025, 9, 1), X - DAY));
  ar.csv('Security Challenges.csv', ['Challenge Date', 'IP Address', 'User Agent', 'Country', 'Challenge Type'], [
    [fmt.java(T(2026, 4, 29, 5, 1, 12)), '2001:db8:4a2f:10::1c', UAS[0], 'Norway', 'EMAIL_PIN_CHALLENGE'],
    [fmt.java(T(2026, 1, 3, 22, 47, 0)), '', UAS[2], 'Unknown', 'TWO_STEP_VERIFICATION'],
    [fmt.java(T(2025, 8, 14, 13, 3, 33)), '203.0.113.77', UAS[1], 'Germany', 'CAPTCHA_CHALLENGE'],
    [fmt.java(T(2024, 12, 30, 9, 9, 9)), '198.51.100.23', UAS[3], 'Norway', 'PIN_CHALLENGE'],
  ]);
  // Shares 2026: CRLF records, CRLF between wrapped lines, empty values written as "".
  ar.csv(`Shares_${ID}.csv`, ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'], shareRowsModern(X, '\r\n'), { eol: '\r\n', field: shares2026Field, headerField: stdField });
  const skills = ar.csv('Skills.csv', ['Name'], SKILLS.map((s) => [s]));
  ar.csv('Verifications/Verifications.csv', VERIFICATION_HEADER, [
    ['Ola', 'N/A', 'Nordmann', 'ID verification', 'N/A', 'N/A', 'Norway', 'N/A', 'N/A', '0', 'N/A', 'Passport', 'Persona', '2024-11-13', '2029-06-30'],
    ['Ola', 'N/A', 'Nordmann', 'Education Verification', 'Northbridge University of Technology', 'ola.nordmann@example.com', 'N/A', 'N/A', 'N/A', '0', 'N/A', 'N/A', 'LinkedIn Learning', '2025-08-02', 'N/A'],
  ]);
  // Volunteering: the header spacing is unverified in real exports; written with ", " here.
  const volunteering = ar.csv('Volunteering.csv', ['Company Name', ' Role', ' Cause', ' Started On', ' Finished On', ' Description'], [
    ['Code Club Oslo', 'Volunteer mentor', 'Education', 'Sep 2019', '', 'Teaching kids Python on Saturday mornings.'],
    ['Fjordvik Frivilligsentral', 'IT volunteer', 'Humanitarian Relief', 'Jan 2025', '', 'Keeping the volunteer database GDPR-compliant.'],
  ]);
  ar.csv('Votes.csv', ['Date', 'Link', 'OptionText'], voteRows(rng, X));
  ar.csv('Whatsapp Phone Numbers.csv', ['Number', 'Extension', 'Is_WhatsApp_Number'], [['4755501234', '', 'true']]);

  const basicSet = { profile, profileSummary, positions, education, skills, certs, languages, projects, publications, honors, courses, organizations, volunteering, recsReceived, connections };
  return { ar, basicSet };
}

/** The fast "Basic" archive of the same member: profile files and Connections, byte-identical. */
function buildBasic(basicSet) {
  const ar = new Archive('Basic_LinkedInDataExport_05-11-2026.zip', {
    date: T(2026, 5, 11, 21, 30, 0),
    era: 'May 2026 Basic (profile files and Connections.csv, byte-identical to the Complete archive)',
  });
  for (const e of Object.values(basicSet)) ar.copy(e, e.path);
  return ar;
}

// ---------------------------------------------------------------------------------------------
// Main.
// ---------------------------------------------------------------------------------------------

async function main() {
  if (POSTS.length < 40 || COMMENTS.length !== 60 || REACTIONS.length !== 120 || CONNECTIONS.length !== 150 || MESSAGES.length !== 300) {
    throw new Error('unexpected timeline sizes');
  }
  const a2018 = build2018();
  const a2024 = build2024();
  const { ar: a2026, basicSet } = build2026();
  const basic = buildBasic(basicSet);
  const archives = [a2018, a2024, a2026, basic];

  mkdirSync(OUT_DIR, { recursive: true });
  const manifest = {
    description: 'Synthetic LinkedIn data exports generated by scripts/make-samples.mjs. All people, companies and content are invented.',
    countingRules: 'records = data records after the header (and after the Connections preamble); emptyRecords = records whose fields are all empty (not counted in categoryTotals). profile total = non-empty fields of Profile.csv data rows + non-empty Profile Summary records. articles = one per .html file. LearningCoachMessages.csv = one record per "conversation:" block. Junk entries (__MACOSX/, .DS_Store) and directory entries are not listed.',
    archives: {},
  };
  for (const ar of archives) {
    const buf = await ar.build();
    writeFileSync(path.join(OUT_DIR, ar.name), buf);
    manifest.archives[ar.name] = ar.manifest();
    console.log(`${ar.name}: ${ar.entries.filter((e) => e.kind === 'file').length} files, ${buf.length} bytes`);
  }
  writeFileSync(path.join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
