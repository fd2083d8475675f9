import { Readable } from 'node:stream';
import { rowBatches } from './row-batches.js';

describe('row batches', () => {
  it('cuts a stream into batches, prepares each as it fills, and ends with the short rest', async () => {
    const prepared: number[][] = [];
    const batches = rowBatches<number, number>(Readable.from([1, 2, 3, 4, 5, 6, 7]), 3, (rows) => {
      prepared.push([...rows]);
      return Promise.resolve(rows.length);
    });
    const seen: [number[], number][] = [];
    for (let batch = await batches.next(); batch; batch = await batches.next())
      seen.push([batch.rows, await batch.extra]);
    expect(seen).toEqual([
      [[1, 2, 3], 3],
      [[4, 5, 6], 3],
      [[7], 1],
    ]);
    expect(prepared).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('pauses the stream while a full batch waits, and resumes when it is taken', async () => {
    const stream = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
    const batches = rowBatches<number, void>(stream, 2, () => Promise.resolve());
    for (let i = 1; i <= 5; i++) stream.push(i);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.isPaused()).toBe(true);
    expect((await batches.next())?.rows).toEqual([1, 2]);
    expect(stream.isPaused()).toBe(false);
    stream.push(null);
    expect((await batches.next())?.rows).toEqual([3, 4]);
    expect((await batches.next())?.rows).toEqual([5]);
    expect(await batches.next()).toBeNull();
  });

  it('reports a stream error to the reader', async () => {
    const stream = new Readable({ objectMode: true, read() {} });
    const batches = rowBatches<number, void>(stream, 10, () => Promise.resolve());
    stream.destroy(new Error('connection lost'));
    await expect(batches.next()).rejects.toThrow('connection lost');
  });
});
