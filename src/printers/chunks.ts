// Output in chunks, never one string: V8 strings end at 2^29 characters, and a stream takes
// one chunk at a time (../io/output.ts waits for a slow reader between chunks).

/** Renders items a `size` at a time: `chunked(rows, 1000, (row) => line)` yields strings of 1000 lines. */
export function* chunked<T>(items: Iterable<T>, size: number, render: (item: T) => string): Generator<string> {
  let out = '';
  let n = 0;
  for (const item of items) {
    out += render(item);
    if (++n >= size) {
      yield out;
      out = '';
      n = 0;
    }
  }
  if (out) yield out;
}

/** Items in arrays of `size`. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
