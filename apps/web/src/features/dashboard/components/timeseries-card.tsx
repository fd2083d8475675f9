import { useMemo, useRef, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { Link, useNavigate } from 'react-router';
import type { ChartOptions } from 'chart.js';
import { downloadUrl } from '../../../lib/api-client';
import { baseChartOptions, chartFileName, downloadChartPng, rtlAxis, stackTotal, type Chart } from '../../../lib/chart';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { composeChartPng } from '../../../lib/chart-png';
import { ChartLegend } from '../../../components/ui/chart-legend';
import { Spinner } from '../../../components/ui/spinner';
import { ErrorMessage } from '../../../components/ui/error-message';
import { useTimeseries } from '../api/get-timeseries';
import { usePngCaption } from '../hooks/use-png-caption';
import { dashboardMessages } from '../messages';
import { BUCKETS, GROUP_BYS, type Bucket, type GroupBy } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import {
  claimsLinkForBar,
  formatBucketRange,
  isTimeseriesEmpty,
  toTimeseriesChartData,
  toTimeseriesTable,
} from '../utils/timeseries';
import { bucketEnd, bucketStart } from '../utils/buckets';
import { groupSeriesTail } from '../utils/series-tail';
import { ChartCard } from './chart-card';
import { CoarserNote } from './coarser-note';
import { Segmented } from './segmented';

export type TimeseriesCardProps = {
  filters: ClaimFilters;
  bucket: Bucket;
  groupBy: GroupBy;
  onBucketChange: (bucket: Bucket) => void;
  onGroupByChange: (groupBy: GroupBy) => void;
};

export function TimeseriesCard({ filters, bucket, groupBy, onBucketChange, onGroupByChange }: TimeseriesCardProps) {
  const t = useMessages(dashboardMessages);
  const { lang, dir, formatNumber } = useI18n();
  const navigate = useNavigate();
  const chartRef = useRef<Chart<'bar'> | null>(null);
  const { data: response, error, isPending, isFetching } = useTimeseries({ filters, bucket, groupBy });
  // Twenty sources would reuse colours: the top ones keep their own, the rest are summed as "Other".
  const data = useMemo(() => (response ? groupSeriesTail(response) : undefined), [response]);
  const pngCaption = usePngCaption(filters);
  // Series hidden from the legend, by series key: they stay hidden when the language changes.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());

  const chartData = useMemo(() => {
    if (!data) return undefined;
    const shaped = toTimeseriesChartData(data, lang);
    return {
      ...shaped,
      datasets: shaped.datasets.map((dataset, index) => ({ ...dataset, hidden: hidden.has(data.series[index].key) })),
    };
  }, [data, lang, hidden]);
  const legend = useMemo(
    () =>
      chartData && data
        ? chartData.datasets.map((dataset, index) => ({
            id: data.series[index].key,
            label: dataset.label,
            color: dataset.backgroundColor,
            hidden: dataset.hidden,
          }))
        : [],
    [chartData, data],
  );

  function handleToggle(id: string) {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }
  const table = useMemo(() => (data ? toTimeseriesTable(data, lang) : undefined), [data, lang]);
  // Claims known only to a longer period than the bucket: not in the bars, so not in their lists either.
  const leftOut = useMemo(() => (data?.coarser ?? []).map((tally) => tally.precision), [data]);
  // The response may still be the previous grouping while the new one loads (placeholder data).
  const shownBucket = data?.bucket ?? bucket;
  const shownGroupBy = data?.groupBy ?? groupBy;
  const groupLabel = t[`groupBy_${groupBy}`];
  const title = t.timeseriesTitle;

  const options = useMemo<ChartOptions<'bar'>>(() => {
    const base = baseChartOptions(lang, dir);
    return {
      ...base,
      interaction: { mode: 'index', intersect: false },
      // Chart.js sizes the room for rotated tick labels from the first label, which a reversed (RTL) axis
      // draws on the right: the last, leftmost label (often a longer month name) was clipped at the edge.
      layout: { padding: { left: dir === 'rtl' ? 36 : 0 } },
      scales: {
        x: { stacked: true, ...rtlAxis(dir), grid: { display: false } },
        y: { stacked: true, beginAtZero: true, position: dir === 'rtl' ? 'right' : 'left', ticks: { precision: 0 } },
      },
      plugins: {
        ...base.plugins,
        // The legend is HTML (ChartLegend): buttons a keyboard can reach.
        legend: { display: false },
        tooltip: {
          ...base.plugins?.tooltip,
          mode: 'index',
          intersect: false,
          callbacks: {
            title: (items) =>
              data && items[0] ? formatBucketRange(data.bucket, data.buckets[items[0].dataIndex], lang) : '',
            label: (item) => `${item.dataset.label}: ${formatNumber(Number(item.parsed.y ?? 0))}`,
            // The whole stack under the pointer; hidden (legend-toggled) series are not counted.
            footer: (items) => `${t.total}: ${formatNumber(stackTotal(items))}`,
          },
        },
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      onClick: (event, _elements, chart) => {
        if (!data || !chartData || !event.native) return;
        // The segment under the pointer, not the whole index the tooltip shows.
        const [hit] = chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, true);
        if (!hit) return;
        const key = chartData.datasets[hit.datasetIndex]?.key ?? null;
        const link = claimsLinkForBar(filters, data.bucket, data.groupBy, key, data.buckets[hit.index], leftOut);
        if (link) void navigate(link);
      },
    };
  }, [lang, dir, data, chartData, filters, formatNumber, navigate, t.total, leftOut]);

  function handleDownloadPng() {
    const drawn =
      data && data.buckets.length
        ? { from: bucketStart(data.bucket, data.buckets[0]), to: bucketEnd(data.bucket, data.buckets.at(-1)!) }
        : {};
    const caption = pngCaption(
      `${title} (${t[`groupBy_${shownGroupBy}`]}, ${t[`bucket_${shownBucket}`]})`,
      drawn,
      legend.filter((item) => !item.hidden),
    );
    downloadChartPng(chartRef.current, chartFileName('timeseries', [shownGroupBy, shownBucket]), (chart) =>
      composeChartPng(chart, caption),
    );
  }

  const csvHref = downloadUrl('/exports/timeseries.csv', { ...claimFiltersToQuery(filters), bucket, groupBy });
  const empty = isTimeseriesEmpty(data);

  return (
    <ChartCard
      title={title}
      help={format(t.timeseriesHelp, { groupBy: groupLabel })}
      testId="timeseries-card"
      className="chart-card-wide"
      controls={
        <>
          <Segmented
            label={t.groupBy}
            value={groupBy}
            options={GROUP_BYS.map((value) => ({ value, label: t[`groupBy_${value}`] }))}
            onChange={onGroupByChange}
            testId="group-by"
          />
          <Segmented
            label={t.bucket}
            value={bucket}
            options={BUCKETS.map((value) => ({ value, label: t[`bucket_${value}`] }))}
            onChange={onBucketChange}
            testId="bucket"
          />
        </>
      }
      onDownloadPng={!empty ? handleDownloadPng : undefined}
      csvHref={csvHref}
      table={
        table && !empty ? (
          <div className="table-wrap">
            <table className="table" data-testid="timeseries-table">
              <caption>{format(t.tableOf, { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.period}</th>
                  {table.columns.map((column, index) => (
                    <th key={index} scope="col" data-key={chartData?.datasets[index]?.key ?? ''}>
                      <bdi>{column}</bdi>
                    </th>
                  ))}
                  <th scope="col">{t.total}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key} data-bucket={row.key}>
                    <th scope="row">{row.label}</th>
                    {row.counts.map((count, index) => {
                      const link =
                        count > 0
                          ? claimsLinkForBar(
                              filters,
                              shownBucket,
                              shownGroupBy,
                              chartData?.datasets[index]?.key ?? null,
                              row.key,
                              leftOut,
                            )
                          : null;
                      return (
                        <td key={index} data-key={chartData?.datasets[index]?.key ?? ''}>
                          {link ? <Link to={link}>{formatNumber(count)}</Link> : formatNumber(count)}
                        </td>
                      );
                    })}
                    <td>{formatNumber(row.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.total}</th>
                  {table.totals.map((total, index) => (
                    <td key={index}>{formatNumber(total)}</td>
                  ))}
                  <td>{formatNumber(table.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        ) : undefined
      }
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {chartData && !empty ? (
        <div className="chart-canvas chart-canvas-tall" data-fetching={isFetching || undefined}>
          <Bar
            ref={chartRef}
            data={chartData}
            options={options}
            aria-label={format(t.chartLabel, {
              bucket: t[`bucket_${shownBucket}`],
              groupBy: t[`groupBy_${shownGroupBy}`],
            })}
            role="img"
            data-testid="timeseries-chart"
            data-series={chartData.datasets.map((dataset) => dataset.key ?? 'none').join(',')}
            data-bucket={shownBucket}
            data-group-by={shownGroupBy}
          />
        </div>
      ) : null}
      {chartData && !empty ? <ChartLegend items={legend} onToggle={handleToggle} testId="timeseries-legend" /> : null}
      <CoarserNote response={response} onBucketChange={onBucketChange} />
    </ChartCard>
  );
}
