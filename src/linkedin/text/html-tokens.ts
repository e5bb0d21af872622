// HTML as a stream of tags and text, in linear time and bounded memory whatever the markup.
// htmlparser2's Tokenizer does the tokenising; character references are decoded here (see
// html-entities.ts), because the Tokenizer's own decoding holds text back, unbounded, while a
// chunk ends inside a reference ("&#&#&#…"). Its Parser is not used: it keeps every open element on a stack and searches that stack, so
// 200,000 unclosed <div>s or stray end tags take seconds to minutes. The article reader needs no
// element tree, only the tags in document order.
import { Tokenizer } from 'htmlparser2';
import type { TokenizerCallbacks } from 'htmlparser2';
import { decodeHTMLAttribute } from 'entities';
import { TextReferenceDecoder } from './html-entities.js';
import { defined } from '../../model/defined.js';

export interface HtmlHandler {
  /** Tag names are lower-case; `attributes` holds only the names asked for (null: value too long to keep). */
  openTag(name: string, attributes: ReadonlyMap<string, string | null>): void;
  closeTag(name: string): void;
  /** Text with its character references decoded, in pieces of any size. */
  text(text: string): void;
}

/** Longer tag and attribute names are not HTML names; they match nothing. */
const MAX_NAME = 64;
/** Longer attribute values are reported as null instead of kept. */
export const MAX_ATTRIBUTE_VALUE = 8192;
/**
 * Source text kept behind the tokenizer so that a token's slices can be read when it ends. Text
 * and attribute values are handed over at every chunk end, and a token longer than this (a huge
 * comment or tag name) is never read back, so nothing is lost. The one exception is the content
 * of <title>, <textarea>, <script>… when every chunk ends inside something like "</tit": the
 * Tokenizer then holds it back, and what falls out of the window is counted in `lostChars`.
 */
const WINDOW = 1024 * 1024;
const NO_ATTRIBUTES: ReadonlyMap<string, string | null> = new Map();

export class HtmlTokenStream {
  private readonly tokenizer: Tokenizer;
  // The retained source: chunks[head..] with their offsets in the whole input.
  private chunks: string[] = [];
  private starts: number[] = [];
  private head = 0;
  private retained = 0;
  private readonly references = new TextReferenceDecoder();
  /** Everything before this offset was delivered; its chunks can go. */
  private consumed = 0;
  private tagName = '';
  private attributeName = '';
  private attributeValue: string | null = '';
  private attributes: Map<string, string | null> | null = null;
  /** Characters of text that could not be read back (see WINDOW). */
  lostChars = 0;

  constructor(
    private readonly handler: HtmlHandler,
    private readonly wantedAttributes: ReadonlySet<string>,
  ) {
    this.tokenizer = new Tokenizer({ decodeEntities: false }, this.callbacks());
  }

  write(chunk: string): void {
    if (chunk.length === 0) return;
    // The last chunk is always retained, so the next offset follows from it.
    this.starts.push((this.starts.at(-1) ?? 0) + (this.chunks.at(-1)?.length ?? 0));
    this.chunks.push(chunk);
    this.retained += chunk.length;
    this.tokenizer.write(chunk);
    this.prune();
  }

  end(): void {
    this.tokenizer.end();
  }

  private prune(): void {
    while (this.chunks.length - this.head > 1) {
      const first = defined(this.chunks[this.head]);
      const delivered = defined(this.starts[this.head]) + first.length <= this.consumed;
      if (!delivered && this.retained - first.length < WINDOW) break;
      this.retained -= first.length;
      this.chunks[this.head] = ''; // let it be collected now
      this.head++;
    }
    // Drop the pruned entries now and then (shifting one at a time would cost O(chunks) each).
    if (this.head >= 64 && this.head * 2 >= this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.starts = this.starts.slice(this.head);
      this.head = 0;
    }
  }

  private slice(start: number, end: number): string {
    const firstStart = defined(this.starts[this.head]);
    if (start < firstStart) {
      this.lostChars += Math.min(end, firstStart) - start;
      start = firstStart;
      if (start >= end) return '';
    }
    // Slices are near the end of the input: look for their first chunk from the back.
    let i = this.chunks.length - 1;
    while (i > this.head && defined(this.starts[i]) > start) i--;
    let out = '';
    for (; i < this.chunks.length; i++) {
      const offset = defined(this.starts[i]);
      if (offset >= end) break;
      const chunk = defined(this.chunks[i]);
      out += chunk.slice(Math.max(0, start - offset), Math.min(chunk.length, end - offset));
    }
    return out;
  }

  private name(start: number, end: number): string {
    this.consumed = Math.max(this.consumed, end);
    return end - start > MAX_NAME ? '' : this.slice(start, end).toLowerCase();
  }

  private done(end: number): void {
    this.consumed = Math.max(this.consumed, end);
  }

  private text(start: number, end: number): void {
    const text = this.references.write(this.slice(start, end));
    if (text) this.handler.text(text);
    this.done(end);
  }

  /** A text run ends at any markup: its last unfinished reference is text as it stands. */
  private endText(): void {
    const rest = this.references.end();
    if (rest) this.handler.text(rest);
  }

  private callbacks(): TokenizerCallbacks {
    const skipped = (_start: number, end: number) => {
      this.endText();
      this.done(end);
    };
    return {
      ontext: (start, end) => this.text(start, end),
      onopentagname: (start, end) => {
        this.endText();
        this.tagName = this.name(start, end);
        this.attributes = null;
      },
      onattribname: (start, end) => {
        this.attributeName = this.name(start, end);
        this.attributeValue = '';
      },
      onattribdata: (start, end) => {
        if (this.wantedAttributes.has(this.attributeName) && this.attributeValue !== null) this.addToValue(this.slice(start, end));
        this.done(end);
      },
      onattribend: (_quote, end) => {
        // The first of duplicate attributes wins, as in browsers.
        if (this.wantedAttributes.has(this.attributeName) && !this.attributes?.has(this.attributeName)) {
          const value = this.attributeValue === null ? null : decodeHTMLAttribute(this.attributeValue);
          (this.attributes ??= new Map()).set(this.attributeName, value);
        }
        this.done(end);
      },
      onopentagend: (end) => this.openTag(end),
      // HTML ignores the "/" of <br/>; <div/> opens a div.
      onselfclosingtag: (end) => this.openTag(end),
      onclosetag: (start, end) => {
        this.endText();
        const name = this.name(start, end);
        // Browsers read </br> as <br>.
        if (name === 'br') this.handler.openTag('br', NO_ATTRIBUTES);
        else this.handler.closeTag(name);
      },
      oncomment: skipped,
      oncdata: skipped,
      ondeclaration: skipped,
      onprocessinginstruction: skipped,
      onend: () => this.endText(),
      // Only called when the Tokenizer decodes references itself, which it is told not to.
      ontextentity: (codePoint, end) => {
        this.handler.text(String.fromCodePoint(codePoint));
        this.done(end);
      },
      onattribentity: (codePoint) => {
        if (this.wantedAttributes.has(this.attributeName) && this.attributeValue !== null) this.addToValue(String.fromCodePoint(codePoint));
      },
    };
  }

  private addToValue(piece: string): void {
    const value = (this.attributeValue ?? '') + piece;
    this.attributeValue = value.length > MAX_ATTRIBUTE_VALUE ? null : value;
  }

  private openTag(end: number): void {
    this.done(end);
    this.handler.openTag(this.tagName, this.attributes ?? NO_ATTRIBUTES);
    this.attributes = null;
  }
}
