import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { limitActiveRequests } from './active-requests.js';

/** A response as the middleware sees it: it emits finish and close, and can answer a refusal. */
class FakeResponse extends EventEmitter {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  body: unknown;

  setHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  json(body: unknown): this {
    this.body = body;
    this.emit('finish');
    this.emit('close');
    return this;
  }
}

/** A request and its response, typed as Express's for the middleware. */
function exchange(url = '/api/claims', contentType?: string, method = 'GET') {
  const res = new FakeResponse();
  const req = { method, originalUrl: url, headers: contentType ? { 'content-type': contentType } : {} };
  return { req: req as unknown as Request, res, response: res as unknown as Response };
}

describe('limitActiveRequests', () => {
  it('runs at most `max` requests at once and starts the waiting ones in their order of arrival as others finish', () => {
    const admit = limitActiveRequests({ max: 2, queueMax: 10 });
    const started: string[] = [];
    const exchanges = ['a', 'b', 'c', 'd'].map((name) => {
      const ex = exchange();
      admit(ex.req, ex.response, () => started.push(name));
      return ex;
    });
    expect(started).toEqual(['a', 'b']);

    exchanges[1].res.emit('finish');
    exchanges[1].res.emit('close'); // both events of one response free one turn
    expect(started).toEqual(['a', 'b', 'c']);
    exchanges[0].res.emit('close'); // a client that went away frees its turn too
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('starts a waiting edit before the reads that arrived before it', () => {
    const admit = limitActiveRequests({ max: 1, queueMax: 10 });
    const started: string[] = [];
    const running = exchange();
    admit(running.req, running.response, () => started.push('running'));
    const read = exchange();
    admit(read.req, read.response, () => started.push('read'));
    const edit = exchange('/api/claims/7', 'application/json', 'PATCH');
    admit(edit.req, edit.response, () => started.push('edit'));

    running.res.emit('finish');
    expect(started).toEqual(['running', 'edit']);
    edit.res.emit('finish');
    expect(started).toEqual(['running', 'edit', 'read']);
  });

  it('refuses with 503 and Retry-After past `queueMax` waiting, and forgets a waiting request whose client left', () => {
    const admit = limitActiveRequests({ max: 1, queueMax: 1 });
    const started: string[] = [];
    const running = exchange();
    admit(running.req, running.response, () => started.push('running'));
    const waiting = exchange();
    admit(waiting.req, waiting.response, () => started.push('waiting'));
    const refused = exchange();
    admit(refused.req, refused.response, () => started.push('refused'));
    expect(refused.res.statusCode).toBe(503);
    expect(refused.res.headers['Retry-After']).toBe('1');
    expect(refused.res.body).toMatchObject({ statusCode: 503 });

    waiting.res.emit('close');
    const next = exchange();
    admit(next.req, next.response, () => started.push('next'));
    running.res.emit('finish');
    expect(started).toEqual(['running', 'next']);
  });

  it('lets exports, health probes, uploads and fetches from other sites through without a turn', () => {
    const admit = limitActiveRequests({ max: 1, queueMax: 0 });
    const started: string[] = [];
    const busy = exchange();
    admit(busy.req, busy.response, () => started.push('busy'));
    for (const [url, type] of [
      ['/api/exports/claims.csv?camp=LNA', undefined],
      ['/api/health', undefined],
      ['/api/imports', 'multipart/form-data; boundary=x'],
      ['/api/articles/fetch', 'application/json'],
      ['/api/feeds/3/poll', undefined],
    ] as const) {
      const ex = exchange(url, type);
      admit(ex.req, ex.response, () => started.push(url));
    }
    expect(started).toEqual([
      'busy',
      '/api/exports/claims.csv?camp=LNA',
      '/api/health',
      '/api/imports',
      '/api/articles/fetch',
      '/api/feeds/3/poll',
    ]);
  });
});
