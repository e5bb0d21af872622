import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { readHead, replay } from './byte-streams.js';
// Byte streams -> text. 2021+ exports are UTF-8 without BOM; 2018 has UTF-16LE files with a BOM;
// Excel-edited files may carry a UTF-8 BOM or be windows-1252.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export class InvalidUtf8Error extends Error {
  constructor() {
    super('not valid UTF-8');
  }
}

export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  return { encoding: 'utf-8', bomLength: 0 };
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
    const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
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

function decodeChunk(decoder: TextDecoder, chunk: Uint8Array | undefined, stream: boolean): string {
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
    const byte = chunk[chunk.length - k]!;
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
  chunks: AsyncGenerator<Buffer>;
}

/**
 * The entry as UTF-8 bytes for the CSV parser. UTF-8 input passes through untouched (validated
 * chunk by chunk; invalid bytes throw InvalidUtf8Error so the caller can retry as windows-1252);
 * UTF-16 and forced encodings are decoded and re-encoded.
 */
export function utf8ByteStream(source: AsyncIterable<Buffer>, forced?: TextEncoding): Utf8Bytes {
  const state: Utf8Bytes = { encoding: null, chunks: null as unknown as AsyncGenerator<Buffer> };
  state.chunks = (async function* () {
    const iterator = source[Symbol.asyncIterator]();
    const head = await readHead(iterator, 4);
    const sniffed = sniffEncoding(Buffer.concat(head.chunks));
    const encoding = forced ?? sniffed.encoding;
    state.encoding = encoding;
    const rest = () => replay(head.chunks, head.done ? null : iterator);
    if (encoding !== 'utf-8') {
      const decoded = decodeStream(rest(), forced);
      for await (const text of decoded.chunks) yield Buffer.from(text, 'utf8');
      return;
    }
    let carry: Buffer | null = null;
    for await (const raw of rest()) {
      const chunk: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
      const tail = incompleteUtf8Tail(chunk);
      const whole = tail ? chunk.subarray(0, chunk.length - tail) : chunk;
      carry = tail ? Buffer.from(chunk.subarray(chunk.length - tail)) : null;
      if (!isUtf8(whole)) throw new InvalidUtf8Error();
      if (whole.length) yield whole;
    }
    if (carry) throw new InvalidUtf8Error(); // the data ends inside a character
  })();
  return state;
}
