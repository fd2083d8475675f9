import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connect } from 'node:net';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { ImportJobEntity } from '../../apps/api/src/imports/import-job.entity';
import { ImportsService } from '../../apps/api/src/imports/imports.service';
import { withJobsQueue } from '../../apps/api/src/jobs/bullmq-job-queue';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { JOB_LANES } from '../../apps/api/src/jobs/job-request';
import { ARABIC_STORIES, articlePage, rssFeed } from '../factories/web-pages';
import { signIn } from '../support/auth';
import { html, startFixtureWebServer, type FixtureWebServer } from '../support/fixture-web-server';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/**
 * Jobs on BullMQ against the machine's Redis (TEST_REDIS_URL, default 127.0.0.1:6379): an API process that runs no
 * jobs (CLAIMLINE_WORKERS=0) queues them, and worker contexts — what `npm run worker` starts — do them. Each run has
 * its own key prefix, so a shared Redis is never disturbed. Skipped when Redis is unreachable, except in CI.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

jest.setTimeout(180_000);

/** Whether something listens at Redis's address (BullMQ itself would retry a missing server for ever). */
async function redisReachable(): Promise<boolean> {
  const url = new URL(REDIS_URL);
  const listening = await new Promise<boolean>((resolve) => {
    const socket = connect(Number(url.port || 6379), url.hostname);
    const settle = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000);
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });
  if (!listening && process.env.CI === 'true')
    throw new Error(`Redis at ${REDIS_URL} is unreachable; CI must run these tests`);
  return listening;
}

function jsonl(count: number, tag: string): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `${tag} ${i}`,
      body: `قال الناطق العسكري إن الوحدات استعادت الموقع رقم ${i} في ${tag}. وأضاف أن الهدوء عاد إلى المنطقة.`,
      publishedAt: '2019-10-07',
      language: 'ar',
      outlet: 'Job tests',
    }),
  ).join('\n');
}

