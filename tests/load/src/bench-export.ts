import { writeFileSync } from 'node:fs';
import { request } from 'undici';
import { log, results } from './bench-results.js';
import { rssMb, sampleRss, type Server } from './server.js';
import { table } from './stats.js';

export async function benchExport(server: Server, tag: Record<string, unknown>): Promise<void> {
  // Resets the kernel's VmHWM (Linux clear_refs "5"): after the ingest part the server's high-water
  // mark would otherwise be the import's, not the export's.
  try {
    writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  } catch {
    /* not Linux, or not allowed: VmHWM then covers the server's whole life */
  }
  const sampler = sampleRss(server.pid, 100);
  const before = rssMb(server.pid);
  const started = Date.now();
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    // undici's request and Buffer#indexOf, not fetch's web stream and a JavaScript loop over every byte: the client
    // shares the two cores with the API and MariaDB, and those cost it ~2 s of CPU for 561 MB (session 15).
    const res = await request(`${server.base}/api/exports/claims.csv`, {
      headers: { authorization: `Bearer ${server.token}` },
      signal: AbortSignal.timeout(20 * 60_000),
    });
    status = res.statusCode;
    if (status !== 200) throw new Error(`${status} ${await res.body.text()}`);
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    }
  } catch (error) {
    results.push({ ...tag, part: 'export', error: String(error), status });
    log(`export: ${String(error).slice(0, 200)}`);
    sampler.stop();
    return;
  }
  const seconds = (Date.now() - started) / 1000;
  const { peakRssMb, hwmMb } = sampler.stop();
  const rows = Math.max(0, lines - 1);
  log(
    table(
      [
        'export claims.csv',
        'rows',
        'seconds',
        'rows/s',
        'MB',
        'RSS before MB',
        'peak RSS MB (100 ms samples)',
        'VmHWM MB',
      ],
      [
        [
          'GET /api/exports/claims.csv',
          rows,
          seconds.toFixed(1),
          (rows / seconds).toFixed(0),
          (bytes / 1e6).toFixed(0),
          before.toFixed(0),
          peakRssMb.toFixed(0),
          hwmMb.toFixed(0),
        ],
      ],
    ),
  );
  results.push({
    ...tag,
    part: 'export',
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    bytes,
    rssBeforeMb: before,
    peakRssMb,
    hwmMb,
  });
}
