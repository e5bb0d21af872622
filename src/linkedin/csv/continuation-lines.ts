// Unquoted multi-line text. Comments.csv of 2023–2024 writes a comment's line breaks without
// quoting the comment, so each further line arrives as a record of its own. In a file whose
// records start with a date, a line that does not start with a date in the file's format and
// has fewer fields than the header continues the record before it: the line break was inside
// that record's last field. Blank lines between a record and such a line belong to it; blank
// lines before the next record or the end of the file stay blank records.

import type { CsvRecord } from './records.js';
import { startsRecord, type LineStructure } from './split.js';

export class ContinuationJoiner {
  private pending: CsvRecord | null = null;
  private blanks: CsvRecord[] = [];

  constructor(
    private readonly structure: LineStructure,
    private readonly headerFields: number,
    private readonly emit: (record: CsvRecord) => void,
  ) {}

  push(record: CsvRecord): void {
    if (this.pending && record.issue?.kind !== 'skipped') {
      if (record.fields.length === 1 && record.fields[0]?.trim() === '') {
        this.blanks.push(record);
        return;
      }
      if (record.fields.length < this.headerFields && !startsRecord(this.structure, record.fields)) {
        this.join(record);
        return;
      }
    }
    this.flush();
    this.pending = record;
  }

  /** The data ended. */
  finish(): void {
    this.flush();
  }

  private join(record: CsvRecord): void {
    const pending = this.pending!;
    const blanks = this.blanks;
    this.blanks = [];
    if (pending.issue?.kind === 'skipped') return; // the rest of a record that could not be read
    const fields = pending.fields;
    const last = fields.length - 1;
    fields[last] = [fields[last], ...blanks.map((b) => b.fields[0]), record.fields[0]].join('\n');
    fields.push(...record.fields.slice(1));
    if (record.issue?.kind === 'stray-quote' && !pending.issue) pending.issue = { kind: 'stray-quote', field: last + record.issue.field };
  }

  private flush(): void {
    if (this.pending) this.emit(this.pending);
    for (const blank of this.blanks) this.emit(blank);
    this.pending = null;
    this.blanks = [];
  }
}
