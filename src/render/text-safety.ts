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
  // Only the start of a long text can be shown: work on a slice that is surely long enough
  // (whitespace collapses, so take more), and on the whole text only when the slice was not.
  const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  let flat = flatten(head);
  if (head !== text && Array.from(flat).length <= max) flat = flatten(text);
  if (flat.length <= max) return flat;
  const chars = Array.from(flat);
  return chars.length <= max ? flat : chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
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
