// Article bodies are one long line of HTML; members want to read them as text. The HTML events
// come from html-tokens.ts; this file turns them into plain text with paragraph breaks, streaming,
// so a 600 MB article never becomes one string.

/** Closing one of these ends a paragraph (a blank line in the text). */
const BLOCK_ENDS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr']);

/** The text an HTML tag stands for: breaks and list bullets. */
export function tagText(name: string, closing: boolean): string {
  if (closing) return BLOCK_ENDS.has(name) ? '\n\n' : '';
  if (name === 'br') return '\n';
  if (name === 'li') return '• ';
  if (name === 'hr') return '\n\n';
  return '';
}

const SPACE = 1;
const NEWLINE = 2;
const OTHER_WHITESPACE = 3;

function kind(code: number): number {
  if (code > 0x20 && code < 0xa0) return 0; // most characters: visible
  if (code === 0x20 || code === 0x09 || code === 0xa0) return SPACE;
  if (code === 0x0a) return NEWLINE;
  // The rest of what String.prototype.trim() removes: kept inside the text, dropped at its ends.
  if (code === 0x0b || code === 0x0c || code === 0x0d || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return OTHER_WHITESPACE;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return OTHER_WHITESPACE;
  return 0;
}

/**
 * Appends strings without keeping alive the larger strings they were sliced from: V8 keeps a
 * slice as a view of its source (a whole 64 KiB chunk), so a text made of short slices of many
 * chunks would hold all of them. Joining copies; it is done every few pieces.
 */
export class StringJoiner {
  private readonly parts: string[] = [];
  private block: string[] = [];
  length = 0;

  add(text: string): void {
    if (!text) return;
    this.block.push(text);
    this.length += text.length;
    if (this.block.length >= 64) {
      this.parts.push(this.block.join(''));
      this.block = [];
    }
  }

  toString(): string {
    if (this.block.length > 0) {
      this.parts.push(this.block.join(''));
      this.block = [];
    }
    if (this.parts.length > 1) this.parts.splice(0, this.parts.length, this.parts.join(''));
    return this.parts[0] ?? '';
  }
}

/**
 * Collects text with the whitespace rules members read best: runs of spaces, tabs and no-break
 * spaces become one space, spaces next to a line break go, at most one blank line in a row, and
 * no whitespace at either end. At most `limit` characters (UTF-16 code units) are kept; the rest
 * is only counted, so `length` is what the whole text would have been.
 */
export class TextCollector {
  private readonly kept = new StringJoiner();
  private full = false;
  private total = 0;
  // Whitespace seen since the last visible character, already collapsed; it only counts once a
  // visible character follows (trailing whitespace is trimmed). Stored only while it could be kept.
  private pending = '';
  private pendingLength = 0;
  private pendingLast = 0;
  private pendingNewlines = 0;

  constructor(readonly limit: number) {}

  /** Characters of the whole text, kept or not. */
  get length(): number {
    return this.total;
  }

  /** Characters not kept because of the limit. */
  get cut(): number {
    return this.total - this.kept.length;
  }

  /** True once a visible character was added. */
  get hasText(): boolean {
    return this.total > 0;
  }

  /** The kept text. */
  text(): string {
    return this.kept.toString();
  }

  add(text: string): void {
    if (this.full) {
      this.count(text);
      return;
    }
    let runStart = -1; // start of a run of visible characters
    for (let i = 0; i < text.length; i++) {
      const k = kind(text.charCodeAt(i));
      if (k === 0) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) {
        this.visible(text, runStart, i);
        runStart = -1;
      }
      if (this.total > 0) this.whitespace(k, text.charCodeAt(i)); // leading whitespace is trimmed
    }
    if (runStart >= 0) this.visible(text, runStart, text.length);
  }

  /** add() once the limit is reached: the same rules, only counted. */
  private count(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const k = kind(code);
      if (k !== 0) {
        this.whitespace(k, code);
        continue;
      }
      this.total += this.pendingLength + 1;
      if (this.pendingLength > 0) {
        this.pendingLength = 0;
        this.pendingLast = 0;
        this.pendingNewlines = 0;
      }
    }
  }

  private whitespace(k: number, code: number): void {
    if (k === SPACE) {
      if (this.pendingLast === 0x20 || this.pendingLast === 0x0a) return;
      this.pushPending(0x20);
    } else if (k === NEWLINE) {
      if (this.pendingLast === 0x20) {
        // "a \n" -> "a\n": the space before the break becomes the break.
        if (this.pending.length === this.pendingLength) this.pending = this.pending.slice(0, -1) + '\n';
        this.pendingLast = 0x0a;
        this.pendingNewlines = 1;
        return;
      }
      if (this.pendingNewlines >= 2) return;
      this.pushPending(0x0a);
      this.pendingNewlines++;
      return;
    } else {
      this.pushPending(code);
    }
    this.pendingNewlines = 0;
  }

  private pushPending(code: number): void {
    if (!this.full && this.kept.length + this.pending.length < this.limit) this.pending += String.fromCharCode(code);
    this.pendingLength++;
    this.pendingLast = code;
  }

  private visible(text: string, start: number, end: number): void {
    if (this.pendingLength > 0) {
      this.keep(this.pending, 0, this.pending.length, this.pendingLength);
      this.pending = '';
      this.pendingLength = 0;
      this.pendingLast = 0;
      this.pendingNewlines = 0;
    }
    this.keep(text, start, end, end - start);
  }

  /** Keeps text[start, end) (which stands for `length` characters) as far as the limit allows. */
  private keep(text: string, start: number, end: number, length: number): void {
    this.total += length;
    if (this.full) return;
    const room = this.limit - this.kept.length;
    if (length <= room) {
      this.kept.add(text.slice(start, end));
      return;
    }
    let stop = start + Math.min(room, end - start);
    // Never keep half of a surrogate pair.
    const last = text.charCodeAt(stop - 1);
    if (stop > start && last >= 0xd800 && last <= 0xdbff) stop--;
    this.kept.add(text.slice(start, stop));
    this.full = true;
  }
}
