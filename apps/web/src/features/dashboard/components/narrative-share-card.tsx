import { useCallback, useMemo, useRef, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import type { ChartOptions } from 'chart.js';
import { downloadUrl } from '../../../lib/api-client';
import { findCamp, useCamps } from '../../../lib/camps';
import { baseChartOptions, chartFileName, downloadChartPng, rtlAxis, type Chart } from '../../../lib/chart';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { composeChartPng } from '../../../lib/chart-png';
import { ChartLegend } from '../../../components/ui/chart-legend';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useNarrativeShare } from '../api/get-narrative-share';
import { usePngCaption } from '../hooks/use-png-caption';
import { dashboardMessages } from '../messages';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { isShareEmpty, toShareChartData, toShareTable } from '../utils/share';
import { ChartCard } from './chart-card';

export type NarrativeShareCardProps = { filters: ClaimFilters };

export function NarrativeShareCard({ filters }: NarrativeShareCardProps) {
  const t = useMessages(dashboardMessages);
  const { lang, dir, formatNumber } = useI18n();
  const { data: campList } = useCamps();
  const chartRef = useRef<Chart<'bar'> | null>(null);
  const { data, error, isPending } = useNarrativeShare(filters);
  const pngCaption = usePngCaption(filters);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());

  const shaped = useMemo(() => {
    if (!data) return undefined;
    const chart = toShareChartData(data, lang, t.untagged);
    return { ...chart, datasets: chart.datasets.map((dataset) => ({ ...dataset, hidden: hidden.has(dataset.key) })) };
  }, [data, lang, t.untagged, hidden]);
  const legend = useMemo(
    () =>
      (shaped?.datasets ?? []).map((dataset) => ({
        id: dataset.key,
        label: dataset.label,
        color: dataset.backgroundColor,
        hidden: dataset.hidden,
      })),
    [shaped],
  );

  function handleToggle(id: string) {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }
  const campNames = useMemo(
    () =>
      (shaped?.camps ?? []).map((camp) => {
        const found = findCamp(campList, camp);
        return lang === 'ar' ? found.nameAr : found.nameEn;
      }),
    [shaped, campList, lang],
  );
  const table = useMemo(
    () =>
      shaped && data
        ? toShareTable(
            shaped,
            data.map((camp) => camp.total),
          )
        : undefined,
    [shaped, data],
  );
  const percent = useCallback(
    (value: number) => formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 }),
    [formatNumber],
  );

  const options = useMemo<ChartOptions<'bar'>>(() => {
    const base = baseChartOptions(lang, dir);
    return {
      ...base,
      indexAxis: 'y',
      scales: {
        x: { stacked: true, min: 0, max: 100, ...rtlAxis(dir), ticks: { callback: (value) => percent(Number(value)) } },
        y: { stacked: true, position: dir === 'rtl' ? 'right' : 'left' },
      },
      plugins: {
        ...base.plugins,
        // The legend is HTML (ChartLegend): buttons a keyboard can reach.
        legend: { display: false },
        tooltip: {
          ...base.plugins?.tooltip,
          callbacks: {
            label: (item) => {
              const count = shaped?.datasets[item.datasetIndex]?.counts[item.dataIndex] ?? 0;
              return `${item.dataset.label}: ${percent(Number(item.parsed.x ?? 0))} (${formatNumber(count)})`;
            },
          },
        },
      },
    };
  }, [lang, dir, shaped, formatNumber, percent]);

  const empty = isShareEmpty(data);
  const title = t.shareTitle;

  return (
    <ChartCard
      title={title}
      help={t.shareHelp}
      testId="share-card"
      onDownloadPng={
        !empty
          ? () => {
              const caption = pngCaption(
                title,
                {},
                legend.filter((item) => !item.hidden),
              );
              downloadChartPng(chartRef.current, chartFileName('narrative-share', []), (chart) =>
                composeChartPng(chart, caption),
              );
            }
          : undefined
      }
      csvHref={downloadUrl('/exports/claims.csv', claimFiltersToQuery(filters))}
      table={
        table && !empty ? (
          <div className="table-wrap">
            <table className="table">
              <caption>{format(t.tableOf, { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.camp}</th>
                  <th scope="col">{t.claims}</th>
                  {table.columns.map((column, index) => (
                    <th key={index} scope="col">
                      <bdi>{column}</bdi>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, rowIndex) => (
                  <tr key={row.camp}>
                    <th scope="row">{campNames[rowIndex]}</th>
                    <td>{formatNumber(row.total)}</td>
                    {row.cells.map((cell, index) => (
                      <td key={index}>
                        {percent(cell.percent)} ({formatNumber(cell.count)})
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : undefined
      }
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {!isPending && !error && empty ? <p className="muted">{t.noShare}</p> : null}
      {shaped && !empty ? (
        <div className="chart-canvas">
          <Bar
            ref={chartRef}
            data={{ labels: campNames, datasets: shaped.datasets }}
            options={options}
            role="img"
            aria-label={title}
            data-testid="share-chart"
          />
        </div>
      ) : null}
      {shaped && !empty ? <ChartLegend items={legend} onToggle={handleToggle} testId="share-legend" /> : null}
    </ChartCard>
  );
}
