import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimlineInstance } from './support/claimline-instance';
import { jsonlArticles, uploadImport, waitForJobEnd, type ImportJob } from './support/imports';
import { TempMariaDb } from './support/temp-mariadb';
import { waitUntil } from './support/wait';

/**
 * Faults a team meets in production, injected for real: the database or the app process is SIGKILLed in the middle
 * of work and started again. Each test asserts what the user must be able to rely on: no acknowledged write lost,
 * a failure visible as a failure, every job finished or failed with a reason, no temporary file left behind.
 */
const REPO_ROOT = join(__dirname, '../..');
const results: string[] = [];
let lost = 0;

function report(fault: string, lostHere: number, detail: string): void {
  lost += lostHere;
  results.push(`${lostHere === 0 ? 'ok  ' : 'LOST'} ${fault}: ${detail}`);
}

let db: TempMariaDb;
let app: ClaimlineInstance;
let uploadDir: string;
let token: string;

const auth = () => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  db = await TempMariaDb.create();
  uploadDir = execFileSync('mktemp', ['-d', '/tmp/claimline-faults-uploads-XXXX'], { encoding: 'utf8' }).trim();
  execFileSync(
    process.execPath,
    ['apps/api/dist/generator/generate.cli.js', '--claims', '20000', '--db', db.url, '--quiet'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  app = await ClaimlineInstance.start({ DB_URL: db.url, CLAIMLINE_UPLOAD_DIR: uploadDir });
  token = await app.login();
});

afterAll(async () => {
  await app?.kill();
  await db?.destroy();
  for (const line of results) console.log(line);
  console.log(`${results.length} faults, ${lost} lost`);
});

test('database killed during a CSV export: the client sees a broken download, and the audit log says it failed', async () => {
  const response = await fetch(`${app.url}/api/exports/claims.csv`, { headers: auth() });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let received = 0;
  let killed = false;
  let readError: unknown = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (!killed && received > 512 * 1024) {
        killed = true;
        await db.kill();
      }
    }
  } catch (error) {
    readError = error;
  }
  expect(killed).toBe(true);
  await db.start();
  // A download that ended cleanly after the database died would be a truncated file passed off as complete.
  expect(readError).not.toBeNull();
  await waitUntil(
    async () => {
      const rows = await db.query<{ after: string }>(
        "SELECT `after` FROM audit_events WHERE entity = 'export' AND action = 'claims.csv' ORDER BY id DESC LIMIT 1",
      );
      return rows.length > 0 && (JSON.parse(rows[0].after) as { failed?: boolean }).failed === true;
    },
    { timeoutMs: 30_000, what: 'the failed export in the audit log' },
  );
  report('export, database killed', 0, `client saw a broken body after ${received} bytes; audit says failed`);
});

test('database down: routes answer 503 with Retry-After, health says so, and the app recovers without a restart', async () => {
  await db.kill();
  try {
    const claims = await fetch(`${app.url}/api/claims?limit=5`, { headers: auth() });
    expect(claims.status).toBe(503);
    expect(claims.headers.get('retry-after')).toMatch(/^\d+$/);
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', databaseStatus: 'down' });
  } finally {
    await db.start();
  }
  await waitUntil(async () => (await fetch(`${app.url}/api/claims?limit=5`, { headers: auth() })).status === 200, {
    timeoutMs: 30_000,
    what: 'the claims list after the database came back',
  });
  report('database down', 0, '503 + Retry-After while down, 200 after it came back, same process');
});

test('database killed during a stream of PATCHes: every acknowledged write is there after the restart', async () => {
  const list = (await (await fetch(`${app.url}/api/claims?limit=20`, { headers: auth() })).json()) as {
    items: { id: number }[];
  };
  const acknowledged = new Map<number, string>();
  // The list carries no version; each claim's page does.
  const versions = new Map<number, number>();
  for (const claim of list.items) {
    const detail = (await (await fetch(`${app.url}/api/claims/${claim.id}`, { headers: auth() })).json()) as {
      version: number;
    };
    versions.set(claim.id, detail.version);
  }
  let attempts = 0;
  const refusals = new Map<number, number>();
  try {
    for (let round = 0; round < 15; round++) {
      if (round === 7) await db.kill();
      if (round === 10) await db.start();
      for (const claim of list.items) {
        attempts++;
        const note = `fault-round-${round}-claim-${claim.id}`;
        const response = await fetch(`${app.url}/api/claims/${claim.id}`, {
          method: 'PATCH',
          headers: { ...auth(), 'content-type': 'application/json' },
          body: JSON.stringify({ note, version: versions.get(claim.id) }),
        }).catch(() => null);
        const status = response?.status ?? 0;
        if (status === 200) {
          const body = (await response!.json()) as { version: number };
          versions.set(claim.id, body.version);
          acknowledged.set(claim.id, note);
          continue;
        }
        refusals.set(status, (refusals.get(status) ?? 0) + 1);
        if (status !== 503 && status !== 409) console.log(`PATCH refused with ${status}: ${await response?.text()}`);
        if (status === 409) {
          const current = (await response!.json()) as { current?: { version: number } };
          if (current.current) versions.set(claim.id, current.current.version);
        }
      }
    }
  } finally {
    await db.start();
  }
  // While the database is down a write is refused with 503 (or 409 right after, when its version moved on);
  // never a 500, never a dropped connection.
  expect([...refusals.keys()].filter((status) => status !== 503 && status !== 409)).toEqual([]);
  const refused = [...refusals.values()].reduce((sum, n) => sum + n, 0);
  let lostHere = 0;
  for (const [id, note] of acknowledged) {
    const [row] = await db.query<{ note: string | null }>('SELECT note FROM claims WHERE id = ?', [id]);
    if (row?.note !== note) lostHere++;
  }
  expect(lostHere).toBe(0);
  report(
    'PATCH stream, database killed',
    lostHere,
    `${attempts} writes, ${refused} refused (${[...refusals].map(([status, n]) => `${n}×${status}`).join(', ')}), 0 acknowledged lost`,
  );
});

