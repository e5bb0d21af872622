// Types of the exposure policy file (src/exposure/policy/linkedin-genai.json) and its validator.
//
// The policy is data, not code: when LinkedIn changes course, users can copy the bundled file,
// edit it and pass it with --policy. validatePolicy() checks such a file and reports the first
// problem as one line that names the field, e.g.
//   policy.windows[3].status: expected one of used, probable, uncertain, not_used, got "yes"

import { CATEGORY_IDS } from '../model/categories.js';
import { type CategoryId } from '../model/report.js';
import { ISO_COUNTRY_CODES } from './countries.js';
import { defined } from '../model/defined.js';

/** Schema 2 (policy 2026.12): sources with publisher and retrievedVia, allowedHosts, caps, minors, opt-out caveats, CN. */
export const POLICY_SCHEMA_VERSION = 2 as const;
/** Older schemas that still load (upgraded in memory, see upgradePolicyV1). */
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;

export const REGION_IDS = ['EU', 'UK', 'CA', 'HK', 'CN', 'OTHER'] as const;
/** Regions a schema-1 file had to list (CN came with schema 2). */
const V1_REGION_IDS: readonly RegionId[] = ['EU', 'UK', 'CA', 'HK', 'OTHER'];
export type RegionId = (typeof REGION_IDS)[number];

/**
 * How sure we are that LinkedIn trained on the data.
 * used / probable -> "likely" exposed; uncertain -> "possible"; not_used -> not exposed.
 */
export const STATUSES = ['used', 'probable', 'uncertain', 'not_used'] as const;
export type Status = (typeof STATUSES)[number];

export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface PolicySource {
  /** Short id used by windows, category rules and limits (L1, H3, R5, P7...). */
  id: string;
  title: string;
  /** Who published the original (LinkedIn, the regulator, the newspaper); shown with the title. */
  publisher?: string;
  /** The ORIGINAL document's address (never a mirror or proxy); its host must be in allowedHosts. */
  url: string;
  /** Publication or recording date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  kind?: SourceKind;
  /** Primary text known through a verbatim quotation (the original page itself was not read). */
  quoted?: boolean;
  /** Further ORIGINAL addresses (other archive commits, other reports); allow-listed like url. */
  alsoAt?: string[];
  /** Copies (mirrors, proxies, reprints) through which the text was read: evidence only, never printed as a link. */
  retrievedVia?: string[];
  note?: string;
}

export interface PolicyRegion {
  id: RegionId;
  name: string;
  /**
   * ISO 3166-1 alpha-2 codes that belong to the region. OTHER must list none: it is the
   * fallback for every country that no other region lists.
   */
  countries: string[];
  note?: string;
}

/** Item attributes a cap can key on (see src/exposure/qualifiers.ts for how they are read). */
export const QUALIFIERS = ['visibility', 'draft', 'field'] as const;
export type QualifierName = (typeof QUALIFIERS)[number];

/** A condition on an item: every key given must hold. */
export interface CapCondition {
  /** Shares' Visibility code, upper case (PUBLIC, MEMBER_NETWORK, CONNECTIONS...). */
  visibility?: ValueTest;
  /** An article that was never published. */
  draft?: boolean;
  /** The profile field's name (Profile.csv column: "Birth Date", "Websites"...). */
  field?: ValueTest;
}

export interface ValueTest {
  in?: string[];
  notIn?: string[];
}

/** "At most": items that meet `when` get at most `status` (the weaker of it and the rule's). */
export interface CategoryCap {
  when: CapCondition;
  status: Status;
  note: string;
  sources: string[];
}

export interface CategoryRule {
  status: Status;
  /** One plain-language sentence; it is shown in item reasons. */
  note: string;
  sources: string[];
  caps?: CategoryCap[];
}

export interface CategorySet {
  title: string;
  /** One rule for every CategoryId of src/model/report.ts. */
  rules: Record<CategoryId, CategoryRule>;
}

/** A window either names a category set or applies one rule to every category. */
export type WindowCategories = string | { all: CategoryRule };

