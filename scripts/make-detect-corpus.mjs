#!/usr/bin/env node
// Generates the labelled corpus that `npm run bench:detect` measures the detectors on.
//
// Everything is invented: ten members (one per country: FR DE ES IT NL PT GB US CA HK), each with a
// network of invented connections, writing short posts, comments and messages in seven languages.
// Texts are built from sentences in scripts/detect-corpus/lang-*.mjs and values from
// scripts/detect-corpus/{contact,identifiers}.mjs. Each text carries
//   labels: spans a careful reader would mark as revealing that kind of data (planted), and
//   traps:  look-alikes planted on purpose (an order number, "sick of meetings", "Catholic
//           University" as an employer, a first name alone) that are NOT that kind of data.
// Labelling rule for special categories: a span is positive when, in context, the words refer to
// a person's health, belief, politics, union, orientation, origin or convictions; a word used in
// another sense (an economic depression, the union of two companies) is a trap.
// The corpus was written from the languages and the identifier rules, before the detectors, and
// is not adjusted to them: a miss or a false alarm on it is a real miss or false alarm.
//
// Deterministic (seeded). Usage: node scripts/make-detect-corpus.mjs [out.json]
// (default .bench-cache/detect-corpus.json). Also importable: makeDetectCorpus({ seed, perLanguage }).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './detect-corpus/random.mjs';
import * as contact from './detect-corpus/contact.mjs';
import * as ids from './detect-corpus/identifiers.mjs';
import en from './detect-corpus/lang-en.mjs';
import fr from './detect-corpus/lang-fr.mjs';
import de from './detect-corpus/lang-de.mjs';
import es from './detect-corpus/lang-es.mjs';
import nl from './detect-corpus/lang-nl.mjs';
import it from './detect-corpus/lang-it.mjs';
import pt from './detect-corpus/lang-pt.mjs';

export const LANGUAGES = { en, fr, de, es, nl, it, pt };

const MEMBERS = [
  { id: 'm-fr', lang: 'fr', region: 'EU', country: 'FR', share: 1 },
  { id: 'm-de', lang: 'de', region: 'EU', country: 'DE', share: 1 },
  { id: 'm-es', lang: 'es', region: 'EU', country: 'ES', share: 1 },
  { id: 'm-it', lang: 'it', region: 'EU', country: 'IT', share: 1 },
  { id: 'm-nl', lang: 'nl', region: 'EU', country: 'NL', share: 1 },
  { id: 'm-pt', lang: 'pt', region: 'EU', country: 'PT', share: 1 },
  { id: 'm-gb', lang: 'en', region: 'UK', country: 'GB', share: 0.5 },
  { id: 'm-us', lang: 'en', region: 'OTHER', country: 'US', share: 0.5 },
  { id: 'm-ca', lang: 'en', region: 'CA', country: 'CA', share: 0.3 },
  { id: 'm-hk', lang: 'en', region: 'HK', country: 'HK', share: 0.2 },
];

const NATIONAL_ID = {
  FR: [ids.frNir, ids.frNirBadKey],
  DE: [ids.deSteuerId, ids.deSteuerIdBad],
  NL: [ids.nlBsn, ids.nlBsnBad],
  ES: [(r) => (r.chance(0.7) ? ids.esDni(r) : ids.esNie(r)), ids.esDniBad],
  IT: [ids.itCodiceFiscale, ids.itCodiceFiscaleBad],
  PT: [ids.ptNif, ids.ptNifBad],
  GB: [ids.ukNino, ids.ukNinoInvalid],
  US: [ids.usSsn, ids.usSsnInvalid],
};
const IBAN_OF = { FR: 'FR', DE: 'DE', ES: 'ES', IT: 'IT', NL: 'NL', PT: 'PT', GB: 'GB' };

const deAccent = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');

// ---- Networks -------------------------------------------------------------------------------------

