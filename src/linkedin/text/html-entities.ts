// Character references (&amp; &rsquo; &#8217; ...) in a run of HTML text that arrives in pieces,
// decoded with `entities`, the decoder htmlparser2 itself uses (every HTML5 name, legacy forms
// without ";", numeric ones mapped as browsers map them).
import { decodeHTML } from 'entities';

/**
 * A piece's tail from its last "&" is held back for the next piece when it could still grow into a
 * reference. The longest named reference has 33 characters; a numeric one padded with more zeros
 * than this, cut by a chunk end, stays as written.
 */
const MAX_REFERENCE = 64;
const UNFINISHED = /^&[#0-9A-Za-z]*$/;

export class TextReferenceDecoder {
  private held = '';

  /** Decoded text of the run so far, less an unfinished reference at its end. */
  write(piece: string): string {
    let text = this.held + piece;
    this.held = '';
    const amp = text.lastIndexOf('&');
    if (amp >= 0 && text.length - amp <= MAX_REFERENCE && UNFINISHED.test(text.slice(amp))) {
      this.held = text.slice(amp);
      text = text.slice(0, amp);
    }
    return text.includes('&') ? decodeHTML(text) : text;
  }

  /** The run ended (a tag or comment follows): the rest of it. */
  end(): string {
    const text = this.held;
    this.held = '';
    return text ? decodeHTML(text) : '';
  }
}
