// Text from an archive may carry terminal escape sequences (ESC]0;title BEL retitles the window,
// ESC[2J clears it). Everything printed to a terminal goes through here; JSON keeps raw text.

// C0 controls except \t and \n, DEL, and C1 controls (U+0080-U+009F, 8-bit CSI/OSC among them).
// Bidi overrides are included so archive text cannot reorder what surrounds it on screen.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control characters with visible stand-ins; newlines and tabs become spaces unless kept. */
export function sanitizeForTerminal(text: string, options: { keepNewlines?: boolean } = {}): string {
  let out = text.replace(/\r\n?/g, '\n').replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x1b) return '␛';
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀..␟ control pictures
    if (code === 0x7f) return '␡';
    return '\ufffd';
  });
  out = out.replace(/\t/g, ' ');
  if (!options.keepNewlines) out = out.replace(/\n+/g, ' ');
  return out;
}

/** One line for tables and lists: sanitised, whitespace collapsed, cut to `width` characters. */
export function oneLine(text: string, width: number): string {
  const flat = sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}
