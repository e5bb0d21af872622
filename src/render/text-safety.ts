// Archive text is hostile. Every renderer passes it through here before it reaches HTML,
// Markdown or a letter: control and bidi-control characters become visible stand-ins (so
// nothing can reorder or hide what surrounds it), then each format escapes its own syntax.
import { defined } from '../model/defined.js';

// C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates and marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** Replaces control and bidi-control characters with visible stand-ins; lone surrogates with U+FFFD. */
export function neutralise(text: string): string {
  // Most text has no surrogate at all: the look-around pattern only runs when one is there.
  const wellFormed = ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
  return wellFormed.replace(/\r\n?/g, '\n').replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟ control pictures
    if (code === 0x7f) return '\u2421'; // ␡
    return '\ufffd';
  });
}

function flatten(text: string): string {
  return neutralise(text).replace(/\s+/g, ' ').trim();
}

/** One line: neutralised, whitespace collapsed, cut to `max` characters (code points) with an ellipsis. */
export function excerpt(text: string, max: number): string {
  return titledExcerpt(null, text, max);
}

/**
 * The excerpt of "title: text" (of the text alone when there is no title), without joining a
 * long text to its title first: only the start of a long text can be shown, so only a slice
 * that is surely long enough (whitespace collapses, so take more) is worked on, and the whole
 * text only when the slice was not.
 */
export function titledExcerpt(title: string | null, text: string, max: number): string {
  const room = max * 4 + 64;
  const whole = (): string => (title ? `${title}: ${text}` : text);
  const length = (title ? title.length + 2 : 0) + text.length;
  const head = length <= room ? whole() : title ? `${title}: ${text.slice(0, room)}`.slice(0, room) : text.slice(0, room);
  let flat = flatten(head);
  if (length > room && codePoints(flat, max + 1) <= max) flat = flatten(whole());
  if (flat.length <= max) return flat;
  // Cut by code points (as Array.from counts them: a surrogate pair is one).
  const cut = unitsOf(flat, max);
  return cut === flat.length ? flat : flat.slice(0, unitsOf(flat, Math.max(0, max - 1))).trimEnd() + '…';
}

/**
 * The start of "title: text" that titledExcerpt would work on, when it surely suffices: its
 * excerpt is then the excerpt of the whole. null when the whole text may be needed (a start that
 * is mostly blank). Cheap (no new string for a long text), for keeping a row's source and cutting
 * it later.
 */
export function excerptHead(title: string | null, text: string, max: number): string | null {
  const room = max * 4 + 64;
  const length = (title ? title.length + 2 : 0) + text.length;
  if (length <= room) return title ? `${title}: ${text}` : text;
  const head = title ? `${title}: ${text.slice(0, room)}`.slice(0, room) : text.slice(0, room);
  // Flattening keeps every unit that is not white space (neutralise maps none to white space),
  // and a code point is at most two units: enough of them leave more than `max` code points.
  let kept = 0;
  for (let i = 0; i < head.length; i++) if (!isSpace(head.charCodeAt(i))) kept++;
  return kept >= 2 * (max + 1) ? head : null;
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The number of code points of `text`, counted up to `limit`. */
function codePoints(text: string, limit: number): number {
  let points = 0;
  for (let i = 0; i < text.length && points < limit; points++) i += isPairStart(text, i) ? 2 : 1;
  return points;
}

/** The UTF-16 length of the first `points` code points of `text` (all of it when shorter). */
function unitsOf(text: string, points: number): number {
  let i = 0;
  for (let p = 0; p < points && i < text.length; p++) i += isPairStart(text, i) ? 2 : 1;
  return i;
}

function isPairStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute value. */
export function html(text: string): string {
  return neutralise(text).replace(/[&<>"']/g, (c) => defined(HTML_ESCAPES[c]));
}

/**
 * An archive URL that may become a link: https://www.linkedin.com/... only, without credentials
 * or port. Returns the normalised address, or null (the caller then shows nothing clickable).
 */
export function linkedInUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'www.linkedin.com' || url.username || url.password || url.port) return null;
  return url.href;
}

/** A policy address that may become a link: https and on the policy's allow-list. */
export function allowedUrl(raw: string | null | undefined, allowedHosts: readonly string[]): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  return allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)) ? url.href : null;
}

/** 12,345 (the one number format: render/number.ts) */
export { formatCount as count } from './number.js';
