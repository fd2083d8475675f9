import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

export type ImportFormat = 'jsonl' | 'csv';

/** One row of an import file: a record to validate, or an error that fails only this row. */
export type ImportRow = { line: number; record?: Record<string, unknown>; error?: string };

/** By extension first, then by content type; null when neither says JSONL or CSV. */
export function detectFormat(filename: string, contentType?: string): ImportFormat | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('ndjson') || type.includes('jsonl') || type.includes('json-seq')) return 'jsonl';
  if (type.includes('csv')) return 'csv';
  return null;
}

/**
 * Streams the rows of a file: memory stays bounded by one row whatever the file size, and the
 * consumer's pace (one article at a time) pauses the file read through async iteration.
 */
export async function* readImportRows(
  path: string,
  format: ImportFormat,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<ImportRow> {
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) input.on('data', (chunk) => onBytes(chunk.length));
  if (format === 'jsonl') yield* jsonlRows(input);
  else yield* csvRows(input);
}

async function* jsonlRows(input: NodeJS.ReadableStream): AsyncGenerator<ImportRow> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        yield { line, error: 'each line must be a JSON object' };
      else yield { line, record: value as Record<string, unknown> };
    } catch (error) {
      yield { line, error: `invalid JSON: ${(error as Error).message}` };
    }
  }
}

async function* csvRows(input: NodeJS.ReadableStream): AsyncGenerator<ImportRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  // Rows can span lines (quoted newlines): a row starts on the line after the previous one ended.
  let previousEnd = 1;
  for await (const { record, info } of recordsThenError<{ record: Record<string, string>; info: { lines: number } }>(
    parser,
  )) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const cleaned: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      // Empty cells are absent fields, not empty strings (an empty url is no url).
      if (value !== undefined && value !== '') cleaned[key] = value;
    }
    yield { line, record: cleaned };
  }
}

/**
 * A stream's records, then its error if it fails. A plain `for await` over a stream that errors drops the records
 * it had already parsed (destroy() discards the buffer): an unclosed quote at the end of a CSV would silently lose
 * every valid row before it. Backpressure is kept by pausing the stream while records wait.
 */
async function* recordsThenError<T>(stream: NodeJS.ReadableStream): AsyncGenerator<T> {
  const queue: T[] = [];
  const outcome: { failure: Error | null } = { failure: null };
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  stream.on('data', (record: T) => {
    queue.push(record);
    if (queue.length >= 256) stream.pause();
    notify();
  });
  stream.on('error', (error: Error) => {
    outcome.failure = error;
    ended = true;
    notify();
  });
  stream.on('end', () => {
    ended = true;
    notify();
  });
  for (;;) {
    if (queue.length) {
      yield queue.shift() as T;
      if (queue.length < 64 && stream.isPaused()) stream.resume();
      continue;
    }
    if (ended) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  if (outcome.failure) throw outcome.failure;
}
