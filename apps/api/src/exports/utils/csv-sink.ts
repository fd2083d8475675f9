import type { Response } from 'express';

/** Where an export writes: respects backpressure and tells the writer when the client has gone. */
export type CsvSink = {
  /** Resolves once the chunk is buffered below the high-water mark, or the client left. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** True once the client disconnected before the end: stop reading from the database. */
  readonly closed: boolean;
  end(): void;
};

export function responseSink(res: Response): CsvSink {
  let closed = false;
  res.on('close', () => {
    if (!res.writableFinished) closed = true;
  });
  return {
    get closed() {
      return closed || res.destroyed;
    },
    write(chunk) {
      if (closed || res.destroyed) return Promise.resolve();
      if (res.write(chunk)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    },
    end() {
      if (!closed && !res.destroyed) res.end();
    },
  };
}
