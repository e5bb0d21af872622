import type { ReportHead } from './build-report.js';
import type { Item, Reason, Report } from './model.js';

const quote = JSON.stringify as (value: string) => string;

/**
 * An item's JSON up to its reasons (without the closing brace), keys in JSON.stringify order.
 * Category, exposure and dates (ISO 8601, made by the date parsers) never need escaping.
 */
function itemFieldsJson(item: Item): string {
  const { source, date, title, url } = item;
  let json =
    `{"id":${quote(item.id)},"category":"${item.category}","date":${date === null ? 'null' : `"${date}"`},` +
    `"title":${title === null ? 'null' : quote(title)},"text":${quote(item.text)},"url":${url === null ? 'null' : quote(url)},` +
    `"source":{"file":${quote(source.file)},"line":${source.line},"archive":${source.archive}}`;
  if (item.details) json += `,"details":${JSON.stringify(item.details)}`;
  if (item.exposure !== undefined) json += `,"exposure":"${item.exposure}"`;
  return json;
}

// Reasons are shared between items (the classifier interns them) and are about 40 % of a large
// report: each array is serialised (and encoded) once.
const reasonsJson = new WeakMap<Reason[], string>();

function reasonsTail(reasons: Reason[]): string {
  let json = reasonsJson.get(reasons);
  if (json === undefined) reasonsJson.set(reasons, (json = `,"reasons":${JSON.stringify(reasons)}}`));
  return json;
}

/** One item as JSON, exactly as JSON.stringify(item) writes it. */
export function itemJson(item: Item): string {
  return itemFieldsJson(item) + (item.reasons ? reasonsTail(item.reasons) : '}');
}

/** Pieces of about this many characters are encoded and handed to the output. */
const PIECE_CHARS = 1 << 20;

/**
 * The report as JSON, formatted in order as it becomes known so that items can be streamed: the
 * head (what the report is about), the items one per line, then the files, summary and warnings.
 * The envelope is pretty-printed. Output goes out as UTF-8 pieces of about 1 MiB, never as one
 * big string (joining items into a piece, then encoding it at once, is the fastest way found).
 */
export class ReportJsonWriter {
  private started = false;
  private items = 0;
  private pending = '';
  private full: Buffer[] = [];
  private scratch = Buffer.alloc(0);

  /** The document's opening, up to the items array (once). */
  head(head: ReportHead): void {
    if (this.started) return;
    this.started = true;
    const { schemaVersion, tool, generatedAt, archives, context } = head;
    const json = JSON.stringify({ schemaVersion, tool, generatedAt, archives, context }, null, 2);
    this.pending += `${json.slice(0, -2)},\n  "items": [`;
  }

  item(item: Item): void {
    this.pending += `${this.items++ ? ',' : ''}\n    ${itemJson(item)}`;
    if (this.pending.length >= PIECE_CHARS) this.cut();
  }

  /** Closes the items array and writes the rest of the report. */
  tail(report: Pick<Report, 'files' | 'summary' | 'warnings'>): void {
    const { files, summary, warnings } = report;
    const rest = JSON.stringify({ files, summary, warnings }, null, 2);
    this.pending += `${this.items ? '\n  ' : ''}],${rest.slice(1)}\n`;
    this.cut();
  }

  /** The pieces completed so far (after tail(), all of them). */
  take(): Buffer[] {
    const pieces = this.full;
    this.full = [];
    return pieces;
  }

  private cut(): void {
    if (!this.pending) return;
    // Encoded into a reused buffer (a UTF-16 code unit takes at most 3 bytes in UTF-8), then
    // copied out at its exact size: the output may hold the piece for a while.
    const room = this.pending.length * 3;
    if (this.scratch.length < room) this.scratch = Buffer.allocUnsafe(room);
    const length = this.scratch.write(this.pending);
    this.full.push(Buffer.from(this.scratch.subarray(0, length)));
    this.pending = '';
  }
}

/** Writes one chunk; when the stream's buffer is full, waits until it drains (or fails). */
export async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}
