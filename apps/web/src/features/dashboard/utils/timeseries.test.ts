import { describe, expect, it } from 'vitest';
import type { TimeseriesResponse } from '../types';
import { EMPTY_FILTERS } from './filters';
import {
  claimsLinkForBar,
  formatBucketLabel,
  isTimeseriesEmpty,
  toTimeseriesChartData,
  toTimeseriesTable,
} from './timeseries';

const response: TimeseriesResponse = {
  bucket: 'week',
  groupBy: 'camp',
  buckets: ['2019-09-30', '2019-10-07'],
  coarser: [],
  series: [
    { key: 'LNA', label: 'Libyan National Army', labelAr: 'الجيش الوطني الليبي', color: '#D55E00', counts: [1, 7] },
    {
      key: 'GNA',
      label: 'Government of National Accord',
      labelAr: 'حكومة الوفاق الوطني',
      color: '#0072B2',
      counts: [0, 2],
    },
    { key: 'UN', label: 'United Nations', labelAr: '', color: '#009E73', counts: [0] },
  ],
  total: 10,
};

describe('toTimeseriesChartData', () => {
  it('makes one stacked dataset per series in its colour, padded to the buckets', () => {
    const data = toTimeseriesChartData(response, 'en');
    expect(data.labels).toEqual(['30 Sept 2019', '7 Oct 2019']);
    expect(data.datasets.map((dataset) => [dataset.key, dataset.backgroundColor, dataset.data, dataset.stack])).toEqual(
      [
        ['LNA', '#D55E00', [1, 7], 'claims'],
        ['GNA', '#0072B2', [0, 2], 'claims'],
        ['UN', '#009E73', [0, 0], 'claims'],
      ],
    );
    expect(data.datasets[0].label).toBe('Libyan National Army');
  });

  it('uses the Arabic labels in Arabic, falling back to English', () => {
    const data = toTimeseriesChartData(response, 'ar');
    expect(data.datasets.map((dataset) => dataset.label)).toEqual([
      'الجيش الوطني الليبي',
      'حكومة الوفاق الوطني',
      'United Nations',
    ]);
  });

  it('keeps numeric keys as strings and a missing key as null', () => {
    const data = toTimeseriesChartData(
      {
        ...response,
        groupBy: 'source',
        series: [
          { key: '12', label: 'A', labelAr: '', color: '#000', counts: [1, 1] },
          { key: 'none', label: 'None', labelAr: '', color: '#777', counts: [0, 1] },
        ],
      },
      'en',
    );
    expect(data.datasets.map((dataset) => dataset.key)).toEqual(['12', null]);
  });
});

describe('formatBucketLabel', () => {
  it('formats months without a day', () => {
    expect(formatBucketLabel('month', '2019-10', 'en')).toBe('Oct 2019');
    expect(formatBucketLabel('day', 'not-a-day', 'en')).toBe('not-a-day');
  });
});

describe('toTimeseriesTable', () => {
  it('has a row per bucket and totals both ways', () => {
    const table = toTimeseriesTable(response, 'en');
    expect(table.columns).toEqual(['Libyan National Army', 'Government of National Accord', 'United Nations']);
    expect(table.rows.map((row) => [row.key, row.counts, row.total])).toEqual([
      ['2019-09-30', [1, 0, 0], 1],
      ['2019-10-07', [7, 2, 0], 9],
    ]);
    expect(table.rows[1].label).toBe('7 Oct 2019 – 13 Oct 2019');
    expect(table.totals).toEqual([8, 2, 0]);
    expect(table.total).toBe(10);
  });
});

describe('isTimeseriesEmpty', () => {
  it('is empty without buckets or with only zeros', () => {
    expect(isTimeseriesEmpty(undefined)).toBe(true);
    expect(isTimeseriesEmpty({ ...response, buckets: [], series: [] })).toBe(true);
    expect(
      isTimeseriesEmpty({
        ...response,
        series: [{ key: 'LNA', label: 'x', labelAr: '', color: '#000', counts: [0, 0] }],
      }),
    ).toBe(true);
    expect(isTimeseriesEmpty(response)).toBe(false);
  });
});

describe('claimsLinkForBar', () => {
  it('filters by the camp and the bucket, keeping the other filters', () => {
    const link = claimsLinkForBar(
      { ...EMPTY_FILTERS, status: ['contested'], camp: ['LNA', 'GNA'] },
      'week',
      'camp',
      'GNA',
      '2019-10-07',
    );
    expect(link).toBe('/claims?camp=GNA&status=contested&from=2019-10-07&to=2019-10-13');
  });

  it('uses the group-by param for sources, narratives and statuses', () => {
    expect(claimsLinkForBar(EMPTY_FILTERS, 'day', 'source', '12', '2019-10-07')).toBe(
      '/claims?source=12&from=2019-10-07&to=2019-10-07',
    );
    expect(claimsLinkForBar({ ...EMPTY_FILTERS, camp: ['UN'] }, 'month', 'narrative', '3', '2019-10')).toBe(
      '/claims?camp=UN&narrative=3&from=2019-10-01&to=2019-10-31',
    );
    expect(claimsLinkForBar(EMPTY_FILTERS, 'day', 'status', 'confirmed', '2019-10-07')).toBe(
      '/claims?status=confirmed&from=2019-10-07&to=2019-10-07',
    );
  });

  it('narrows the bucket to the date filters', () => {
    expect(claimsLinkForBar({ ...EMPTY_FILTERS, from: '2019-10-09' }, 'week', 'camp', 'LNA', '2019-10-07')).toBe(
      '/claims?camp=LNA&from=2019-10-09&to=2019-10-13',
    );
  });

  it('leaves out of the list the claims the chart kept out of its buckets (known only to a longer period)', () => {
    expect(claimsLinkForBar(EMPTY_FILTERS, 'week', 'camp', 'LNA', '2019-07-01', ['month'])).toBe(
      '/claims?camp=LNA&from=2019-07-01&to=2019-07-07&precision=day%2Cweek%2Creported',
    );
    expect(
      claimsLinkForBar({ ...EMPTY_FILTERS, precision: ['day', 'month'] }, 'day', 'camp', 'GNA', '2019-07-01', [
        'week',
        'month',
      ]),
    ).toBe('/claims?camp=GNA&from=2019-07-01&to=2019-07-01&precision=day');
  });

  it('has no link for a series without a key', () => {
    expect(claimsLinkForBar(EMPTY_FILTERS, 'week', 'source', null, '2019-10-07')).toBeNull();
    expect(claimsLinkForBar(EMPTY_FILTERS, 'week', 'source', 'none', '2019-10-07')).toBeNull();
  });
});

describe('the "none" series', () => {
  it('has no key and no link', () => {
    const data = toTimeseriesChartData(
      {
        ...response,
        groupBy: 'source',
        series: [{ key: 'none', label: 'No source', labelAr: '', color: '#777', counts: [1, 0] }],
      },
      'en',
    );
    expect(data.datasets[0].key).toBeNull();
  });
});
