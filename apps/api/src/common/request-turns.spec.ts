import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'express';
import { oneRequestPerTurn } from './request-turns.js';

/** Resolves after the immediates queued before it; one queued while immediates run waits for the next turn (Node's setImmediate). */
const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('oneRequestPerTurn', () => {
  it('starts the requests that arrived together one per turn of the event loop, in their order of arrival', async () => {
    const admit = oneRequestPerTurn();
    const started: string[] = [];
    for (const name of ['a', 'b', 'c']) admit({} as Request, {} as Response, () => started.push(name));
    expect(started).toEqual([]);

    // Each wait below is queued behind the middleware's own immediate of the same turn, so it sees what that turn started.
    await immediate();
    expect(started).toEqual(['a']);
    await immediate();
    expect(started).toEqual(['a', 'b']);
    await immediate();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('queues a request that arrives while others wait behind them, and starts one that arrives alone on the next turn', async () => {
    const admit = oneRequestPerTurn();
    const started: string[] = [];
    admit({} as Request, {} as Response, () => started.push('first'));
    admit({} as Request, {} as Response, () => started.push('second'));
    await immediate();
    admit({} as Request, {} as Response, () => started.push('late'));
    await immediate();
    expect(started).toEqual(['first', 'second']);
    await immediate();
    expect(started).toEqual(['first', 'second', 'late']);

    // The queue ran empty: the next request is not left waiting for a turn nobody scheduled.
    admit({} as Request, {} as Response, () => started.push('alone'));
    await immediate();
    expect(started).toEqual(['first', 'second', 'late', 'alone']);
  });

  it('starts each request in its own async context, not in that of the request whose turn scheduled it', async () => {
    const admit = oneRequestPerTurn();
    const context = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    for (const name of ['a', 'b'])
      context.run(name, () => admit({} as Request, {} as Response, () => seen.push(context.getStore())));
    await immediate();
    await immediate();
    expect(seen).toEqual(['a', 'b']);
  });
});
