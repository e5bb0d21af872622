// Files saved as "CSV (Macintosh)" by Excel for Mac end their lines with a lone CR. The CSV
// readers split records at LF, so such a file is read with each lone CR turned into a LF (same
// length: byte offsets and line numbers stay those of the file). CRLF is left alone.

const LF = 0x0a;
const CR = 0x0d;

/** Whether the file's first line break is a lone CR (the header line ends with one). */
export function endsLinesWithCr(head: Uint8Array): boolean {
  for (let i = 0; i < head.length; i++) {
    if (head[i] === LF) return false;
    if (head[i] === CR) return i + 1 < head.length && head[i + 1] !== LF;
  }
  return false;
}

/** `bytes` with each CR that is not followed by LF turned into a LF (`final`: nothing follows). */
export function lonelyCrToLf(bytes: Buffer, final: boolean): Buffer {
  let out: Buffer | null = null;
  for (let at = bytes.indexOf(CR); at >= 0; at = bytes.indexOf(CR, at + 1)) {
    const last = at + 1 >= bytes.length;
    if (last ? !final : bytes[at + 1] === LF) continue;
    out ??= Buffer.from(bytes);
    out[at] = LF;
  }
  return out ?? bytes;
}

/** The stream with lone CRs turned into LFs; a CR that ends a chunk waits for the next byte. */
export async function* crLinesToLf(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  for await (const chunk of source) {
    const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = null;
    if (data.length === 0) continue;
    const whole = data[data.length - 1] === CR ? data.subarray(0, data.length - 1) : data;
    if (whole !== data) carry = data.subarray(data.length - 1);
    // A CR inside `whole` is followed by a byte of `data`, so its neighbour is known.
    const converted = lonelyCrToLf(data, false).subarray(0, whole.length);
    if (converted.length) yield converted;
  }
  if (carry) yield lonelyCrToLf(carry, true);
}