export interface PolicyWindow {
  id: string;
  region: RegionId;
  /** First day, inclusive, 00:00 UTC (YYYY-MM-DD). */
  start: string;
  /** Day the window ends, exclusive, 00:00 UTC; null while it is open. */
  end: string | null;
  status: Status;
  /** One plain-language sentence (no final full stop needed); shown in the timeline and in reasons. */
  summary: string;
  sources: string[];
  categories: WindowCategories;
}

export interface PolicyLimit {
  id: string;
  text: string;
  sources: string[];
}

/** What is disputed about an opt-out: added to the reasons of items that existed before it. */
export interface OptOutCaveat {
  id: string;
  regions: RegionId[];
  /** Applies when the opt-out day is on or after this day (YYYY-MM-DD). */
  optedOutFrom: string;
  /** One plain-language sentence, shown in reasons and advice. */
  text: string;
  sources: string[];
}

export interface PolicyOptOut {
  settingName: string;
  toggleLabel: string;
  settingPath: string;
  /** The same setting in the mobile app. */
  mobilePath?: string;
  settingUrl: string;
  objectionFormUrl: string;
  /** What opting out does (and does not) do. */
  effect: string;
  sources: string[];
  caveats?: OptOutCaveat[];
}

/**
 * Members under 18. From `excludedFrom` on, nothing is used while the member is under 18; before
 * it, that part of a window is at most `statusBefore`; what they created as a minor is at most
 * `createdAsMinor` afterwards. Applied only when the export gives a birth year.
 */
export interface PolicyMinors {
  age: number;
  excludedFrom: string;
  statusBefore: Status;
  createdAsMinor: Status;
  note: string;
  createdAsMinorNote: string;
  sources: string[];
}

export interface PolicyAction {
  id: string;
  text: string;
  url?: string;
  /** Only shown for these regions; all regions when absent. */
  regions?: RegionId[];
  sources: string[];
}

export interface Policy {
  schemaVersion: typeof POLICY_SCHEMA_VERSION;
  id: string;
  version: string;
  title: string;
  /** Date up to which the sources were checked (YYYY-MM-DD). */
  updated: string;
  description?: string;
  regions: PolicyRegion[];
  windows: PolicyWindow[];
  categorySets: Record<string, CategorySet>;
  sources: PolicySource[];
  limits: PolicyLimit[];
  optOut: PolicyOptOut;
  actions: PolicyAction[];
  /** Hosts every printed address must be on (sources, actions, opt-out links). Empty for schema-1 files. */
  allowedHosts: string[];
  minors?: PolicyMinors;
}

export class PolicyError extends Error {
  /** Dotted path of the offending field, e.g. "policy.windows[3].status"; null for file-level errors. */
  readonly path: string | null;
  /** Exit code for the CLI (bad input). */
  readonly exitCode = 2;
  constructor(message: string, path: string | null = null) {
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
    this.name = 'PolicyError';
    this.path = path;
  }
}

/** The rule of a category in a window, whichever form the window uses. */
export function categoryRule(policy: Policy, window: PolicyWindow, category: CategoryId): CategoryRule {
  const c = window.categories;
  if (typeof c === 'string') return defined(policy.categorySets[c]).rules[category];
  return c.all;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const t = Date.UTC(y, mo - 1, d);
  return new Date(t).getUTCDate() === d;
}

// ---------------------------------------------------------------------------------------------
// Validation helpers. Every failure throws a PolicyError whose message starts with the path.

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  let s: string;
  try {
    s = JSON.stringify(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function fail(path: string, message: string): never {
  throw new PolicyError(`${path}: ${message}`, path);
}

function key(path: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys that may carry comments in a JSON file without being an error. */
function isCommentKey(k: string): boolean {
  return k === 'comment' || k.startsWith('$') || k.startsWith('_');
}

function obj(v: unknown, path: string, allowed: readonly string[] | null): Obj {
  if (!isObj(v)) fail(path, `expected an object, got ${describe(v)}`);
  if (allowed) {
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k) && !isCommentKey(k)) {
        fail(key(path, k), `unknown field (expected one of ${allowed.join(', ')})`);
      }
    }
  }
  return v;
}

