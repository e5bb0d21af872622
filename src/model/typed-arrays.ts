// Typed-array columns that grow as entries are added (the compact stores of list, report and browse).

export type Column = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

/** The column with room for entry `index`: the same column, or a copy half as long again (at least 1,024). */
export function withRoom<T extends Column>(column: T, index: number): T {
  if (index < column.length) return column;
  const next = new (column.constructor as new (n: number) => T)(Math.max(1024, index + 1, Math.ceil(column.length * 1.5)));
  next.set(column);
  return next;
}
