import { createExtractor } from '@claimline/extraction';
import { articleVariants } from './articles.js';
import type { BenchArgs } from './bench-args.js';
import { log, results } from './bench-results.js';
import { REPO, type Server } from './server.js';
import { RawDb } from './sql-capture.js';
import { table } from './stats.js';

export async function benchIngest(
  server: Server,
  url: string,
  tag: Record<string, unknown>,
  args: BenchArgs,
): Promise<void> {
  const raw = await RawDb.open(url);
  const [{ m }] = await raw.query('SELECT COALESCE(MAX(id), 0) AS m FROM articles');
  const rows: (string | number)[][] = [];
  try {
    const count = Number(args['ingest-articles']);
    const articles = articleVariants(REPO, count, Date.now() % 100_000);
    let claims = 0;
    const started = Date.now();
    let done = 0;
    for (const article of articles) {
      if (Date.now() - started > 120_000) break;
      const res = await server.json<{ claims?: unknown[] }>('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...article, language: 'ar' }),
      });
      claims += Array.isArray(res.claims) ? res.claims.length : 0;
      done++;
    }
    const seconds = (Date.now() - started) / 1000;
    rows.push([
      'POST /api/articles (sequential)',
      done,
      (done / seconds).toFixed(1),
      claims ? (claims / done).toFixed(1) : '?',
    ]);
    results.push({ ...tag, part: 'ingest', mode: 'post', articles: done, seconds, perSecond: done / seconds });

    const importCount = Number(args['import-articles']);
    const jsonl =
      articleVariants(REPO, importCount, (Date.now() % 100_000) + 7)
        .map((a) => JSON.stringify({ ...a, language: 'ar' }))
        .join('\n') + '\n';
    const form = new FormData();
    form.append('file', new Blob([jsonl], { type: 'application/x-ndjson' }), 'bench.jsonl');
    const t0 = Date.now();
    const job = await server.json<{ id: string }>('/api/imports', { method: 'POST', body: form });
    let status: { status: string; done: number; total: number; failed: number } = {
      status: 'queued',
      done: 0,
      total: importCount,
      failed: 0,
    };
    const deadline = Date.now() + 15 * 60_000;
    while (Date.now() < deadline) {
      status = await server.json(`/api/imports/${job.id}`);
      if (!['queued', 'running', 'pending', 'processing'].includes(status.status)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const importSeconds = (Date.now() - t0) / 1000;
    rows.push([
      `POST /api/imports (JSONL, ${status.status}, failed ${status.failed})`,
      status.done,
      (status.done / importSeconds).toFixed(1),
      '',
    ]);
    results.push({
      ...tag,
      part: 'ingest',
      mode: 'import',
      status,
      seconds: importSeconds,
      perSecond: status.done / importSeconds,
    });
  } catch (error) {
    rows.push(['ingest', 'error', String(error).slice(0, 100), '']);
    results.push({ ...tag, part: 'ingest', error: String(error) });
  } finally {
    // Leave the bench corpus as it was: ingested articles (and, by cascade, their claims) go again.
    if (raw.dialect === 'sqlite') await raw.query('PRAGMA foreign_keys = ON');
    await raw.query('DELETE FROM articles WHERE id > ?', [Number(m)]);
    await raw.close();
  }
  log(table(['ingestion', 'articles', 'articles/s', 'claims/article'], rows));
}

export function benchExtraction(): void {
  const articles = articleVariants(REPO, 200, 3);
  const extractor = createExtractor();
  for (const a of articles.slice(0, 10)) extractor.extract(a.body, { publishedAt: a.publishedAt });
  let n = 0;
  let chars = 0;
  let claims = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && n < 100_000) {
    const a = articles[n % articles.length];
    claims += extractor.extract(a.body, { publishedAt: a.publishedAt }).claims.length;
    chars += a.body.length;
    n++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(
    table(
      ['extraction (in process)', 'articles/s', 'chars/s', 'claims/article'],
      [['createExtractor().extract', (n / seconds).toFixed(0), (chars / seconds).toFixed(0), (claims / n).toFixed(1)]],
    ),
  );
  results.push({
    part: 'extraction',
    articlesPerSecond: n / seconds,
    charsPerSecond: chars / seconds,
    claimsPerArticle: claims / n,
  });
}
