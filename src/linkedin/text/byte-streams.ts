// Small stream plumbing shared by the readers.

/** Yields the chunks already read, then the rest of the iterator (null: nothing more). */
export async function* replay<T>(chunks: T[], rest: AsyncIterator<T> | null): AsyncGenerator<T> {
  yield* chunks;
  if (!rest) return;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Reads at least `bytes` bytes (fewer at the end of the data) from an iterator. */
export async function readHead(iterator: AsyncIterator<Buffer>, bytes: number): Promise<{ chunks: Buffer[]; length: number; done: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) return { chunks, length, done: true };
    chunks.push(next.value);
    length += next.value.length;
  }
  return { chunks, length, done: false };
}
