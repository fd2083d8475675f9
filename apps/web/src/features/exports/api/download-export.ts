import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, downloadUrl, type Query } from '../../../lib/api-client';
import { countCsvRecords, fileNameFromDisposition, INITIAL_CSV_STATE, recordsSoFar } from '../utils/export-query';

export type DownloadProgress = { bytes: number; rows: number; totalBytes: number | null };
export type DownloadResult = DownloadProgress & { fileName: string };

export type DownloadExportOptions = {
  fallbackName: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
};

/**
 * Streams an export, counting bytes and CSV records as they arrive (a large export shows progress
 * instead of a frozen button), then saves it through an object URL with the server's file name.
 */
export async function downloadExport(
  path: string,
  query: Query,
  { fallbackName, signal, onProgress }: DownloadExportOptions,
): Promise<DownloadResult> {
  const response = await fetch(downloadUrl(path, query), {
    credentials: 'same-origin',
    headers: { Accept: 'text/csv' },
    signal,
  });
  if (!response.ok) {
    let message = response.statusText || `Export failed (${response.status})`;
    try {
      const body = (await response.json()) as { message?: unknown };
      if (typeof body.message === 'string') message = body.message;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, message);
  }
  const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  const length = Number(response.headers.get('Content-Length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: BlobPart[] = [];
  let bytes = 0;
  let state = INITIAL_CSV_STATE;
  const decoder = new TextDecoder('utf-8');
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      state = countCsvRecords(decoder.decode(value, { stream: true }), state);
      onProgress?.({ bytes, rows: recordsSoFar(state), totalBytes });
    }
  } else {
    const buffer = await response.arrayBuffer();
    chunks.push(buffer);
    bytes = buffer.byteLength;
    state = countCsvRecords(decoder.decode(buffer), state);
  }
  // The bytes go into the file untouched: the BOM that makes Excel read UTF-8 stays in place.
  const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const result = { bytes, rows: recordsSoFar(state), totalBytes, fileName };
  onProgress?.(result);
  return result;
}

export type DownloadState =
  | { status: 'idle' }
  | { status: 'running'; progress: DownloadProgress }
  | { status: 'done'; result: DownloadResult }
  | { status: 'error'; error: unknown };

/** One export's download: start, progress, cancel; aborted when the page unmounts. */
export function useDownloadExport() {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (path: string, query: Query, fallbackName: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'running', progress: { bytes: 0, rows: 0, totalBytes: null } });
    try {
      const result = await downloadExport(path, query, {
        fallbackName,
        signal: current.signal,
        onProgress: (progress) => {
          if (!current.signal.aborted) setState({ status: 'running', progress });
        },
      });
      if (!current.signal.aborted) setState({ status: 'done', result });
    } catch (error) {
      if (current.signal.aborted) setState({ status: 'idle' });
      else setState({ status: 'error', error });
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel };
}
