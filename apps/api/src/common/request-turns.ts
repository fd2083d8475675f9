import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * Starts at most one request per turn of the event loop, in their order of arrival.
 *
 * libuv accepts one new connection per turn of the loop (since its pull request #3696; Node 24 has libuv 1.52)
 * and leaves the next ones in the kernel's queue. On SQLite every statement runs synchronously on the loop, so a turn
 * that finds 100 connections each with a request ready ran all 100 back to back (0.3–1 s under the mixed
 * bench), and a connection opened meanwhile waited one such turn for each connection queued before it: the
 * bench's 100 connections, opened at once, got their first answer after up to 25–60 s although each request
 * then took milliseconds (docs/benchmarks.md, issue 18, session 7). Started one per turn, a turn lasts one
 * request, so the loop accepts a connection (a health check's, a browser's) between any two requests.
 */
export function oneRequestPerTurn() {
  const waiting: NextFunction[] = [];
  let scheduled = false;
  const startNext = () => {
    const next = waiting.shift()!;
    // Set from inside an immediate, this one runs on the next turn, after the loop has polled its sockets.
    if (waiting.length) setImmediate(startNext);
    else scheduled = false;
    next();
  };
  return (_req: Request, _res: Response, next: NextFunction): void => {
    // Bound to its own request's async context: the immediate that starts it was set by another request.
    waiting.push(AsyncResource.bind(next));
    if (scheduled) return;
    scheduled = true;
    setImmediate(startNext);
  };
}