function str(o: Obj, name: string, path: string, opts: { optional?: boolean } = {}): string {
  const p = key(path, name);
  const v = o[name];
  if (v === undefined && opts.optional) return undefined as unknown as string;
  if (typeof v !== 'string') fail(p, `expected a string, got ${describe(v)}`);
  if (v.trim() === '') fail(p, 'must not be empty');
  return v;
}

function url(o: Obj, name: string, path: string): string {
  const v = str(o, name, path);
  checkUrl(v, key(path, name));
  return v;
}

function checkUrl(v: string, path: string): void {
  let ok = false;
  try {
    const u = new URL(v);
    ok = u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok) fail(path, `expected an http(s) URL, got ${describe(v)}`);
}

function day(o: Obj, name: string, path: string): string {
  const v = o[name];
  if (!isDay(v)) fail(key(path, name), `expected a date YYYY-MM-DD, got ${describe(v)}`);
  return v;
}

function oneOf<T extends string>(o: Obj, name: string, path: string, values: readonly T[]): T {
  const v = o[name];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    fail(key(path, name), `expected one of ${values.join(', ')}, got ${describe(v)}`);
  }
  return v as T;
}

function arr(o: Obj, name: string, path: string, opts: { nonEmpty?: boolean } = {}): unknown[] {
  const v = o[name];
  const p = key(path, name);
  if (!Array.isArray(v)) fail(p, `expected an array, got ${describe(v)}`);
  if (opts.nonEmpty && v.length === 0) fail(p, 'must not be empty');
  return v;
}

function sourceIds(o: Obj, path: string, known: Set<string>, opts: { nonEmpty: boolean }): string[] {
  const list = arr(o, 'sources', path, { nonEmpty: opts.nonEmpty });
  const p = key(path, 'sources');
  const seen = new Set<string>();
  list.forEach((id, i) => {
    if (typeof id !== 'string') fail(`${p}[${i}]`, `expected a source id, got ${describe(id)}`);
    if (!known.has(id)) fail(`${p}[${i}]`, `unknown source id ${describe(id)} (not in policy.sources)`);
    if (seen.has(id)) fail(`${p}[${i}]`, `source ${describe(id)} is listed twice`);
    seen.add(id);
  });
  return list as string[];
}

function checkId(o: Obj, path: string, seen: Set<string>, what: string): string {
  const id = str(o, 'id', path);
  if (!ID_RE.test(id)) fail(key(path, 'id'), `expected letters, digits, ".", "_" or "-", got ${describe(id)}`);
  if (seen.has(id)) fail(key(path, 'id'), `duplicate ${what} id ${describe(id)}`);
  seen.add(id);
  return id;
}

function validateValueTest(v: unknown, path: string): ValueTest {
  const o = obj(v, path, ['in', 'notIn']);
  const out: ValueTest = {};
  for (const name of ['in', 'notIn'] as const) {
    if (o[name] === undefined) continue;
    out[name] = arr(o, name, path, { nonEmpty: true }).map((x, i) => {
      if (typeof x !== 'string' || x.trim() === '') fail(`${key(path, name)}[${i}]`, `expected a non-empty string, got ${describe(x)}`);
      return x;
    });
  }
  if (!out.in && !out.notIn) fail(path, 'expected "in" or "notIn" (a list of values)');
  return out;
}

function validateCap(v: unknown, path: string, known: Set<string>): CategoryCap {
  const o = obj(v, path, ['when', 'status', 'note', 'sources']);
  const wp = key(path, 'when');
  const w = obj(o.when, wp, QUALIFIERS);
  const when: CapCondition = {};
  if (w.visibility !== undefined) when.visibility = validateValueTest(w.visibility, key(wp, 'visibility'));
  if (w.field !== undefined) when.field = validateValueTest(w.field, key(wp, 'field'));
  if (w.draft !== undefined) {
    if (typeof w.draft !== 'boolean') fail(key(wp, 'draft'), `expected true or false, got ${describe(w.draft)}`);
    when.draft = w.draft;
  }
  if (Object.keys(when).length === 0) fail(wp, `expected at least one of ${QUALIFIERS.join(', ')}`);
  return { when, status: oneOf(o, 'status', path, STATUSES), note: str(o, 'note', path), sources: sourceIds(o, path, known, { nonEmpty: true }) };
}

