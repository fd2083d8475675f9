import { createReadStream } from 'node:fs';
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
 * Streams the rows of a file: memory stays bounded by one row of at most `maxRowBytes` (CLAIMLINE_MAX_ARTICLE_BYTES)
 * whatever the file size, and the consumer's pace (one article at a time) pauses the file read through async
 * iteration.
 */
export async function* readImportRows(
  path: string,
  format: ImportFormat,
  maxRowBytes: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<ImportRow> {
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) input.on('data', (chunk) => onBytes(chunk.length));
  // No encoding given: the stream yields Buffers.
  if (format === 'jsonl') yield* jsonlRows(input as AsyncIterable<Buffer>, maxRowBytes);
  else yield* csvRows(input, maxRowBytes);
}

/** A line of the file, or the number of a line that was longer than the cap (its bytes were dropped as read). */
type Line = { line: number; text: string } | { line: number; tooLong: true };

/**
 * The file's lines split on '\n' bytes (never inside a UTF-8 sequence), each decoded once complete. readline would
 * build a line of any length in memory (a 100 MB line took 440 MB); here a line stops being kept once it passes
 * `maxBytes`, and the rest of it is skipped up to its newline.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const finish = (): Line => {
    line++;
    const result: Line = tooLong
      ? { line, tooLong: true }
      : { line, text: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    tooLong = false;
    return result;
  };
  const keep = (piece: Buffer) => {
    if (tooLong || !piece.length) return;
    // One byte of slack for the '\r' of a CRLF line.
    if (size + piece.length > maxBytes + 1) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(Buffer.from(piece)); // a copy: the stream may reuse its chunk
    size += piece.length;
  };
  for await (const chunk of input) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
      keep(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(chunk.subarray(start));
  }
  if (size || tooLong) yield finish();
}

async function* jsonlRows(input: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<ImportRow> {
  for await (const read of boundedLines(input, maxBytes)) {
    const { line } = read;
    if ('tooLong' in read) {
      yield { line, error: `article larger than ${maxBytes} bytes` };
      continue;
    }
    const text = line === 1 ? read.text.replace(/^\uFEFF/, '') : read.text;
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

async function* csvRows(input: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<ImportRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      // Past this many bytes in one record csv-parse stops (CSV_MAX_RECORD_SIZE) rather than buffer it all: a CSV
      // cannot be resynchronised after a bad record, so the rows before it are kept and the job ends there.
      max_record_size: maxBytes,
      columns: (header: string[]) => header.map((name) => name.trim()),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  // Rows can span lines (quoted newlines): a row starts on the line after the previous one ended.
  let previousEnd = 1;
  const records = recordsThenError<{ record: Record<string, string>; info: { lines: number } }>(parser);
  for await (const { record, info } of tooBigAsReason(records, maxBytes)) {
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

/** csv-parse's CSV_MAX_RECORD_SIZE said in the import's terms; other errors pass through. */
async function* tooBigAsReason<T>(records: AsyncGenerator<T>, maxBytes: number): AsyncGenerator<T> {
  try {
    yield* records;
  } catch (error) {
    const csvError = error as { code?: string; lines?: number };
    if (csvError.code !== 'CSV_MAX_RECORD_SIZE') throw error;
    throw new Error(
      `a record near line ${csvError.lines ?? '?'} is larger than ${maxBytes} bytes (CLAIMLINE_MAX_ARTICLE_BYTES)`,
      { cause: error },
    );
  }
}
