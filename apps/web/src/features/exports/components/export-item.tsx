import type { ReactNode } from 'react';
import { errorMessage, type Query } from '../../../lib/api-client';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { Spinner } from '../../../components/ui/spinner';
import { useDownloadExport } from '../api/download-export';
import { exportsMessages } from '../messages';
import { defaultExportFileName, exportPath, type ExportKind } from '../utils/export-query';

export type ExportItemProps = { kind: ExportKind; title: string; body: string; query: Query; children?: ReactNode };

export function ExportItem({ kind, title, body, query, children }: ExportItemProps) {
  const t = useMessages(exportsMessages);
  const { formatNumber } = useI18n();
  const { state, start, cancel } = useDownloadExport();
  const fileName = `${kind}.csv`;

  function size(bytes: number) {
    return bytes >= 1024 * 1024
      ? `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`
      : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }

  function handleDownload() {
    void start(exportPath(kind), query, defaultExportFileName(kind));
  }

  return (
    <li className="panel export-item" data-testid={`export-${kind}`}>
      <h2>{title}</h2>
      <p className="help-line">{body}</p>
      {children}
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={handleDownload}
          disabled={state.status === 'running'}
          data-testid={`download-${kind}`}
        >
          {format(t.download, { name: fileName })}
        </button>
        {state.status === 'running' ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={cancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
      <div aria-live="polite" className="export-progress" data-testid={`export-status-${kind}`}>
        {state.status === 'running' ? (
          <>
            {state.progress.totalBytes ? (
              <ProgressBar value={state.progress.bytes} max={state.progress.totalBytes} label={title} />
            ) : (
              <Spinner label={title} />
            )}{' '}
            {format(t.running, { rows: formatNumber(state.progress.rows), size: size(state.progress.bytes) })}
          </>
        ) : null}
        {state.status === 'done' ? (
          <span data-rows={state.result.rows}>
            {format(t.done, {
              file: state.result.fileName,
              rows: formatNumber(state.result.rows),
              size: size(state.result.bytes),
            })}
          </span>
        ) : null}
        {state.status === 'error' ? (
          <span className="field-error" role="alert">
            {errorMessage(state.error)}
          </span>
        ) : null}
      </div>
    </li>
  );
}
