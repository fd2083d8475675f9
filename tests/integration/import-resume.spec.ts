import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ImportJobEntity } from '../../apps/api/src/imports/import-job.entity';
import { ImportsService } from '../../apps/api/src/imports/imports.service';
import { UsersService } from '../../apps/api/src/users/users.service';
import { signIn, TEST_PASSWORD } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/** Distinct articles, one JSON object a line. */
function jsonl(count: number, tag: string): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `${tag} ${i}`,
      body: `قال الناطق العسكري إن الوحدات استعادت الموقع رقم ${i} في ${tag}. وأضاف أن الهدوء عاد إلى المنطقة.`,
      publishedAt: '2019-10-07',
      language: 'ar',
      outlet: 'Resume tests',
    }),
  ).join('\n');
}

describe.each(testDialects())('import jobs that resume on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const jobs = () => testApp.dataSource.getRepository(ImportJobEntity);
  const storedWithTitlePrefix = async (prefix: string) => {
    const [{ n }] = await testApp.dataSource.query('SELECT COUNT(*) AS n FROM articles WHERE title LIKE ?', [
      `${prefix}%`,
    ]);
    return Number(n);
  };

  /** A job as a process that died would leave it: running, its lease run out, its file still there. */
  async function orphanedJob(id: string, file: string, checkpoint: Partial<ImportJobEntity> = {}) {
    const now = new Date();
    await jobs().insert({
      id,
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
      leaseOwner: 'a-process-that-died',
      leaseExpiresAt: new Date(now.getTime() - 1000),
      createdById: null,
      createdByEmail: null,
      createdAt: now,
      updatedAt: now,
      ...checkpoint,
    });
  }

  it('takes over a job whose process died and finishes it, removing its file', async () => {
    const file = join(testApp.config.uploadDir, 'orphan-1.upload');
    writeFileSync(file, jsonl(70, 'orphan-one'));
    await orphanedJob('00000000-0000-4000-8000-000000000001', file);

    await testApp.app.get(ImportsService).resumeOrphans();
    await testApp.app.get(ImportsService).idle();

    const job = await jobs().findOneByOrFail({ id: '00000000-0000-4000-8000-000000000001' });
    expect(job).toMatchObject({ status: 'done', total: 70, done: 70, failed: 0, duplicates: 0, filePath: null });
    expect(await storedWithTitlePrefix('orphan-one')).toBe(70);
    expect(existsSync(file)).toBe(false);
  });

  it('resumes after its checkpoint: rows already committed are neither stored again nor counted twice', async () => {
    const analyst = await signIn(testApp, 'analyst');
    const all = jsonl(120, 'orphan-two');
    // The first 50 lines were stored by the job before its process died, with their checkpoint.
    const firstPart = all.split('\n').slice(0, 50).join('\n');
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', Buffer.from(firstPart), 'part.jsonl')
      .expect(202);
    await testApp.app.get(ImportsService).idle();
    expect(await storedWithTitlePrefix('orphan-two')).toBe(50);

    const file = join(testApp.config.uploadDir, 'orphan-2.upload');
    writeFileSync(file, all);
    await orphanedJob('00000000-0000-4000-8000-000000000002', file, { resumeLine: 50, total: 50, done: 50 });
    await testApp.app.get(ImportsService).resumeOrphans();
    await testApp.app.get(ImportsService).idle();

    const job = await jobs().findOneByOrFail({ id: '00000000-0000-4000-8000-000000000002' });
    expect(job).toMatchObject({ status: 'done', total: 120, done: 120, duplicates: 0, failed: 0 });
    expect(await storedWithTitlePrefix('orphan-two')).toBe(120);
    expect(started.body.id).toEqual(expect.any(String));
  });

  it('takes over at once, before its lease runs out, a job whose holder on this host has exited', async () => {
    const file = join(testApp.config.uploadDir, 'dead-holder.upload');
    writeFileSync(file, jsonl(3, 'dead-holder'));
    // The pid of a process that has certainly exited.
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    await orphanedJob('00000000-0000-4000-8000-000000000005', file, {
      leaseOwner: `${hostname()}:${exited}:abcd1234`,
      leaseExpiresAt: new Date(Date.now() + 60_000),
    });
    await testApp.app.get(ImportsService).resumeOrphans();
    await testApp.app.get(ImportsService).idle();
    const job = await jobs().findOneByOrFail({ id: '00000000-0000-4000-8000-000000000005' });
    expect(job).toMatchObject({ status: 'done', done: 3 });
  });

  it('leaves alone a job another live process holds', async () => {
    const file = join(testApp.config.uploadDir, 'held.upload');
    writeFileSync(file, jsonl(5, 'held-elsewhere'));
    await orphanedJob('00000000-0000-4000-8000-000000000003', file, {
      leaseOwner: 'another-live-process',
      leaseExpiresAt: new Date(Date.now() + 60_000),
    });
    await testApp.app.get(ImportsService).resumeOrphans();
    await testApp.app.get(ImportsService).idle();
    const job = await jobs().findOneByOrFail({ id: '00000000-0000-4000-8000-000000000003' });
    expect(job).toMatchObject({ status: 'running', done: 0, leaseOwner: 'another-live-process' });
    expect(await storedWithTitlePrefix('held-elsewhere')).toBe(0);
  });

  it('ends a job whose file is gone as failed, with the reason', async () => {
    await orphanedJob('00000000-0000-4000-8000-000000000004', join(testApp.config.uploadDir, 'missing.upload'));
    await testApp.app.get(ImportsService).resumeOrphans();
    await testApp.app.get(ImportsService).idle();
    const job = await jobs().findOneByOrFail({ id: '00000000-0000-4000-8000-000000000004' });
    expect(job.status).toBe('failed');
    expect(JSON.parse(job.failures)).toEqual([{ line: 0, reason: expect.stringMatching(/no such file|ENOENT/i) }]);
  });

  it('keeps the valid CSV rows before an unclosed quote and reports where reading stopped', async () => {
    const analyst = await signIn(testApp, 'analyst');
    const csv = [
      'title,body,publishedAt,language,outlet',
      'csv-before-1,"قال المتحدث إن القوات تقدمت في المحور الأول.",2019-10-07,ar,CSV',
      'csv-before-2,"قال المتحدث إن القوات تقدمت في المحور الثاني.",2019-10-07,ar,CSV',
      'csv-broken,"an unclosed quote that runs to the end,2019-10-07,ar,CSV',
      '',
    ].join('\n');
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', Buffer.from(csv), 'broken.csv')
      .expect(202);
    await testApp.app.get(ImportsService).idle();
    const job = (await request(testApp.server).get(`/api/imports/${started.body.id}`).set(analyst).expect(200)).body;
    expect(job).toMatchObject({ status: 'failed', done: 2 });
    expect(job.failures).toEqual([{ line: 0, reason: expect.stringMatching(/file could not be read further/) }]);
    expect(await storedWithTitlePrefix('csv-before')).toBe(2);
  });

  it('shows an analyst only their own jobs (admins see all)', async () => {
    const owner = await signIn(testApp, 'analyst');
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(owner)
      .attach('file', Buffer.from(jsonl(1, 'owned')), 'owned.jsonl')
      .expect(202);
    await testApp.app.get(ImportsService).idle();
    await testApp.app
      .get(UsersService)
      .create({ email: 'other-analyst@test.local', role: 'analyst', password: TEST_PASSWORD }, null);
    const login = await request(testApp.server)
      .post('/api/auth/login')
      .send({ email: 'other-analyst@test.local', password: TEST_PASSWORD })
      .expect(200);
    const other = { Authorization: `Bearer ${login.body.accessToken}` };
    await request(testApp.server).get(`/api/imports/${started.body.id}`).set(other).expect(404);
    await request(testApp.server).get(`/api/imports/${started.body.id}`).set(owner).expect(200);
    await request(testApp.server)
      .get(`/api/imports/${started.body.id}`)
      .set(await signIn(testApp, 'admin'))
      .expect(200);
  });
});
