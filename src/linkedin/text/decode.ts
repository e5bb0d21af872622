import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { readHead, replay } from './byte-streams.js';
import { defined } from '../../model/defined.js';
// Byte streams -> text. 2021+ exports are UTF-8 without BOM; 2018 has UTF-16LE files with a BOM;
// Excel-edited files may carry a UTF-8 BOM or be windows-1252.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export class InvalidUtf8Error extends Error {
  constructor() {
    super('not valid UTF-8');
  }
}

// windows-1252 differs from Latin-1 in 0x80–0x9F (€, curly quotes, dashes, Œ...), which a
// spreadsheet re-save is full of. Node's TextDecoder('windows-1252') decodes those bytes as
// Latin-1 control characters, so the table is applied here. Undefined bytes stay as they are.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80)) : latin1;
}

/** TextDecoder's interface for the encodings read here, with windows-1252 done right. */
function textDecoder(encoding: TextEncoding): { decode(chunk?: Uint8Array, options?: { stream: boolean }): string } {
  if (encoding === 'windows-1252') return { decode: (chunk) => (chunk ? decodeWindows1252(chunk) : '') };
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
}

export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Bytes looked at to tell text from binary data and to find UTF-16 without a byte-order mark. */
export const SNIFF_BYTES = 8192;

export type TextSniff = { binary: false; encoding: TextEncoding; bomLength: number } | { binary: true };

/**
 * What the first bytes of a file hold. A BOM decides; otherwise UTF-16 is recognised by its NUL
 * bytes (ASCII text in UTF-16LE has a NUL in every odd byte), and data with NULs or many other
 * control bytes is binary (a ZIP, an image or random bytes saved under a CSV name).
 */
export function sniffText(head: Uint8Array): TextSniff {
  const bom = sniffEncoding(head);
  if (bom.bomLength > 0) return { binary: false, ...bom };
  const sample = head.subarray(0, Math.min(head.length, SNIFF_BYTES));
  const n = sample.length;
  if (n === 0) return { binary: false, ...bom };
  let nulEven = 0;
  let nulOdd = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const byte = defined(sample[i]);
    if (byte === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  const pairs = Math.floor(n / 2);
  if (pairs >= 2) {
    if (nulOdd >= pairs * 0.2 && nulEven <= pairs * 0.02) return { binary: false, encoding: 'utf-16le', bomLength: 0 };
    if (nulEven >= pairs * 0.2 && nulOdd <= pairs * 0.02) return { binary: false, encoding: 'utf-16be', bomLength: 0 };
  }
  // Text never holds NUL. Escape sequences (ESC, BEL) occur in hostile text, which is still
  // text: other control bytes make binary data only with invalid UTF-8 around them.
  const nuls = nulEven + nulOdd;
  if (nuls / n > 0.001) return { binary: true };
  if ((nuls + controls) / n > 0.01 && invalidUtf8Share(sample) > 0.05) return { binary: true };
  return { binary: false, ...bom };
}

/** Share of the bytes that are not part of a valid UTF-8 sequence (a cut sequence at the end counts as valid). */
function invalidUtf8Share(bytes: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = defined(bytes[i]);
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    while (k < length && i + k < bytes.length && (defined(bytes[i + k]) & 0xc0) === 0x80) k++;
    if (k < length && i + k < bytes.length) invalid += k;
    i += k;
  }
  return invalid / bytes.length;
}

export interface DecodedText {
  /** Filled once the first bytes were seen. */
  encoding: TextEncoding | null;
  chunks: AsyncGenerator<string>;
}

/**
 * Decodes a byte stream chunk by chunk. UTF-8 is decoded strictly: invalid bytes throw
 * InvalidUtf8Error so the caller can start over with `forced = 'windows-1252'`.
 */
export function decodeStream(source: AsyncIterable<Buffer>, forced?: TextEncoding): DecodedText {
  const state: DecodedText = { encoding: null, chunks: null as unknown as AsyncGenerator<string> };
  state.chunks = (async function* () {
    const iterator = source[Symbol.asyncIterator]();
    // At least 3 bytes to recognise a BOM.
    const head = await readHead(iterator, 3);
    const first = Buffer.concat(head.chunks);
    const sniffed = sniffEncoding(first);
    const encoding = forced ?? sniffed.encoding;
    state.encoding = encoding;
    const decoder = textDecoder(encoding);
    // A forced encoding keeps the bytes as they are unless the BOM is that encoding's own.
    const text = decodeChunk(decoder, first.subarray(forced && forced !== sniffed.encoding ? 0 : sniffed.bomLength), true);
    if (text) yield text;
    for await (const chunk of replay([], head.done ? null : iterator)) {
      const more = decodeChunk(decoder, chunk, true);
      if (more) yield more;
    }
    const tail = decodeChunk(decoder, undefined, false);
    if (tail) yield tail;
  })();
  return state;
}