function validateRule(v: unknown, path: string, known: Set<string>): CategoryRule {
  const o = obj(v, path, ['status', 'note', 'sources', 'caps']);
  const status = oneOf(o, 'status', path, STATUSES);
  const note = str(o, 'note', path);
  const sources = sourceIds(o, path, known, { nonEmpty: true });
  const rule: CategoryRule = { status, note, sources };
  if (o.caps !== undefined) rule.caps = arr(o, 'caps', path, { nonEmpty: true }).map((c, i) => validateCap(c, `${key(path, 'caps')}[${i}]`, known));
  return rule;
}

/** Categories added after schema 1, with the rule a schema-1 file gets for them (never more than "possible"). */
const ADDED_IN_V2: Partial<Record<CategoryId, CategoryRule>> = {
  'ai-conversations': {
    status: 'uncertain',
    note: 'This policy file (schema 1) does not rate chats with LinkedIn AI; add a rule for "ai-conversations" to rate them',
    sources: [],
  },
};

function hostAllowed(u: string, hosts: readonly string[]): boolean {
  const host = new URL(u).hostname.toLowerCase();
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

// ---------------------------------------------------------------------------------------------

const TOP_FIELDS = [
  'schemaVersion',
  'id',
  'version',
  'title',
  'updated',
  'description',
  'regions',
  'windows',
  'categorySets',
  'sources',
  'limits',
  'optOut',
  'actions',
  'allowedHosts',
  'minors',
] as const;

/**
 * Checks a parsed policy file and returns it typed. Throws PolicyError naming the first bad field.
 * The returned object is a fresh copy (unknown comment keys dropped), safe to keep.
 */
export function validatePolicy(json: unknown): Policy {
  const root = 'policy';
  const top = obj(json, root, TOP_FIELDS);

  if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(top.schemaVersion)) {
    fail(
      `${root}.schemaVersion`,
      `expected ${READABLE_SCHEMA_VERSIONS.join(' or ')}, got ${describe(top.schemaVersion)} (this version of li-exposure reads policy schemas ${READABLE_SCHEMA_VERSIONS.join(' and ')})`,
    );
  }
  const v1 = top.schemaVersion === 1;
  // Schema 2 keeps every printed address on an allow-list; schema-1 files had none.
  let allowedHosts: string[] = [];
  if (!v1) {
    allowedHosts = arr(top, 'allowedHosts', root, { nonEmpty: true }).map((h, i) => {
      if (typeof h !== 'string' || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(h)) fail(`${root}.allowedHosts[${i}]`, `expected a lower-case host name, got ${describe(h)}`);
      return h;
    });
  } else if (top.allowedHosts !== undefined || top.minors !== undefined) {
    fail(`${root}.schemaVersion`, 'allowedHosts and minors need schemaVersion 2');
  }
  const printable = (u: string, path: string): string => {
    if (!v1 && !hostAllowed(u, allowedHosts)) fail(path, `host of ${describe(u)} is not in policy.allowedHosts (link only to original documents)`);
    return u;
  };
  const id = str(top, 'id', root);
  const version = str(top, 'version', root);
  const title = str(top, 'title', root);
  const updated = day(top, 'updated', root);
  const description = str(top, 'description', root, { optional: true });

  // Sources first: everything else refers to them.
  const sources: PolicySource[] = [];
  const sourceSeen = new Set<string>();
  arr(top, 'sources', root, { nonEmpty: true }).forEach((v, i) => {
    const p = `${root}.sources[${i}]`;
    const o = obj(v, p, v1 ? ['id', 'title', 'url', 'date', 'kind', 'alsoAt', 'note'] : ['id', 'title', 'publisher', 'url', 'date', 'kind', 'quoted', 'alsoAt', 'retrievedVia', 'note']);
    const sid = checkId(o, p, sourceSeen, 'source');
    const s: PolicySource = { id: sid, title: str(o, 'title', p), url: printable(url(o, 'url', p), `${p}.url`), date: '' };
    if (!v1) s.publisher = str(o, 'publisher', p);
    if (o.quoted !== undefined) {
      if (typeof o.quoted !== 'boolean') fail(`${p}.quoted`, `expected true or false, got ${describe(o.quoted)}`);
      s.quoted = o.quoted;
    }
    const date = o.date;
    if (typeof date !== 'string' || !PARTIAL_DATE_RE.test(date)) {
      fail(`${p}.date`, `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(date)}`);
    }
    if (date.length === 10 && !isDay(date)) fail(`${p}.date`, `not a real date: ${describe(date)}`);
    s.date = date;
    if (o.kind !== undefined) s.kind = oneOf(o, 'kind', p, SOURCE_KINDS);
    const urls = (name: 'alsoAt' | 'retrievedVia'): string[] =>
      arr(o, name, p).map((u, j) => {
        if (typeof u !== 'string') fail(`${p}.${name}[${j}]`, `expected a URL string, got ${describe(u)}`);
        checkUrl(u, `${p}.${name}[${j}]`);
        return u;
      });
    // Schema 1 could not tell copies from originals: its alsoAt are kept as evidence, never printed.
    if (o.alsoAt !== undefined) {
      if (v1) s.retrievedVia = urls('alsoAt');
      else s.alsoAt = urls('alsoAt').map((u, j) => printable(u, `${p}.alsoAt[${j}]`));
    }
    if (o.retrievedVia !== undefined) s.retrievedVia = urls('retrievedVia');
    if (o.note !== undefined) s.note = str(o, 'note', p);
    sources.push(s);
  });
  const known = sourceSeen;

  // Regions: each of REGION_IDS exactly once; a country in at most one region; OTHER lists none.
  const regions: PolicyRegion[] = [];
  const regionSeen = new Set<string>();
  const countryOwner = new Map<string, string>();
  arr(top, 'regions', root, { nonEmpty: true }).forEach((v, i) => {
    const p = `${root}.regions[${i}]`;
    const o = obj(v, p, ['id', 'name', 'countries', 'note']);
    const rid = oneOf(o, 'id', p, REGION_IDS);
    if (regionSeen.has(rid)) fail(`${p}.id`, `region ${describe(rid)} is listed twice`);
    regionSeen.add(rid);
    const countries = arr(o, 'countries', p).map((c, j) => {
      const cp = `${p}.countries[${j}]`;
      if (typeof c !== 'string' || !ISO_COUNTRY_CODES.has(c)) {
        fail(cp, `expected an upper-case ISO 3166-1 alpha-2 country code, got ${describe(c)}`);
      }
      const owner = countryOwner.get(c);
      if (owner) fail(cp, `country ${c} is already in region ${owner}`);
      countryOwner.set(c, rid);
      return c;
    });
    if (rid === 'OTHER' && countries.length > 0) {
      fail(`${p}.countries`, 'region OTHER must list no countries: it covers every country not listed elsewhere');
    }
    if (rid !== 'OTHER' && countries.length === 0) fail(`${p}.countries`, 'must not be empty');
    const r: PolicyRegion = { id: rid, name: str(o, 'name', p), countries };
    if (o.note !== undefined) r.note = str(o, 'note', p);
    regions.push(r);
  });
  const requiredRegions = v1 ? V1_REGION_IDS : REGION_IDS;
  for (const rid of requiredRegions) {
    if (!regionSeen.has(rid)) fail(`${root}.regions`, `region ${rid} is missing (expected ${requiredRegions.join(', ')})`);
  }

  // Category sets: every CategoryId, no unknown ones.
  const setsIn = obj(top.categorySets, `${root}.categorySets`, null);
  const categorySets: Record<string, CategorySet> = {};
  for (const [name, v] of Object.entries(setsIn)) {
    if (isCommentKey(name)) continue;
    const p = key(`${root}.categorySets`, name);
    if (!ID_RE.test(name)) fail(p, 'set names use letters, digits, ".", "_" or "-"');
    const o = obj(v, p, ['title', 'rules']);
    const rulesIn = obj(o.rules, `${p}.rules`, null);
    for (const k of Object.keys(rulesIn)) {
      if (!isCommentKey(k) && !(CATEGORY_IDS as readonly string[]).includes(k)) {
        fail(key(`${p}.rules`, k), `unknown category (expected one of ${CATEGORY_IDS.join(', ')})`);
      }
    }
    const rules = {} as Record<CategoryId, CategoryRule>;
    for (const cat of CATEGORY_IDS) {
      const rp = key(`${p}.rules`, cat);
      const added = ADDED_IN_V2[cat];
      if (rulesIn[cat] === undefined && v1 && added) {
        rules[cat] = added;
        continue;
      }
      if (rulesIn[cat] === undefined) fail(rp, 'missing: every category needs a status in every window');
      rules[cat] = validateRule(rulesIn[cat], rp, known);
      if (v1 && rules[cat].caps) fail(`${rp}.caps`, 'caps need schemaVersion 2');
    }
    categorySets[name] = { title: str(o, 'title', p), rules };
  }

  // Windows.
  const windows: PolicyWindow[] = [];
  const windowSeen = new Set<string>();
  arr(top, 'windows', root).forEach((v, i) => {
    const p = `${root}.windows[${i}]`;
    const o = obj(v, p, ['id', 'region', 'start', 'end', 'status', 'summary', 'sources', 'categories']);
    const wid = checkId(o, p, windowSeen, 'window');
    const region = oneOf(o, 'region', p, REGION_IDS);
    const start = day(o, 'start', p);
    let end: string | null = null;
    if (o.end !== null) {
      end = day(o, 'end', p);
      if (end <= start) fail(`${p}.end`, `must be after start (${start}), got ${describe(end)}`);
    }
    const status = oneOf(o, 'status', p, STATUSES);
    const summary = str(o, 'summary', p);
    const wsources = sourceIds(o, p, known, { nonEmpty: true });
    let categories: WindowCategories;
    const c = o.categories;
    if (typeof c === 'string') {
      if (!Object.hasOwn(categorySets, c)) {
        fail(`${p}.categories`, `unknown category set ${describe(c)} (expected one of ${Object.keys(categorySets).join(', ') || 'none defined'})`);
      }
      categories = c;
    } else if (isObj(c)) {
      const co = obj(c, `${p}.categories`, ['all']);
      categories = { all: validateRule(co.all, `${p}.categories.all`, known) };
    } else {
      fail(`${p}.categories`, `expected the name of a category set or {"all": {...}}, got ${describe(c)}`);
    }
    windows.push({ id: wid, region, start, end, status, summary, sources: wsources, categories });
  });

  // Windows of one region must not overlap.
  for (const rid of REGION_IDS) {
    const list = windows
      .map((w, i) => ({ w, i }))
      .filter((x) => x.w.region === rid)
      .sort((a, b) => (a.w.start < b.w.start ? -1 : a.w.start > b.w.start ? 1 : 0));
    for (const [k, cur] of list.entries()) {
      const prev = list[k - 1];
      if (prev && (prev.w.end === null || prev.w.end > cur.w.start)) {
        fail(
          `${root}.windows[${cur.i}].start`,
          `window "${cur.w.id}" (from ${cur.w.start}) overlaps window "${prev.w.id}" of region ${rid} (until ${prev.w.end ?? 'open end'})`,
        );
      }
    }
  }

  // Limits.
  const limits: PolicyLimit[] = [];
  const limitSeen = new Set<string>();
  arr(top, 'limits', root, { nonEmpty: true }).forEach((v, i) => {
    const p = `${root}.limits[${i}]`;
    const o = obj(v, p, ['id', 'text', 'sources']);
    limits.push({ id: checkId(o, p, limitSeen, 'limit'), text: str(o, 'text', p), sources: sourceIds(o, p, known, { nonEmpty: false }) });
  });

  // Opt-out.
  const op = `${root}.optOut`;
  const oo = obj(
    top.optOut,
    op,
    v1
      ? ['settingName', 'toggleLabel', 'settingPath', 'settingUrl', 'objectionFormUrl', 'effect', 'sources']
      : ['settingName', 'toggleLabel', 'settingPath', 'mobilePath', 'settingUrl', 'objectionFormUrl', 'effect', 'sources', 'caveats'],
  );
  const optOut: PolicyOptOut = {
    settingName: str(oo, 'settingName', op),
    toggleLabel: str(oo, 'toggleLabel', op),
    settingPath: str(oo, 'settingPath', op),
    settingUrl: printable(url(oo, 'settingUrl', op), `${op}.settingUrl`),
    objectionFormUrl: printable(url(oo, 'objectionFormUrl', op), `${op}.objectionFormUrl`),
    effect: str(oo, 'effect', op),
    sources: sourceIds(oo, op, known, { nonEmpty: true }),
  };
  if (oo.mobilePath !== undefined) optOut.mobilePath = str(oo, 'mobilePath', op);
  if (oo.caveats !== undefined) {
    const caveatSeen = new Set<string>();
    optOut.caveats = arr(oo, 'caveats', op).map((v, i) => {
      const p = `${op}.caveats[${i}]`;
      const o = obj(v, p, ['id', 'regions', 'optedOutFrom', 'text', 'sources']);
      return {
        id: checkId(o, p, caveatSeen, 'caveat'),
        regions: regionList(o, p, true)!,
        optedOutFrom: day(o, 'optedOutFrom', p),
        text: str(o, 'text', p),
        sources: sourceIds(o, p, known, { nonEmpty: true }),
      };
    });
  }

  let minors: PolicyMinors | undefined;
  if (top.minors !== undefined) {
    const mp = `${root}.minors`;
    const mo = obj(top.minors, mp, ['age', 'excludedFrom', 'statusBefore', 'createdAsMinor', 'note', 'createdAsMinorNote', 'sources']);
    if (typeof mo.age !== 'number' || !Number.isInteger(mo.age) || mo.age < 1 || mo.age > 30) fail(`${mp}.age`, `expected a whole number of years, got ${describe(mo.age)}`);
    minors = {
      age: mo.age,
      excludedFrom: day(mo, 'excludedFrom', mp),
      statusBefore: oneOf(mo, 'statusBefore', mp, STATUSES),
      createdAsMinor: oneOf(mo, 'createdAsMinor', mp, STATUSES),
      note: str(mo, 'note', mp),
      createdAsMinorNote: str(mo, 'createdAsMinorNote', mp),
      sources: sourceIds(mo, mp, known, { nonEmpty: true }),
    };
  }

  // Actions ("what you can do").
  const actions: PolicyAction[] = [];
  const actionSeen = new Set<string>();
  arr(top, 'actions', root).forEach((v, i) => {
    const p = `${root}.actions[${i}]`;
    const o = obj(v, p, ['id', 'text', 'url', 'regions', 'sources']);
    const a: PolicyAction = { id: checkId(o, p, actionSeen, 'action'), text: str(o, 'text', p), sources: sourceIds(o, p, known, { nonEmpty: false }) };
    if (o.url !== undefined) a.url = printable(url(o, 'url', p), `${p}.url`);
    const regions = regionList(o, p, false);
    if (regions) a.regions = regions;
    actions.push(a);
  });

  const policy: Policy = {
    // Read files of older schemas are upgraded in memory: the rest of li-exposure sees schema 2.
    schemaVersion: POLICY_SCHEMA_VERSION,
    id,
    version,
    title,
    updated,
    regions,
    windows,
    categorySets,
    sources,
    limits,
    optOut,
    actions,
    allowedHosts,
  };
  if (description !== undefined) policy.description = description;
  if (minors) policy.minors = minors;
  return policy;
}

function regionList(o: Obj, p: string, required: boolean): RegionId[] | undefined {
  if (o.regions === undefined && !required) return undefined;
  return arr(o, 'regions', p, { nonEmpty: true }).map((r, j) => {
    if (typeof r !== 'string' || !(REGION_IDS as readonly string[]).includes(r)) {
      fail(`${p}.regions[${j}]`, `expected one of ${REGION_IDS.join(', ')}, got ${describe(r)}`);
    }
    return r as RegionId;
  });
}
