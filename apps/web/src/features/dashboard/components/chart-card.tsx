import type { ReactNode } from 'react';
import { useMessages } from '../../../lib/i18n';
import { dashboardMessages } from '../messages';

export type ChartCardProps = {
  title: string;
  help?: ReactNode;
  /** Controls shown beside the title (switches). */
  controls?: ReactNode;
  /** Saves the chart as PNG; omitted for cards without a canvas. */
  onDownloadPng?: () => void;
  /** The CSV export carrying this card's filters. */
  csvHref?: string;
  csvFileName?: string;
  /** The accessible data view: a real <table>. */
  table?: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
};

/** One dashboard card: title, help, the chart or list, a table view and its downloads. */
export function ChartCard({
  title,
  help,
  controls,
  onDownloadPng,
  csvHref,
  csvFileName,
  table,
  children,
  testId,
  className,
}: ChartCardProps) {
  const t = useMessages(dashboardMessages);
  return (
    <section
      className={['panel', 'chart-card', className ?? ''].filter(Boolean).join(' ')}
      aria-label={title}
      data-testid={testId}
    >
      <header className="chart-card-header">
        <div className="chart-card-heading">
          <h2>{title}</h2>
          {help ? <p className="help-line">{help}</p> : null}
        </div>
        <div className="chart-card-actions">
          {controls}
          {onDownloadPng ? (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={onDownloadPng}
              data-testid="download-png"
            >
              {t.downloadPng}
            </button>
          ) : null}
          {csvHref ? (
            <a
              className="btn btn-secondary btn-sm"
              href={csvHref}
              download={csvFileName ?? true}
              data-testid="download-csv"
            >
              {t.downloadCsv}
            </a>
          ) : null}
        </div>
      </header>
      <div className="chart-card-body">{children}</div>
      {table ? (
        <details className="chart-table" data-testid="chart-table">
          <summary>{t.showTable}</summary>
          {table}
        </details>
      ) : null}
    </section>
  );
}
