import { CAMPS } from '@claimline/contracts';
import { fillBuckets } from './fill-buckets.js';
import {
  bucketedRows,
  orderPair,
  toBucketCounts,
  toCoarser,
  toCampShares,
  toFramingOutlets,
  toSeries,
  type SeriesRow,
} from './shape-analytics.js';

const row = (bucket: string, seriesKey: string | null, count: number, extra: Partial<SeriesRow> = {}): SeriesRow => ({
  bucket,
  seriesKey,
  labelEn: null,
  labelAr: null,
  color: null,
  coarser: null,
  count,
  ...extra,
});

describe('toCoarser', () => {
  const rows = [
    row('2019-07-01', 'LNA', 4),
    row('2019-07-01', 'LNA', 2, { coarser: 'month' }),
    row('2019-08-05', 'LNA', 1, { coarser: 'month' }),
    row('2019-07-01', 'GNA', 5, { coarser: 'month' }),
    row('2019-07-08', 'GNA', 3, { coarser: 'week' }),
  ];

  it('keeps the coarser rows out of the buckets', () => {
    expect(bucketedRows(rows)).toEqual([rows[0]]);
  });

  it('tallies them per precision (week first) and series, largest first, named like the series', () => {
    const coarser = toCoarser('camp', rows, CAMPS, (_precision, seriesSum) => seriesSum);
    expect(coarser.map((c) => [c.precision, c.count, c.series.map((s) => [s.key, s.count])])).toEqual([
      ['week', 3, [['GNA', 3]]],
      [
        'month',
        8,
        [
          ['GNA', 5],
          ['LNA', 3],
        ],
      ],
    ]);
    expect(coarser[1].series[1]).toMatchObject({ label: 'Libyan National Army', color: '#D55E00' });
  });

  it('takes the distinct claim count from the caller (narratives can share a claim)', () => {
    const coarser = toCoarser('narrative', rows, CAMPS, (precision) => (precision === 'month' ? 6 : 2));
    expect(coarser.map((c) => c.count)).toEqual([2, 6]);
  });

  it('is empty when every claim fits the bucket', () => {
    expect(toCoarser('camp', [rows[0]], CAMPS, () => 99)).toEqual([]);
  });
});

describe('toSeries', () => {
  it('lists every allowed camp in canonical order with its colour, zeros included', () => {
    const rows = [row('2019-10', 'GNA', 2), row('2019-11', 'LNA', 1)];
    const series = toSeries('camp', fillBuckets('month', toBucketCounts(rows)), rows, CAMPS);
    expect(series.map((s) => s.key)).toEqual(CAMPS.map((c) => c.id));
    expect(series[0]).toEqual({
      key: 'LNA',
      label: 'Libyan National Army',
      labelAr: 'الجيش الوطني الليبي',
      color: '#D55E00',
      counts: [0, 1],
    });
    expect(series[2].counts).toEqual([0, 0]);
  });

  it('limits camp series to the filtered camps', () => {
    const rows = [row('2019-10', 'GNA', 2)];
    expect(
      toSeries('camp', fillBuckets('month', toBucketCounts(rows)), rows, CAMPS, ['GNA', 'UN']).map((s) => s.key),
    ).toEqual(['GNA', 'UN']);
  });

  it('orders narratives largest first, the untagged last, with their own colours', () => {
    const rows = [
      row('2019-10', '1', 1, { labelEn: 'Terrorism', labelAr: 'الإرهاب', color: '#111111' }),
      row('2019-10', null, 9),
      row('2019-10', '2', 5, { labelEn: 'Mercenaries', labelAr: 'المرتزقة', color: '#222222' }),
    ];
    const series = toSeries('narrative', fillBuckets('month', toBucketCounts(rows)), rows, CAMPS);
    expect(series.map((s) => [s.key, s.label, s.color])).toEqual([
      ['2', 'Mercenaries', '#222222'],
      ['1', 'Terrorism', '#111111'],
      ['none', 'No narrative', '#DDDDDD'],
    ]);
  });
});

describe('toCampShares', () => {
  it('divides each narrative by its camp total and counts the untagged', () => {
    const shares = toCampShares(
      [
        {
          camp: 'LNA',
          narrativeId: 7,
          nameEn: 'Terrorism',
          nameAr: 'الإرهاب',
          color: '#111111',
          count: 3,
          isTotal: false,
        },
        { camp: 'LNA', narrativeId: null, nameEn: null, nameAr: null, color: null, count: 1, isTotal: false },
        { camp: 'LNA', narrativeId: null, nameEn: null, nameAr: null, color: null, count: 4, isTotal: true },
      ],
      CAMPS,
    );
    expect(shares).toHaveLength(5);
    expect(shares[0]).toEqual({
      camp: 'LNA',
      total: 4,
      untagged: 1,
      narratives: [{ narrativeId: 7, name: 'Terrorism', nameAr: 'الإرهاب', color: '#111111', count: 3, share: 0.75 }],
    });
    expect(shares[1]).toEqual({ camp: 'GNA', total: 0, untagged: 0, narratives: [] });
  });
});

describe('toFramingOutlets', () => {
  it('groups label rows under their outlet, naming the outlet-less ones', () => {
    const outlets = toFramingOutlets([
      {
        outletId: 1,
        outletName: 'Al-Marsad',
        camp: 'GNA',
        label: 'ميليشيات',
        tone: 'pejorative',
        narration: 3,
        quote: 1,
      },
      {
        outletId: 1,
        outletName: 'Al-Marsad',
        camp: 'LNA',
        label: 'الجيش',
        tone: 'legitimising',
        narration: 2,
        quote: 0,
      },
      { outletId: null, outletName: null, camp: 'LNA', label: 'قوات حفتر', tone: 'neutral', narration: 1, quote: 0 },
    ]);
    expect(outlets.map((o) => [o.outletId, o.outletName, o.labels.length])).toEqual([
      [1, 'Al-Marsad', 2],
      [null, 'Unknown outlet', 1],
    ]);
  });
});

describe('orderPair', () => {
  it('puts LNA before GNA whatever order SQL returned them in', () => {
    const gna = { camp: 'GNA', id: 1 };
    const lna = { camp: 'LNA', id: 2 };
    expect(orderPair(gna, lna, CAMPS)).toEqual([lna, gna]);
    expect(orderPair(lna, gna, CAMPS)).toEqual([lna, gna]);
  });
});
