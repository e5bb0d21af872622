import type { Item, Reason, Report, ReportHead } from '../model/report.js';
import type { Action } from './actions.js';

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
const reasonsBytes = new WeakMap<Reason[], Buffer>();

function reasonsTail(reasons: Reason[]): string {
  let json = reasonsJson.get(reasons);
  if (json === undefined) reasonsJson.set(reasons, (json = `,"reasons":${JSON.stringify(reasons)}`));
  return json;
}

/** Output goes out in pieces of about this many bytes. */
const PIECE_BYTES = 1 << 20;

/**
 * The report as JSON, formatted in order as it becomes known so that items can be streamed: the
 * head (what the report is about), the items one per line, then the files, summary and warnings.
 * The envelope is pretty-printed. Each item is encoded straight into a 1 MiB piece of UTF-8 and
 * its reasons, shared with many others, are copied in as bytes; the document is never one string.
 */
export class ReportJsonWriter {
  private started = false;
  private items = 0;
  private piece = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;
  private full: Buffer[] = [];

  /** The document's opening, up to the items array (once). */
  head(head: ReportHead): void {
    if (this.started) return;
    this.started = true;
    const { schemaVersion, tool, generatedAt, archives, context, sources } = head;
    const json = JSON.stringify({ schemaVersion, tool, generatedAt, archives, context, sources }, null, 2);
    this.text(`${json.slice(0, -2)},\n  "items": [`);
  }

  item(item: Item): void {
    this.text(`${this.items++ ? ',' : ''}\n    ${itemFieldsJson(item)}`);
    const { reasons, findings } = item;
    if (reasons) {
      let bytes = reasonsBytes.get(reasons);
      if (bytes === undefined) reasonsBytes.set(reasons, (bytes = Buffer.from(reasonsTail(reasons))));
      this.bytes(bytes);
    }
    if (findings === undefined) this.text('}');
    else this.text(findings.length === 0 ? ',"findings":[]}' : `,"findings":${JSON.stringify(findings)}}`);
  }

  /** Closes the items array and writes the rest of the report, then the member's actions (render/actions.ts). */
  tail(report: Pick<Report, 'files' | 'summary' | 'warnings'>, actions?: Action[]): void {
    const { files, summary, warnings } = report;
    const rest = JSON.stringify(actions ? { files, summary, warnings, actions } : { files, summary, warnings }, null, 2);
    this.text(`${this.items ? '\n  ' : ''}],${rest.slice(1)}\n`);
    this.cut(0);
  }

  /** The pieces completed so far (after tail(), all of them). */
  take(): Buffer[] {
    const pieces = this.full;
    this.full = [];
    return pieces;
  }

  private text(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.piece.length) this.cut(text.length * 3);
    this.used += this.piece.write(text, this.used);
  }

  private bytes(bytes: Buffer): void {
    if (this.used + bytes.length > this.piece.length) this.cut(bytes.length);
    this.used += bytes.copy(this.piece, this.used);
  }

  /** Completes the current piece and starts one with at least `room` bytes. */
  private cut(room: number): void {
    if (this.used > 0) this.full.push(this.piece.subarray(0, this.used));
    this.piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, room));
    this.used = 0;
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
