import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { withJobsQueue } from '../../apps/api/src/jobs/bullmq-job-queue';
import { JOB_LANES } from '../../apps/api/src/jobs/job-request';
import { ClaimlineInstance } from './support/claimline-instance';
import { ClaimlineWorker } from './support/claimline-worker';
import { jsonlArticles, uploadImport, waitForJobEnd, type ImportJob } from './support/imports';
import { waitUntil } from './support/wait';

/**
 * A worker SIGKILLed in the middle of an import, for real: an API process that runs no jobs (CLAIMLINE_WORKERS=0)
 * queued it on BullMQ, one `npm run worker` process was doing it, and another worker must finish it — resumed from
 * the last checkpoint, nothing doubled, nothing left "running". Needs Redis (TEST_REDIS_URL, default 127.0.0.1:6379).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Enough rows that the import is surely still going when the first worker is killed right after its first commit. */
const ROWS = 4000;

let dir: string;
let dbFile: string;
let env: Record<string, string>;
let api: ClaimlineInstance;
const workers: ClaimlineWorker[] = [];

beforeAll(async () => {
  dir = execFileSync('mktemp', ['-d', '/tmp/claimline-faults-jobs-XXXX'], { encoding: 'utf8' }).trim();
  dbFile = join(dir, 'claimline.sqlite');
  env = {
    DB_URL: `sqlite:${dbFile}`,
    CLAIMLINE_UPLOAD_DIR: join(dir, 'uploads'),
    REDIS_URL,
    // The machine's Redis may be shared: this run's queue is its own.
    CLAIMLINE_REDIS_PREFIX: `claimline-faults-jobs-${process.pid}-${randomUUID().slice(0, 8)}:`,
    CLAIMLINE_FEEDS_SCHEDULER: 'off',
    // A dead worker's job is taken up after 3 s instead of 30.
    CLAIMLINE_JOB_STALLED_MS: '3000',
  };
  api = await ClaimlineInstance.start({ ...env, CLAIMLINE_WORKERS: '0' });
});

afterAll(async () => {
  for (const worker of workers) await worker.kill();
  await api?.kill();
  for (const lane of env ? JOB_LANES : []) {
    await withJobsQueue(REDIS_URL, `${env.CLAIMLINE_REDIS_PREFIX}bull`, lane, (queue) =>
      queue.obliterate({ force: true }),
    );
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function articleCount(): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return Number((db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n);
  } finally {
    db.close();
  }
}

test('a worker killed mid-import: another worker resumes the job from its checkpoint and nothing is doubled', async () => {
  const token = await api.login();
  const getJob = async (id: string) =>
    (await (
      await fetch(`${api.url}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as ImportJob & { queued: boolean };

  const jobId = await uploadImport(api.url, token, jsonlArticles(ROWS, 'worker-kill'));
  expect(await getJob(jobId)).toMatchObject({ status: 'running', queued: true });

  const first = new ClaimlineWorker(env);
  workers.push(first);
  await first.start();
  await waitUntil(async () => (await getJob(jobId)).done > 0, {
    timeoutMs: 120_000,
    what: 'the first worker to start storing',
  });
  await first.kill();
  const interrupted = await getJob(jobId);
  expect(interrupted.status).toBe('running');
  expect(interrupted.done).toBeLessThan(ROWS);

  const second = new ClaimlineWorker(env);
  workers.push(second);
  await second.start();
  const job = await waitForJobEnd(api.url, token, jobId, 300_000);
  expect(job).toMatchObject({ status: 'done', total: ROWS, done: ROWS, duplicates: 0, failed: 0 });
  expect(articleCount()).toBe(ROWS);
  expect(readdirSync(env.CLAIMLINE_UPLOAD_DIR)).toEqual([]);
  console.log(
    `ok   worker killed after ${interrupted.done} of ${ROWS} rows: the second worker resumed it, ${ROWS} stored once each`,
  );
});
