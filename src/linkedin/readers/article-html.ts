// One LinkedIn article file (HTML) -> title, link, dates and text, read as a stream in one pass.
// The shapes of every export era are in docs/articles.md.
import { isoLike } from '../text/export-dates.js';
import { StringJoiner, TextCollector, tagText } from '../text/html-text.js';
import type { HtmlHandler } from '../text/html-tokens.js';
import { HtmlTokenStream, MAX_ATTRIBUTE_VALUE } from '../text/html-tokens.js';
import { defined } from '../../model/defined.js';

/** Text kept per article (UTF-16 code units, 1 Mi); a longer body is cut, with a warning. */
export const ARTICLE_TEXT_LIMIT = 1024 * 1024;
/** Title kept per article; longer ones are cut, with a warning. */
export const ARTICLE_TITLE_LIMIT = 4096;
/**
 * Markup characters read into the heading and the "Created on …" / "Published on …" lines. These
 * are short; an element that runs on past this (unclosed, say) is not one of them, and its text is
 * read as article text instead (nothing is lost).
 */
const CAPTURE_LIMIT: Record<Exclude<CaptureKind, 'title'>, number> = { heading: 4 * ARTICLE_TITLE_LIMIT, created: 1024, published: 1024 };
/** The only links kept as an article's url: its own page on LinkedIn. */
export const LINKEDIN_PREFIX = 'https://www.linkedin.com/';

export interface ParsedArticle {
  title: string;
  url: string | null;
  /** ISO dates; null when absent (drafts have no published date). */
  created: string | null;
  published: string | null;
  text: string;
  /** Warnings about the file: they name what was wrong, never quote the text. */
  problems: string[];
}

type CaptureKind = 'title' | 'heading' | 'created' | 'published';

interface Capture {
  kind: CaptureKind;
  /** The element it is inside. */
  tag: string;
  /** Open elements of the same name inside it. */
  depth: number;
  /** Its text so far, with the breaks its tags stand for (not normalised). */
  raw: StringJoiner;
}

// Start tags that close an open <p> in HTML; their end tags close it too. They also end the heading:
// in every export the heading is followed by the date paragraphs and the body <div>, so an unclosed
// <h1> must not swallow them.
const CLOSES_PARAGRAPH = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search',
  'section', 'table', 'ul',
]);
/** How the date lines start (2018: "Not published yet"; 2021+ drafts: "Published on ---"). */
const DATE_LINE = { created: /^created on\b/i, published: /^(published on\b|not published yet\.?$)/i } as const;
/** Their content is code, not text. */
const NOT_TEXT = new Set(['script', 'style']);

/**
 * Reads an article's HTML chunk by chunk (`write`, then `finish`). Memory stays bounded: at most
 * ARTICLE_TEXT_LIMIT characters of text are kept, however large the file.
 */
export class ArticleScanner implements HtmlHandler {
  private readonly tokens = new HtmlTokenStream(this, new Set(['class', 'href']));
  private readonly body = new TextCollector(ARTICLE_TEXT_LIMIT);
  /** What was captured, normalised; a kind is present once its element was found. */
  private readonly captured = new Map<CaptureKind, TextCollector>();
  private readonly title = new TextCollector(ARTICLE_TITLE_LIMIT);
  /** .created / .published elements that were not date lines (their text is article text). */
  private readonly notDateLines = new Set<CaptureKind>();
  private capture: Capture | null = null;
  /** Inside <script> or <style>. */
  private code: string | null = null;
  /** The heading's first link: undefined until one is seen; null when its href was too long. */
  private href: string | null | undefined;

  write(chunk: string): void {
    this.tokens.write(chunk);
  }

  openTag(name: string, attributes: ReadonlyMap<string, string | null>): void {
    if (this.capture && this.endedBy(this.capture, name)) this.endCapture();
    if (NOT_TEXT.has(name)) {
      this.code = name;
      return;
    }
    if (this.capture) {
      if (name === this.capture.tag) this.capture.depth++;
      if (this.capture.kind === 'heading' && name === 'a' && this.href === undefined && attributes.has('href')) this.href = attributes.get('href');
      this.addCaptured(this.capture, tagText(name, false));
      return;
    }
    const kind = this.captureFor(name, attributes);
    if (kind) {
      this.capture = { kind, tag: name, depth: 1, raw: new StringJoiner() };
      if (kind === 'title') this.captured.set(kind, this.title);
      return;
    }
    this.body.add(tagText(name, false));
  }

  closeTag(name: string): void {
    if (this.code) {
      if (name === this.code) this.code = null;
      return;
    }
    const capture = this.capture;
    if (capture) {
      if (!this.closes(capture, name)) {
        this.addCaptured(capture, tagText(name, true));
        return;
      }
      this.endCapture();
      // </div> closing a <p> inside it also ends a paragraph of the text.
      if (name === capture.tag) return;
    }
    this.body.add(tagText(name, true));
  }

  text(text: string): void {
    if (this.code) return;
    if (this.capture) this.addCaptured(this.capture, text);
    else this.body.add(text);
  }

  private addCaptured(capture: Capture, text: string): void {
    if (!text) return;
    if (capture.kind === 'title') {
      this.title.add(text);
      return;
    }
    capture.raw.add(text);
    if (capture.raw.length > CAPTURE_LIMIT[capture.kind]) this.release(capture);
  }

