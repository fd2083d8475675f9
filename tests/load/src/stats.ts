/** Timing helpers: every loop in the harness is bounded by a count and a deadline. */
export type Summary = { n: number; median: number; p95: number; min: number; max: number };

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return {
    n: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export async function timeIt<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

/** Runs `fn` `warmup` times untimed, then up to `count` timed runs or until `budgetMs` is spent. */
export async function repeat(fn: () => Promise<unknown>, count: number, budgetMs: number): Promise<Summary> {
  // The warm-up run is timed too: a request slower than a third of the budget is reported from it alone.
  const [first] = await timeIt(fn);
  if (first > budgetMs / 3) return summarize([first]);
  const samples: number[] = [];
  const deadline = Date.now() + budgetMs;
  while (samples.length < count && (samples.length < 3 || Date.now() < deadline)) {
    const [ms] = await timeIt(fn);
    samples.push(ms);
  }
  return summarize(samples);
}

export const fmt = (ms: number) => (Number.isFinite(ms) ? (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)) : '—');

/** A plain-text (and Markdown) table. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}
