import type { Readable } from 'node:stream';

/** A batch of rows and what `prepare` started for it (e.g. its lookups), ready to be written. */
export type RowBatch<Row, Extra> = { rows: Row[]; extra: Promise<Extra> };

export type RowBatches<Row, Extra> = {
  /** The next full batch (the last one may be short), or null at the end of the stream. */
  next(): Promise<RowBatch<Row, Extra> | null>;
};

/**
 * Cuts an object stream into batches of `size` rows. `prepare` runs as soon as a batch is full, so
 * its lookups overlap with writing the batch before. At most `ahead` full batches wait besides the
 * one being written; then the stream is paused (mysql2 then stops reading the socket, and the
 * database waits), so memory stays bounded by about (ahead + 2) × size rows whatever the client's speed.
 */
export function rowBatches<Row, Extra>(
  stream: Readable,
  size: number,
  prepare: (rows: Row[]) => Promise<Extra>,
  ahead = 1,
): RowBatches<Row, Extra> {
  const ready: RowBatch<Row, Extra>[] = [];
  let current: Row[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const push = (rows: Row[]) => {
    const extra = prepare(rows);
    extra.catch(() => undefined); // awaited by `next`; a batch never read must not raise an unhandled rejection
    ready.push({ rows, extra });
  };
  stream.on('data', (row: Row) => {
    current.push(row);
    if (current.length < size) return;
    push(current);
    current = [];
    if (ready.length >= ahead) stream.pause();
    signal();
  });
  stream.once('end', () => {
    if (ended) return;
    ended = true;
    if (current.length) push(current);
    current = [];
    signal();
  });
  stream.once('error', (error: Error) => {
    failure = error;
    signal();
  });
  return {
    async next() {
      for (;;) {
        if (failure) throw failure;
        const batch = ready.shift();
        if (batch) {
          if (!ended && ready.length < ahead) stream.resume();
          return batch;
        }
        if (ended) return null;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