async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe.each(testDialects())('background jobs on BullMQ with %s', (dialect) => {
  let reachable = false;
  let api: TestApp;
  let analyst: { Authorization: string };
  let web: FixtureWebServer;
  const prefix = `claimline-test-jobs-${process.pid}-${randomUUID().slice(0, 8)}:`;
  const workers: { context: INestApplicationContext; ran: string[] }[] = [];

  /** One `npm run worker` process, in this test's process: the same module graph, no HTTP, its own queue consumer. */
  async function startWorker(): Promise<{ context: INestApplicationContext; ran: string[] }> {
    const context = await NestFactory.createApplicationContext(
      AppModule.forRoot({
        ...api.config,
        web: { ...api.config.web, feedsScheduler: true },
        jobs: { workers: 1, stalledMs: 5_000 },
      }),
      { logger: false },
    );
    await context.init();
    const worker = { context, ran: [] as string[] };
    context.get(JobQueue).onJobEnd((event) => {
      if (event.job.kind === 'import' && event.ok) worker.ran.push(event.job.importId);
    });
    workers.push(worker);
    return worker;
  }

  const jobs = () => api.dataSource.getRepository(ImportJobEntity);
  const stored = async (prefixOfTitle: string) => {
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM articles WHERE title LIKE ?', [
      `${prefixOfTitle}%`,
    ]);
    return Number(n);
  };
  const upload = async (body: string, name: string): Promise<string> =>
    (await request(api.server).post('/api/imports').set(analyst).attach('file', Buffer.from(body), name).expect(202))
      .body.id as string;
  const allEnded = async (ids: string[]) =>
    (await jobs().findBy(ids.map((id) => ({ id })))).every((job) => job.status !== 'running');

  beforeAll(async () => {
    reachable = await redisReachable();
    if (!reachable) return;
    web = await startFixtureWebServer();
    for (const story of ARABIC_STORIES) web.route(`/news/${story.slug}`, html(articlePage(story)));
    web.route('/rss.xml', {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: rssFeed(web.origin, ARABIC_STORIES),
    });
    api = await startTestApp(dialect, {
      REDIS_URL,
      CLAIMLINE_REDIS_PREFIX: prefix,
      CLAIMLINE_WORKERS: '0',
      CLAIMLINE_FETCH_ALLOW_HOSTS: '127.0.0.1',
      CLAIMLINE_FETCH_HOST_DELAY_MS: '0',
    });
    analyst = await signIn(api, 'analyst');
  });

  afterAll(async () => {
    if (!reachable) return;
    for (const worker of workers) await worker.context.close();
    for (const lane of JOB_LANES) {
      await withJobsQueue(REDIS_URL, `${prefix}bull`, lane, (queue) => queue.obliterate({ force: true }));
    }
    await api?.close();
    await web?.close();
  });

  it('an upload and a job left by a dead worker wait as queued in an API that runs no jobs; a separate worker does both', async () => {
    if (!reachable) return;
    const id = await upload(jsonl(40, 'queued-for-worker'), 'for-worker.jsonl');
    const waiting = await request(api.server).get(`/api/imports/${id}`).set(analyst).expect(200);
    expect(waiting.body).toMatchObject({ status: 'running', queued: true, done: 0 });

    // What a SIGKILLed worker leaves behind: the job still "running" under its name, its lease run out.
    const orphan = randomUUID();
    const file = join(api.config.uploadDir, `${orphan}.upload`);
    writeFileSync(file, jsonl(60, 'left-by-dead-worker'));
    const now = new Date();
    await jobs().insert({
      id: orphan,
      filename: 'orphan.jsonl',
      status: 'running',
      total: 0,
      done: 0,
      failed: 0,
      duplicates: 0,
      failures: '[]',
      filePath: file,
      format: 'jsonl',
      resumeLine: 0,
      leaseOwner: 'another-host:4242:deadbeef',
      leaseExpiresAt: new Date(now.getTime() - 1000),
      createdById: null,
      createdByEmail: null,
      createdAt: now,
      updatedAt: now,
    });
    // The API's sweep (also run at start-up) queues it on BullMQ although it runs no jobs itself.
    await api.app.get(ImportsService).resumeOrphans();
    expect(await jobs().findOneByOrFail({ id: orphan })).toMatchObject({ status: 'running', leaseOwner: null });

    const worker = await startWorker();
    await eventually(() => allEnded([id, orphan]), 'the worker to finish both imports');
    const done = await request(api.server).get(`/api/imports/${id}`).set(analyst).expect(200);
    expect(done.body).toMatchObject({ status: 'done', queued: false, total: 40, done: 40, duplicates: 0, failed: 0 });
    expect(await jobs().findOneByOrFail({ id: orphan })).toMatchObject({ status: 'done', done: 60, filePath: null });
    expect(await stored('queued-for-worker')).toBe(40);
    expect(await stored('left-by-dead-worker')).toBe(60);
    // The queue reports a job's end just after its handler wrote it to the database.
    await eventually(() => Promise.resolve(worker.ran.length >= 2), 'the worker to report both jobs');
    expect([...worker.ran].sort()).toEqual([id, orphan].sort());
  });

  it('two workers share the imports, and none is done twice', async () => {
    if (!reachable) return;
    await startWorker();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await upload(jsonl(120, `shared-${i}-`), `shared-${i}.jsonl`));
    await eventually(() => allEnded(ids), 'six imports to end');

    const ran = () => workers.flatMap((worker) => worker.ran.filter((id) => ids.includes(id)));
    await eventually(() => Promise.resolve(ids.every((id) => ran().includes(id))), 'the workers to report every job');
    // Each job ran exactly once, on one worker or the other.
    expect([...ran()].sort()).toEqual([...ids].sort());
    // Each worker took some of the work.
    expect(workers.every((worker) => worker.ran.some((id) => ids.includes(id)))).toBe(true);
    for (const job of await jobs().findBy(ids.map((id) => ({ id })))) {
      expect(job).toMatchObject({ status: 'done', total: 120, done: 120, duplicates: 0, failed: 0 });
    }
    for (let i = 0; i < 6; i++) expect(await stored(`shared-${i}-`)).toBe(120);
  });

  it('a feed poll queued by the API is done by a worker, its pages fetched and stored once', async () => {
    if (!reachable) return;
    const feed = await request(api.server)
      .post('/api/feeds')
      .set(analyst)
      .send({ url: web.url('/rss.xml'), outlet: 'Job tests feed' })
      .expect(201);
    const feedId = feed.body.id as number;
    await api.app.get(JobQueue).enqueue({ kind: 'feed-poll', feedId });
    const polled = async () =>
      (
        (await request(api.server).get('/api/feeds').set(analyst).expect(200)).body as {
          id: number;
          lastPolledAt: string | null;
        }[]
      ).find((item) => item.id === feedId);
    await eventually(async () => Boolean((await polled())?.lastPolledAt), 'a worker to poll the feed');
    expect(await polled()).toMatchObject({ lastError: null, articlesStored: ARABIC_STORIES.length });
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM articles WHERE url LIKE ?', [
      `${web.origin}%`,
    ]);
    expect(Number(n)).toBe(ARABIC_STORIES.length);
  });

  it('the feed scheduler is one job scheduler in Redis, however many processes start it', async () => {
    if (!reachable) return;
    expect(workers.length).toBeGreaterThanOrEqual(2);
    const schedulers = await withJobsQueue(REDIS_URL, `${prefix}bull`, 'feeds', (queue) => queue.getJobSchedulers());
    expect(schedulers.map((scheduler) => scheduler.key)).toEqual(['feeds-due']);
  });
});