function makeNetwork(rng, member) {
  const own = LANGUAGES[member.lang].names;
  const others = Object.values(LANGUAGES).filter((l) => l.lang !== member.lang).map((l) => l.names);
  const seen = new Set();
  const connections = [];
  while (connections.length < 240) {
    const pool = rng.chance(0.7) ? own : rng.pick(others);
    const first = rng.pick(pool.first);
    const last = rng.pick(pool.last);
    const key = `${first} ${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    connections.push({ first, last });
  }
  for (const [first, last] of own.wordlike ?? []) connections.push({ first, last });
  return connections;
}

/** A name from the pools that is not a connection of this member. */
function stranger(rng, member) {
  const names = LANGUAGES[member.lang].names;
  const taken = new Set(member.connections.map((c) => `${c.first} ${c.last}`));
  for (;;) {
    const name = `${rng.pick(names.first)} ${rng.pick(names.last)}`;
    if (!taken.has(name)) return name;
  }
}

function crossName(rng, member) {
  const taken = new Set(member.connections.map((c) => `${c.first} ${c.last}`));
  for (;;) {
    const a = rng.pick(member.connections);
    const b = rng.pick(member.connections);
    const name = `${a.first} ${b.last}`;
    if (!taken.has(name) && !member.connections.some((c) => c.first === a.first && c.last === b.last)) return name;
  }
}

function renderConnection(rng, c) {
  const full = `${c.first} ${c.last}`;
  const roll = rng.next();
  if (roll < 0.1) return full.toLowerCase();
  if (roll < 0.22 && deAccent(full) !== full) return deAccent(full);
  if (roll < 0.27) return full.toUpperCase();
  return full;
}

// ---- Slots ------------------------------------------------------------------------------------------

function fillSlot(rng, member, slot) {
  const lang = LANGUAGES[member.lang];
  const someone = rng.pick(member.connections);
  const [name, arg] = slot.split(':');
  switch (name) {
    case 'email': return { text: contact.email(rng, someone.first, someone.last), label: 'email' };
    case '~email': return { text: contact.emailLookalike(rng, someone.first, someone.last), trap: 'email' };
    case 'phone': return { text: contact.phone(rng, member.country), label: 'phone' };
    case 'foreignPhone': {
      for (;;) {
        const country = rng.pick(contact.PHONE_COUNTRIES.filter((c) => c !== member.country));
        const text = contact.phone(rng, country);
        if (text.startsWith('+')) return { text, label: 'phone', note: `foreign ${country}` };
      }
    }
    case 'address': return { text: contact.address(rng, member.country), label: 'postal-address' };
    case '~address': return { text: contact.addressLookalike(rng, member.country), trap: 'postal-address' };
    case 'iban': return { text: ids.iban(rng, IBAN_OF[member.country] ?? rng.pick(ids.IBAN_COUNTRIES)), label: 'iban' };
    case '~iban': return { text: ids.ibanBadChecksum(rng, IBAN_OF[member.country] ?? rng.pick(ids.IBAN_COUNTRIES)), trap: 'iban', note: 'bad checksum' };
    case 'card': return { text: ids.card(rng), label: 'payment-card' };
    case '~card':
      if (arg === 'luhn') return { text: ids.cardBadLuhn(rng), trap: 'payment-card', note: 'fails Luhn' };
      if (arg === 'imei') return { text: ids.imei(rng), trap: 'payment-card', note: 'IMEI' };
      return { text: ids.luhnValidNonCard(rng), trap: 'payment-card', note: 'no card IIN' };
    case 'nid': return { text: NATIONAL_ID[member.country][0](rng), label: 'national-id', note: member.country };
    case '~nid': return { text: NATIONAL_ID[member.country][1](rng), trap: 'national-id', note: `invalid ${member.country}` };
    case 'passport': return { text: ids.passportNumber(rng, member.country), label: 'national-id', note: 'passport' };
    case 'conn': return { text: renderConnection(rng, someone), label: 'connection-name' };
    case '~conn':
      switch (arg) {
        case 'first': return { text: someone.first, trap: 'connection-name', note: 'first name alone' };
        case 'last': return { text: someone.last, trap: 'connection-name', note: 'last name alone' };
        case 'cross': return { text: crossName(rng, member), trap: 'connection-name', note: 'first and last of two people' };
        case 'split': return { text: `${someone.first}, ${someone.last}`, trap: 'connection-name', note: 'separated by punctuation' };
        default: return { text: stranger(rng, member), trap: 'connection-name', note: 'not a connection' };
      }
    case 'num': return { text: contact.NUMERIC_LOOKALIKES[arg](rng, lang.lang), trap: 'number', note: arg };
    default: throw new Error(`unknown slot {${slot}}`);
  }
}

// ---- Sentences ---------------------------------------------------------------------------------------

const TOKEN = /\[\[(~?)([a-z-]+):([^\]]+)\]\]|\{([~a-zA-Z]+(?::[a-z]+)?)\}/g;
const SUB_KINDS = { pregnancy: 'health', disability: 'health' };

/** Appends one sentence to the text under construction, recording label and trap offsets. */
function appendSentence(rng, member, out, template) {
  if (out.text) out.text += ' ';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    out.text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const part = m[4] ? fillSlot(rng, member, m[4]) : m[1] ? { text: m[3], trap: SUB_KINDS[m[2]] ?? m[2], note: SUB_KINDS[m[2]] ? m[2] : undefined } : { text: m[3], label: SUB_KINDS[m[2]] ?? m[2], note: SUB_KINDS[m[2]] ? m[2] : undefined };
    const start = out.text.length;
    out.text += part.text;
    const span = { kind: part.label ?? part.trap, start, end: out.text.length };
    if (part.note) span.note = part.note;
    (part.label ? out.labels : out.traps).push(span);
  }
  out.text += template.slice(last);
}

function framesFor(table, key, member) {
  const entry = table[key];
  if (!entry) return [];
  return Array.isArray(entry) ? entry : entry[member.country] ?? [];
}

function pickSentence(rng, member) {
  const lang = LANGUAGES[member.lang];
  for (;;) {
    const roll = rng.next();
    if (roll < 0.18) return rng.pick(lang.filler);
    if (roll < 0.48) {
      const kind = rng.pick(['email', 'phone', 'phone', 'foreignPhone', 'address', 'address', 'iban', 'card', 'nid', 'nid', 'passport', 'conn', 'conn', 'conn']);
      const frames = framesFor(lang.frames, kind, member);
      if (kind === 'nid' && !NATIONAL_ID[member.country]) continue;
      if (frames.length) return rng.pick(frames);
      continue;
    }
    if (roll < 0.72) {
      const kind = rng.pick(['email', 'numbers', 'numbers', 'numbers', 'address', 'iban', 'card', 'nid', 'passport', 'conn', 'conn']);
      if (kind === 'nid' && !NATIONAL_ID[member.country]) continue;
      const frames = framesFor(lang.trapFrames, kind, member);
      if (frames.length) return rng.pick(frames);
      continue;
    }
    if (roll < 0.88) {
      const category = rng.pick(Object.keys(lang.special));
      return rng.pick(lang.special[category]);
    }
    if (roll < 0.97) return rng.pick(lang.specialTraps);
    if (lang.names.wordlikeTraps) return rng.pick(lang.names.wordlikeTraps);
  }
}

// ---- Corpus ------------------------------------------------------------------------------------------

export function makeDetectCorpus({ seed = 1, perLanguage = 330 } = {}) {
  const members = MEMBERS.map((m) => {
    const rng = makeRng(`${seed}:network:${m.id}`);
    const { share, ...rest } = m;
    return { ...rest, connections: makeNetwork(rng, m) };
  });
  const texts = [];
  for (const member of members) {
    const base = MEMBERS.find((m) => m.id === member.id);
    const count = Math.round(perLanguage * base.share);
    const rng = makeRng(`${seed}:texts:${member.id}`);
    for (let i = 0; i < count; i++) {
      const out = { text: '', labels: [], traps: [] };
      const sentences = rng.int(1, 3);
      for (let s = 0; s < sentences; s++) appendSentence(rng, member, out, pickSentence(rng, member));
      const mentionsPeople = [...out.labels, ...out.traps].some((x) => x.kind === 'connection-name');
      const category = mentionsPeople ? rng.pick(['posts', 'comments']) : rng.pick(['posts', 'posts', 'comments', 'comments', 'messages']);
      texts.push({ id: `${member.id}-${String(i).padStart(4, '0')}`, member: member.id, lang: member.lang, category, ...out });
    }
  }
  return { version: 1, seed, members, texts };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.bench-cache', 'detect-corpus.json'));
  const corpus = makeDetectCorpus();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(corpus));
  const labels = {};
  const traps = {};
  for (const t of corpus.texts) {
    for (const l of t.labels) labels[l.kind] = (labels[l.kind] ?? 0) + 1;
    for (const l of t.traps) traps[l.kind] = (traps[l.kind] ?? 0) + 1;
  }
  console.log(`${corpus.texts.length} texts, ${corpus.members.length} members -> ${out}`);
  console.log('labels', labels);
  console.log('traps ', traps);
}
