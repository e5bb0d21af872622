// Columns are looked up by header name (case- and space-insensitive), never by position.
// Repeated header names (Ad_Targeting.csv) are kept as "Name", "Name#2", "Name#3".

export interface Row {
  line: number;
  /** The first non-empty value among the named columns, trimmed; "" when none. */
  get(...names: string[]): string;
  /** The header name of the column get() takes its value from; null when none has one. */
  columnOf(...names: string[]): string | null;
  /** Every non-empty (header, value) pair in file order. */
  entries(): Array<[string, string]>;
}

const normalised = new Map<string, string>();

/** Case-, space- and BOM-insensitive column name; memoised (rows look names up per record). */
export function normaliseHeaderName(name: string): string {
  let out = normalised.get(name);
  if (out === undefined) {
    out = name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (normalised.size < 10_000) normalised.set(name, out);
  }
  return out;
}

export interface Header {
  names: string[];
  index: Map<string, number>;
}

export function makeHeader(fields: string[]): Header {
  const names: string[] = [];
  const index = new Map<string, number>();
  const seen = new Map<string, number>();
  fields.forEach((raw, i) => {
    const clean = raw.replace(/^\uFEFF/, '').trim();
    const norm = normaliseHeaderName(clean);
    const count = (seen.get(norm) ?? 0) + 1;
    seen.set(norm, count);
    const name = count === 1 ? clean : `${clean}#${count}`;
    names.push(name);
    if (clean !== '') index.set(count === 1 ? norm : `${norm}#${count}`, i);
  });
  return { names, index };
}

export function makeRow(header: Header, fields: string[], line: number): Row {
  return {
    line,
    get(...columns: string[]) {
      for (const column of columns) {
        const i = header.index.get(normaliseHeaderName(column));
        if (i === undefined) continue;
        const value = (fields[i] ?? '').trim();
        if (value !== '') return value;
      }
      return '';
    },
    columnOf(...columns: string[]) {
      for (const column of columns) {
        const i = header.index.get(normaliseHeaderName(column));
        if (i !== undefined && (fields[i] ?? '').trim() !== '') return header.names[i] ?? column;
      }
      return null;
    },
    entries() {
      const out: Array<[string, string]> = [];
      fields.forEach((value, i) => {
        const name = header.names[i] ?? `Column ${i + 1}`;
        const v = value.trim();
        if (v !== '' && name !== '') out.push([name, v]);
      });
      return out;
    },
  };
}

export function hasColumns(header: Header, columns: string[]): boolean {
  return columns.every((c) => header.index.has(normaliseHeaderName(c)));
}
