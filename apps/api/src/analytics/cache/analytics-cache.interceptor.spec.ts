import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, Subject, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { bumpDataVersion } from '../../rollups/data-version.js';
import { AnalyticsCacheInterceptor, AnalyticsReads, readsOf } from './analytics-cache.interceptor.js';
import { ResponseCache } from './response-cache.js';
import { JsonBytes } from '../../common/json-bytes/json-bytes.js';

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

const context = (path: string, query: Record<string, string> = {}, handler: keyof Routes = 'any') =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ method: 'GET', path, query }) }),
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
  }) as unknown as ExecutionContext;

/** The JSON text of the answer an interception sends. */
const answerOf = async (answer: Observable<unknown>): Promise<string> => {
  const value = await firstValueFrom(answer);
  if (!(value instanceof JsonBytes)) throw new Error('the answer is not JSON bytes');
  return value.bytes.toString('utf8');
};

describe('AnalyticsCacheInterceptor', () => {
  const dataSource = { subscribers: [] } as unknown as DataSource;
  const make = () =>
    new AnalyticsCacheInterceptor(
      new ResponseCache<JsonBytes<unknown>>({ max: 10, ttlMs: 30_000 }),
      dataSource,
      new Reflector(),
    );

  it('runs identical concurrent requests once and gives each the answer', async () => {
    const interceptor = make();
    const slow = slowHandler();
    const first = answerOf(interceptor.intercept(context('/a', { bucket: 'day' }), slow.handler));
    const second = answerOf(interceptor.intercept(context('/a', { bucket: 'day' }), slow.handler));
    slow.answer('A');
    await expect(Promise.all([first, second])).resolves.toEqual(['"A"', '"A"']);
    expect(slow.runs()).toBe(1);
  });

  it('sends the answer as its JSON bytes, and a hit the same bytes without running the route', async () => {
    const interceptor = make();
    const slow = slowHandler();
    const miss = firstValueFrom(interceptor.intercept(context('/j'), slow.handler));
    const answer = { series: [{ key: 'LNA', counts: [1, 2] }], label: 'طرابلس' };
    slow.answer(answer);
    const sent = await miss;
    expect(sent).toBeInstanceOf(JsonBytes);
    expect((sent as JsonBytes<unknown>).parse()).toEqual(answer);
    const unused = slowHandler();
    await expect(firstValueFrom(interceptor.intercept(context('/j'), unused.handler))).resolves.toBe(sent);
    expect(unused.runs()).toBe(0);
  });

  it('does not share across different queries', async () => {
    const interceptor = make();
    const day = slowHandler();
    const week = slowHandler();
    const first = answerOf(interceptor.intercept(context('/a', { bucket: 'day' }), day.handler));
    const second = answerOf(interceptor.intercept(context('/a', { bucket: 'week' }), week.handler));
    day.answer('D');
    week.answer('W');
    await expect(Promise.all([first, second])).resolves.toEqual(['"D"', '"W"']);
    expect([day.runs(), week.runs()]).toEqual([1, 1]);
  });

  it('does not share a computation that started before a write', async () => {
    const interceptor = make();
    const before = slowHandler();
    const after = slowHandler();
    const first = answerOf(interceptor.intercept(context('/a'), before.handler));
    bumpDataVersion(dataSource);
    const second = answerOf(interceptor.intercept(context('/a'), after.handler));
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
    await expect(answerOf(interceptor.intercept(context('/b'), failing))).rejects.toThrow('boom');
    const slow = slowHandler();
    const retry = answerOf(interceptor.intercept(context('/b'), slow.handler));
    slow.answer('ok');
    await expect(retry).resolves.toBe('"ok"');
    expect(slow.runs()).toBe(1);
  });

  it('keeps an answer across writes to data the route does not read, and drops it after one it reads', async () => {
    const interceptor = make();
    const first = slowHandler();
    const firstAnswer = answerOf(interceptor.intercept(context('/c', {}, 'counts'), first.handler));
    first.answer('v1');
    await expect(firstAnswer).resolves.toBe('"v1"');

    bumpDataVersion(dataSource, { domains: ['links'] });
    const unused = slowHandler();
    await expect(answerOf(interceptor.intercept(context('/c', {}, 'counts'), unused.handler))).resolves.toBe('"v1"');
    expect(unused.runs()).toBe(0);

    bumpDataVersion(dataSource, { domains: ['counts'] });
    const again = slowHandler();
    const recomputed = answerOf(interceptor.intercept(context('/c', {}, 'counts'), again.handler));
    again.answer('v2');
    await expect(recomputed).resolves.toBe('"v2"');
    expect(again.runs()).toBe(1);
  });

  it('drops the answer of a route that names nothing after a write to any data', async () => {
    const interceptor = make();
    const first = slowHandler();
    const firstAnswer = answerOf(interceptor.intercept(context('/d'), first.handler));
    first.answer('v1');
    await expect(firstAnswer).resolves.toBe('"v1"');
    bumpDataVersion(dataSource, { domains: ['framing'] });
    const again = slowHandler();
    const recomputed = answerOf(interceptor.intercept(context('/d'), again.handler));
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