function decodeChunk(decoder: ReturnType<typeof textDecoder>, chunk: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw new InvalidUtf8Error();
  }
}

/** Reads a whole (small) entry as text, falling back to windows-1252 when it is not UTF-8. */
export async function readAllText(
  open: () => AsyncIterable<Buffer>,
): Promise<{ text: string; encoding: TextEncoding; fellBack: boolean }> {
  const run = async (forced?: TextEncoding) => {
    const decoded = decodeStream(open(), forced);
    let text = '';
    for await (const chunk of decoded.chunks) text += chunk;
    return { text, encoding: decoded.encoding ?? 'utf-8', fellBack: forced !== undefined };
  };
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return run('windows-1252');
    throw error;
  }
}

/** Bytes at the end of `chunk` that start a UTF-8 sequence the chunk does not finish. */
function incompleteUtf8Tail(chunk: Buffer): number {
  for (let k = 1; k <= Math.min(3, chunk.length); k++) {
    const byte = defined(chunk[chunk.length - k]);
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (byte < 0xc0) return 0; // ASCII
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed > k ? k : 0;
  }
  return 0;
}

export interface Utf8Bytes {
  /** Known once the first bytes were read. */
  encoding: TextEncoding | null;
  /** The data is not text (see sniffText): nothing is yielded. */
  binary: boolean;
  /** Set when UTF-8 input turned out not to be UTF-8 and was decoded as windows-1252 from there on. */
  fellBackTo: 'windows-1252' | null;
  chunks: AsyncGenerator<Buffer>;
}

/**
 * The entry as UTF-8 bytes for the CSV parsers. UTF-8 input passes through untouched (validated
 * chunk by chunk); UTF-16 is decoded and re-encoded. From the first chunk that is not valid
 * UTF-8 on, the bytes are read as windows-1252 (a spreadsheet re-save): the chunks before it held
 * valid UTF-8, which for such a file means plain ASCII, so the text is the same as decoding the
 * whole file as windows-1252, without reading it twice.
 */
export function utf8ByteStream(source: AsyncIterable<Buffer>): Utf8Bytes {
  const state: Utf8Bytes = { encoding: null, binary: false, fellBackTo: null, chunks: null as unknown as AsyncGenerator<Buffer> };
  state.chunks = (async function* () {
    const iterator = source[Symbol.asyncIterator]();
    const head = await readHead(iterator, SNIFF_BYTES);
    const sniffed = sniffText(Buffer.concat(head.chunks));
    if (sniffed.binary) {
      state.binary = true;
      await iterator.return?.();
      return;
    }
    state.encoding = sniffed.encoding;
    const rest = () => replay(head.chunks, head.done ? null : iterator);
    if (sniffed.encoding !== 'utf-8') {
      // Without a BOM, the encoding was recognised from the bytes: decode with it.
      const decoded = decodeStream(rest(), sniffed.bomLength === 0 ? sniffed.encoding : undefined);
      for await (const text of decoded.chunks) yield Buffer.from(text, 'utf8');
      return;
    }
    let carry: Buffer | null = null;
    let first = true;
    for await (const raw of rest()) {
      const chunk: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
      if (state.fellBackTo) {
        yield Buffer.from(decodeWindows1252(chunk), 'utf8');
        carry = null;
        continue;
      }
      const tail = incompleteUtf8Tail(chunk);
      const whole = tail ? chunk.subarray(0, chunk.length - tail) : chunk;
      if (isUtf8(whole)) {
        first = false;
        carry = tail ? Buffer.from(chunk.subarray(chunk.length - tail)) : null;
        if (whole.length) yield whole;
        continue;
      }
      state.fellBackTo = 'windows-1252';
      carry = null;
      // A UTF-8 BOM stays a BOM (for the parser to drop), not "ï»¿".
      const bom = first && sniffed.bomLength === 3 ? 3 : 0;
      if (bom) yield chunk.subarray(0, bom);
      yield Buffer.from(decodeWindows1252(chunk.subarray(bom)), 'utf8');
    }
    if (carry) {
      // The data ends inside a character.
      state.fellBackTo = 'windows-1252';
      yield Buffer.from(decodeWindows1252(carry), 'utf8');
    }
  })();
  return state;
}
