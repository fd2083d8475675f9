import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * Requests that do not take a turn: long by nature (a CSV stream, an upload's body), waiting on another site (a page
 * fetched by URL, a feed polled now: up to CLAIMLINE_FETCH_TIMEOUT_MS), or a probe that must answer.
 */
const UNLIMITED = [
  /^\/api\/exports(\/|\?|$)/,
  /^\/api\/health(\/|\?|$)/,
  /^\/api\/articles\/fetch(\?|$)/,
  /^\/api\/feeds\/\d+\/poll(\?|$)/,
];

export type ActiveRequestLimits = { max: number; queueMax: number };

/**
 * At most `max` API requests run at once; the others wait their turn in arrival order, and past `queueMax` waiting a
 * request is refused with 503 and Retry-After instead of waiting without bound.
 *
 * Why: a request's time under load is a wait for the event loop and a pooled connection at each of its statements.
 * With every request running at once, a page of three statements waits three times behind all the others, a write of
 * fifteen fifteen times, and the slowest twentieth of a team's requests took 3-4 times the mean. With fewer running,
 * each statement comes back sooner and every request waits once, at the door: at 1 M claims on MariaDB the slowest
 * twentieth came down by half and the throughput rose (docs/benchmarks.md, issue 18, session 13). Waiting edits go
 * first. On SQLite, whose statements run on the event loop, the app does not use it (config/app-config.ts).
 */
export function limitActiveRequests({ max, queueMax }: ActiveRequestLimits) {
  let active = 0;
  // Edits first: each holds claims' locks and a pooled connection until it commits, and other edits wait on those.
  const waitingEdits = new Set<() => void>();
  const waitingReads = new Set<() => void>();
  const startNext = () => {
    active--;
    for (const waiting of [waitingEdits, waitingReads])
      for (const start of waiting) {
        waiting.delete(start);
        start();
        return;
      }
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if (UNLIMITED.some((pattern) => pattern.test(req.originalUrl)) || isUpload(req)) return next();
    const start = () => {
      active++;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        startNext();
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
    if (active < max) return start();
    const waiting = req.method === 'GET' || req.method === 'HEAD' ? waitingReads : waitingEdits;
    if (waitingEdits.size + waitingReads.size >= queueMax) {
      res.setHeader('Retry-After', '1');
      res.status(503).json({ statusCode: 503, message: 'The server is busy: try again in a moment' });
      return;
    }
    // Started from another request's finish: bound to this request's own async context.
    const bound = AsyncResource.bind(start);
    waiting.add(bound);
    // A client that gives up while waiting leaves the queue.
    res.once('close', () => waiting.delete(bound));
  };
}

function isUpload(req: Request): boolean {
  return (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
}