  private endCapture(): void {
    const capture = this.capture!;
    this.capture = null;
    if (capture.kind === 'title') return;
    const text = new TextCollector(capture.kind === 'heading' ? ARTICLE_TITLE_LIMIT : CAPTURE_LIMIT[capture.kind]);
    text.add(capture.raw.toString());
    if (capture.kind !== 'heading' && !DATE_LINE[capture.kind].test(text.text())) this.release(capture);
    else this.captured.set(capture.kind, text);
  }

  /** Not the heading or a date line after all: its text is article text, where it stands. */
  private release(capture: Capture): void {
    if (capture.kind !== 'heading') this.notDateLines.add(capture.kind);
    this.body.add(capture.raw.toString());
    this.capture = null;
  }

  finish(fallbackTitle: string): ParsedArticle {
    this.tokens.end();
    if (this.capture) this.endCapture();
    const problems: string[] = [];
    const titleText = this.captured.get('title');
    const heading = this.captured.get('heading');
    const titleSource = titleText?.hasText ? titleText : heading?.hasText ? heading : null;
    if (titleSource && titleSource.cut > 0) {
      problems.push(`article title is ${titleSource.length} characters long; only the first ${ARTICLE_TITLE_LIMIT} were kept`);
    }
    if (this.body.cut > 0) {
      problems.push(`article text is ${this.body.length} characters long; only the first ${ARTICLE_TEXT_LIMIT} were kept (${this.body.cut} characters cut)`);
    }
    if (this.tokens.lostChars > 0) {
      problems.push(`${this.tokens.lostChars} characters inside a <title>, <textarea> or similar element could not be read (its markup is split oddly)`);
    }
    return {
      title: titleSource?.text() ?? fallbackTitle,
      url: this.url(problems),
      created: createdDate(this.captured.get('created'), this.notDateLines.has('created'), problems),
      published: publishedDate(this.captured.get('published'), this.notDateLines.has('published'), problems),
      text: this.body.text(),
      problems,
    };
  }

  /** The first <title>, the heading (first <h1> before any body text), the first .created and .published. */
  private captureFor(name: string, attributes: ReadonlyMap<string, string | null>): CaptureKind | null {
    if (name === 'title') return this.captured.has('title') ? null : 'title';
    if (name === 'h1') return this.captured.has('heading') || this.body.hasText ? null : 'heading';
    // The first .created and .published elements that are date lines: the body may have others.
    const classes = attributes.get('class');
    if (!classes) return null;
    const list = classes.toLowerCase().split(/[\t\n\f\r ]+/);
    if (list.includes('created') && !this.captured.has('created')) return 'created';
    if (list.includes('published') && !this.captured.has('published')) return 'published';
    return null;
  }

  /** Whether a start tag implicitly ends the element being captured. */
  private endedBy(capture: Capture, name: string): boolean {
    if (capture.kind === 'title') return false;
    if (capture.kind === 'heading' || capture.tag === 'p') return CLOSES_PARAGRAPH.has(name);
    return false;
  }

  /** Whether an end tag ends the element being captured (the heading ends at any </hN>, as in browsers). */
  private closes(capture: Capture, name: string): boolean {
    if (name === 'body' || name === 'html') return true;
    if (capture.kind === 'heading' || capture.tag === 'p') return CLOSES_PARAGRAPH.has(name);
    if (name !== capture.tag) return false;
    capture.depth--;
    return capture.depth === 0;
  }

  private url(problems: string[]): string | null {
    if (this.href === undefined) return null;
    if (this.href === null) {
      problems.push(`article link is longer than ${MAX_ATTRIBUTE_VALUE} characters; not kept`);
      return null;
    }
    const url = linkedinUrl(this.href);
    if (url === null) problems.push(`article link is not a ${LINKEDIN_PREFIX} address; not kept`);
    return url;
  }
}

/** The href if it is a plain https://www.linkedin.com/ address, else null. */
export function linkedinUrl(href: string): string | null {
  const url = href.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (!url.startsWith(LINKEDIN_PREFIX)) return null;
  // Real links are percent-encoded; spaces, control and format (bidi) characters mean something else.
  if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(url)) return null;
  try {
    return new URL(url).hostname === 'www.linkedin.com' ? url : null;
  } catch {
    return null;
  }
}

// The date lines as captured (undefined: none); `other`: an element of that class was not one.

function createdDate(line: TextCollector | undefined, other: boolean, problems: string[]): string | null {
  if (!line) {
    problems.push(other ? 'article "Created on" line not recognised' : 'article has no "Created on" date');
    return null;
  }
  const iso = isoLike(line.text().replace(DATE_LINE.created, ''));
  if (!iso) problems.push('article "Created on" date not recognised');
  return iso;
}

/** "Published on <date>"; drafts say "Published on ---" (2021+) or "Not published yet" (2018), or have no such line. */
function publishedDate(line: TextCollector | undefined, other: boolean, problems: string[]): string | null {
  if (!line) {
    if (other) problems.push('article publication line not recognised; read as not published');
    return null;
  }
  const m = /^published on\b\s*(.*)$/is.exec(line.text());
  if (!m) return null; // "Not published yet"
  const date = defined(m[1]).trim();
  if (date === '' || /^-+$/.test(date)) return null;
  const iso = isoLike(date);
  if (!iso) problems.push('article "Published on" date not recognised; read as not published');
  return iso;
}