test('database killed during an import: the job ends (done or failed with a reason), its counts match what is stored, no temp file is left', async () => {
  const before = await articleCount();
  const jobId = await uploadImport(app.url, token, jsonlArticles(1500, 'db-kill'));
  await waitUntil(async () => (await getJob(jobId)).done > 100, {
    timeoutMs: 120_000,
    what: 'the import to start storing',
  });
  await db.kill();
  await db.start();
  const job = await waitForJobEnd(app.url, token, jobId, 300_000);
  const stored = (await articleCount()) - before;
  expect(['done', 'failed']).toContain(job.status);
  if (job.status === 'failed') expect(job.failures.length).toBeGreaterThan(0);
  expect(job.done).toBe(stored);
  expect(readdirSync(uploadDir)).toEqual([]);
  report(
    'import, database killed',
    job.done === stored ? 0 : Math.abs(job.done - stored),
    `job ${job.status}, ${job.done} counted = ${stored} stored`,
  );
});

test('app killed during an import and started again: the job resumes where it stopped and nothing is doubled', async () => {
  const before = await articleCount();
  const jobId = await uploadImport(app.url, token, jsonlArticles(1500, 'app-kill'));
  await waitUntil(async () => (await getJob(jobId)).done > 100, {
    timeoutMs: 120_000,
    what: 'the import to start storing',
  });
  await app.kill();
  await app.start();
  token = await app.login();
  const job = await waitForJobEnd(app.url, token, jobId, 300_000);
  const stored = (await articleCount()) - before;
  expect(job.status).toBe('done');
  expect(stored).toBe(1500);
  expect(job.done).toBe(1500);
  expect(readdirSync(uploadDir)).toEqual([]);
  report('import, app killed', 1500 - stored, `job resumed to ${job.status}: ${stored} of 1500 stored once each`);
});

test('two instances behind one load balancer: a logout, the sign-in limit and fresh dashboards hold on both', async () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const shared = {
    DB_URL: db.url,
    CLAIMLINE_UPLOAD_DIR: uploadDir,
    REDIS_URL: redisUrl,
    // The machine's Redis may be shared: this run's keys and channel are its own.
    CLAIMLINE_REDIS_PREFIX: `claimline-faults-${process.pid}-${Date.now()}:`,
  };
  await app.kill();
  const first = await ClaimlineInstance.start(shared);
  const second = await ClaimlineInstance.start(shared);
  try {
    // A token logged out on one instance is refused by the other, and by both after a restart.
    const session = await first.login();
    const bearer = { authorization: `Bearer ${session}` };
    expect((await fetch(`${second.url}/api/auth/me`, { headers: bearer })).status).toBe(200);
    expect((await fetch(`${first.url}/api/auth/logout`, { method: 'POST', headers: bearer })).status).toBe(204);
    expect((await fetch(`${second.url}/api/auth/me`, { headers: bearer })).status).toBe(401);
    await second.kill();
    await second.start();
    expect((await fetch(`${second.url}/api/auth/me`, { headers: bearer })).status).toBe(401);

    // Signed in before the sign-in limit below blocks this address.
    token = await first.login();

    // Ten failed sign-ins spread over both instances block the eleventh on either.
    const wrong = JSON.stringify({ email: 'nobody-faults@claimline.test', password: 'wrong-password-123' });
    const attempt = (instance: ClaimlineInstance) =>
      fetch(`${instance.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: wrong,
      });
    for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? first : second)).status).toBe(401);
    expect((await attempt(first)).status).toBe(429);
    expect((await attempt(second)).status).toBe(429);

    // A write through one instance shows on the other's (cached) dashboard without waiting for the cache TTL.
    const query = '/api/analytics/timeseries?bucket=month&groupBy=status';
    const count = async (instance: ClaimlineInstance) => {
      const response = await fetch(`${instance.url}${query}`, { headers: auth() });
      const body = (await response.json()) as { series: { key: string; counts: number[] }[] };
      const discounted = body.series.find((series) => series.key === 'discounted');
      return (discounted?.counts ?? []).reduce((sum, n) => sum + n, 0);
    };
    const before = await count(second);
    const [claim] = (
      (await (await fetch(`${first.url}/api/claims?limit=1&status=unreviewed`, { headers: auth() })).json()) as {
        items: { id: number }[];
      }
    ).items;
    const { version } = (await (await fetch(`${first.url}/api/claims/${claim.id}`, { headers: auth() })).json()) as {
      version: number;
    };
    const patched = await fetch(`${first.url}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'discounted', version }),
    });
    expect(patched.status).toBe(200);
    await waitUntil(async () => (await count(second)) === before + 1, {
      timeoutMs: 5_000,
      what: 'the second instance to see the write made through the first',
    });
    report('two instances with Redis', 0, 'logout, sign-in limit and dashboard freshness shared');
  } finally {
    await first.kill();
    await second.kill();
    await app.start();
    token = await app.login();
  }
});

async function articleCount(): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
  return Number(row.n);
}

async function getJob(id: string): Promise<ImportJob> {
  const response = await fetch(`${app.url}/api/imports/${id}`, { headers: auth() });
  if (!response.ok) return { id, status: 'running', done: 0, failed: 0, duplicates: 0, total: 0, failures: [] };
  return (await response.json()) as ImportJob;
}
