// Text from an archive may carry terminal escape sequences (ESC]0;title BEL retitles the window,
// ESC[2J clears it), and invisible characters that reorder or hide what surrounds them on screen.
// Everything printed to a terminal, on stdout and stderr, goes through here; JSON keeps raw text.

// C0 controls except \t and \n, DEL, and C1 controls (U+0080-U+009F, 8-bit CSI/OSC among them);
// line and paragraph separators (U+2028/U+2029), which break lines like a newline does;
// directional overrides, embeddings, isolates and marks (U+202A-U+202E, U+2066-U+2069,
// U+200E/U+200F, U+061C) and zero-width characters (U+200B-U+200D, U+2060-U+2064, U+FEFF),
// which reorder or hide text. A zero-width joiner between two emoji is kept: it only joins them
// (👩‍💻) and stands for nothing else.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\u200d(?:(?<![\p{Extended_Pictographic}\u{fe0f}\u{1f3fb}-\u{1f3ff}]\u200d)|(?!\p{Extended_Pictographic}))/gu;

function standIn(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x1b) return '␛';
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟ control pictures
  if (code === 0x7f) return '␡';
  if (code === 0x2028 || code === 0x2029) return '\n';
  return '\ufffd';
}

/** Replaces control and invisible characters with visible stand-ins; newlines and tabs become spaces unless kept. */
export function sanitizeForTerminal(text: string, options: { keepNewlines?: boolean } = {}): string {
  let out = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  out = out.replace(UNSAFE, standIn);
  if (out.includes('\t')) out = out.replace(/\t/g, ' ');
  if (!options.keepNewlines && out.includes('\n')) out = out.replace(/\n+/g, ' ');
  return out;
}

/** Text for a terminal stream as a whole (messages, stack traces): lines kept, all else neutralised. */
export function sanitizeLines(text: string): string {
  return sanitizeForTerminal(text, { keepNewlines: true });
}

/** One line for tables and lists: sanitised, whitespace collapsed, cut to `width` characters. */
export function oneLine(text: string, width: number): string {
  const flat = sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}
