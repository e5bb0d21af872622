import type { Item, Reason, Report } from './model.js';

// Reasons are shared between items (the classifier interns them): serialise each array once.
const reasonsJson = new WeakMap<Reason[], string>();

/**
 * One item as JSON, exactly as JSON.stringify(item) writes it, but with the shared reasons
 * serialised once (they are about 40 % of a large report).
 */
export function itemJson(item: Item): string {
  const { reasons, ...rest } = item;
  if (!reasons) return JSON.stringify(item);
  let json = reasonsJson.get(reasons);
  if (json === undefined) {
    json = JSON.stringify(reasons);
    reasonsJson.set(reasons, json);
  }
  const head = JSON.stringify(rest);
  // `reasons` is the last key of an item, so it goes right before the closing brace.
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"reasons":${json}}`;
}

const ITEMS_MARK = '\u0000items\u0000';
const BATCH_CHARS = 1 << 20;

/**
 * The report as JSON, in pieces: the envelope pretty-printed, the items one per line. Never
 * builds the whole document as one string (a heavy export's report runs to hundreds of MB).
 */
export function* reportJsonChunks(report: Report): Generator<string> {
  const envelope = JSON.stringify({ ...report, items: ITEMS_MARK }, null, 2);
  const mark = JSON.stringify(ITEMS_MARK);
  const at = envelope.indexOf(mark);
  yield envelope.slice(0, at);
  const { items } = report;
  if (items.length === 0) {
    yield '[]';
  } else {
    let batch = '[\n';
    for (let i = 0; i < items.length; i++) {
      batch += `    ${itemJson(items[i]!)}${i + 1 < items.length ? ',' : ''}\n`;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    yield batch + '  ]';
  }
  yield envelope.slice(at + mark.length) + '\n';
}

/** Writes the chunks to a stream, waiting whenever it asks to (backpressure). */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}
