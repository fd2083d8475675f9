import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, Subject, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { bumpDataVersion } from '../../rollups/data-version.js';
import { AnalyticsCacheInterceptor, AnalyticsReads, readsOf } from './analytics-cache.interceptor.js';
import { ResponseCache } from './response-cache.js';

/** A handler whose answer the test releases by hand, counting how often the route really ran. */
function slowHandler(): { handler: CallHandler; runs: () => number; answer: (value: unknown) => void } {
  let runs = 0;
  const subject = new Subject<unknown>();
  return {
    handler: {
      handle: (): Observable<unknown> => {
        runs++;
        return subject.asObservable();
      },
    },
    runs: () => runs,
    answer: (value) => {
      subject.next(value);
      subject.complete();
    },
  };
}

class Routes {
  any(): void {}
  @AnalyticsReads('counts')
  counts(): void {}
}

const context = (
  path: string,
  query: Record<string, string> = {},
  handler: keyof Routes = 'any',
  response: { type: (type: string) => void } = { type: () => undefined },
) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ method: 'GET', path, query }), getResponse: () => response }),
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
  }) as unknown as ExecutionContext;

describe('AnalyticsCacheInterceptor', () => {
  const dataSource = { subscribers: [] } as unknown as DataSource;
  const make = () =>
    new AnalyticsCacheInterceptor(new ResponseCache<string>({ max: 10, ttlMs: 30_000 }), dataSource, new Reflector());

  it('runs identical concurrent requests once and gives each the answer', async () => {
    const interceptor = make();
    const slow = slowHandler();
    const first = firstValueFrom(interceptor.intercept(context('/a', { bucket: 'day' }), slow.handler));
    const second = firstValueFrom(interceptor.intercept(context('/a', { bucket: 'day' }), slow.handler));
    slow.answer('A');
    await expect(Promise.all([first, second])).resolves.toEqual(['"A"', '"A"']);
    expect(slow.runs()).toBe(1);
  });

  it('sends the answer as its JSON text with a JSON content type, and a hit the same text unserialized', async () => {
    const interceptor = make();
    const types: string[] = [];
    const response = { type: (type: string) => void types.push(type) };
    const slow = slowHandler();
    const miss = firstValueFrom(interceptor.intercept(context('/j', {}, 'any', response), slow.handler));
    const answer = { series: [{ key: 'LNA', counts: [1, 2] }], label: 'طرابلس' };
    slow.answer(answer);
    await expect(miss).resolves.toBe(JSON.stringify(answer));
    const unused = slowHandler();
    const hit = await firstValueFrom(interceptor.intercept(context('/j', {}, 'any', response), unused.handler));
    expect(hit).toBe(JSON.stringify(answer));
    expect(unused.runs()).toBe(0);
    expect(types).toEqual(['json', 'json']);
  });

  it('does not share across different queries', async () => {
    const interceptor = make();
    const day = slowHandler();
    const week = slowHandler();
    const first = firstValueFrom(interceptor.intercept(context('/a', { bucket: 'day' }), day.handler));
    const second = firstValueFrom(interceptor.intercept(context('/a', { bucket: 'week' }), week.handler));
    day.answer('D');
    week.answer('W');
    await expect(Promise.all([first, second])).resolves.toEqual(['"D"', '"W"']);
    expect([day.runs(), week.runs()]).toEqual([1, 1]);
  });

  it('does not share a computation that started before a write', async () => {
    const interceptor = make();
    const before = slowHandler();
    const after = slowHandler();
    const first = firstValueFrom(interceptor.intercept(context('/a'), before.handler));
    bumpDataVersion(dataSource);
    const second = firstValueFrom(interceptor.intercept(context('/a'), after.handler));
    before.answer('old');
    after.answer('new');
    await expect(Promise.all([first, second])).resolves.toEqual(['"old"', '"new"']);
    expect([before.runs(), after.runs()]).toEqual([1, 1]);
  });

  it('forgets a finished computation: a failed one is not served again', async () => {
    const interceptor = make();
    const failing: CallHandler = {
      handle: () => {
        const subject = new Subject<unknown>();
        queueMicrotask(() => subject.error(new Error('boom')));
        return subject.asObservable();
      },
    };
    await expect(firstValueFrom(interceptor.intercept(context('/b'), failing))).rejects.toThrow('boom');
    const slow = slowHandler();
    const retry = firstValueFrom(interceptor.intercept(context('/b'), slow.handler));
    slow.answer('ok');
    await expect(retry).resolves.toBe('"ok"');
    expect(slow.runs()).toBe(1);
  });

  it('keeps an answer across writes to data the route does not read, and drops it after one it reads', async () => {
    const interceptor = make();
    const first = slowHandler();
    const firstAnswer = firstValueFrom(interceptor.intercept(context('/c', {}, 'counts'), first.handler));
    first.answer('v1');
    await expect(firstAnswer).resolves.toBe('"v1"');

    bumpDataVersion(dataSource, { domains: ['links'] });
    const unused = slowHandler();
    await expect(firstValueFrom(interceptor.intercept(context('/c', {}, 'counts'), unused.handler))).resolves.toBe(
      '"v1"',
    );
    expect(unused.runs()).toBe(0);

    bumpDataVersion(dataSource, { domains: ['counts'] });
    const again = slowHandler();
    const recomputed = firstValueFrom(interceptor.intercept(context('/c', {}, 'counts'), again.handler));
    again.answer('v2');
    await expect(recomputed).resolves.toBe('"v2"');
    expect(again.runs()).toBe(1);
  });

  it('drops the answer of a route that names nothing after a write to any data', async () => {
    const interceptor = make();
    const first = slowHandler();
    const firstAnswer = firstValueFrom(interceptor.intercept(context('/d'), first.handler));
    first.answer('v1');
    await expect(firstAnswer).resolves.toBe('"v1"');
    bumpDataVersion(dataSource, { domains: ['framing'] });
    const again = slowHandler();
    const recomputed = firstValueFrom(interceptor.intercept(context('/d'), again.handler));
    again.answer('v2');
    await expect(recomputed).resolves.toBe('"v2"');
  });
});

describe('readsOf', () => {
  it('adds the narrative tags to what a route reads when its query filters or groups by narrative', () => {
    expect(readsOf(['counts'], {})).toEqual(['counts']);
    expect(readsOf(['counts'], { narrative: '3' })).toEqual(['counts', 'narratives']);
    expect(readsOf(['counts'], { groupBy: 'narrative' })).toEqual(['counts', 'narratives']);
    expect(readsOf(['counts'], { groupBy: 'camp' })).toEqual(['counts']);
    expect(readsOf(['counts', 'narratives'], { narrative: '3' })).toEqual(['counts', 'narratives']);
  });
});
