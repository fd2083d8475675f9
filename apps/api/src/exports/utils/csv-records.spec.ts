import { parse } from 'csv-parse/sync';
import {
  articleCells,
  claimRecords,
  CLAIM_COLUMNS,
  groupBy,
  isoTimestamp,
  listCells,
  streamClaimRecords,
  timeseriesRecords,
} from './csv-records.js';

describe('csv records', () => {
  it('writes a claim with its narratives, places and links joined by "; "', () => {
    const text = claimRecords(
      [
        {
          id: 7,
          event_date: '2019-10-07',
          date_precision: 'day',
          camp_id: 'LNA',
          source_en: 'LNA Media',
          source_ar: 'شعبة الإعلام الحربي',
          source_mention: 'شعبة الإعلام',
          cue: 'أعلنت',
          channel: null,
          text: '=تدمير, "غرفة"',
          status: 'unreviewed',
          article_id: 3,
          article_title: 'T',
          outlet: 'O',
          url: 'https://x',
          published_at: '2019-10-07',
          published_estimated: 0,
          editor: 'a@b.c',
          editor_id: 7,
          updated_at: '2019-10-08 10:00:00.000',
        },
      ],
      {
        narratives: new Map([[7, ['Mercenaries', 'Terrorism']]]),
        places: new Map([[7, ['Wadi al-Rabie']]]),
        placesAr: new Map([[7, ['وادي الربيع']]]),
        links: new Map([[7, ['contradicts #12', 'corroborates #40']]]),
      },
    );
    const records: string[][] = parse(text);
    const [row] = records;
    expect(row[9]).toBe(`'=تدمير, "غرفة"`);
    expect(row.slice(11, 14)).toEqual(['Mercenaries; Terrorism', 'Wadi al-Rabie', 'وادي الربيع']);
    expect(row[19]).toBe('false');
    expect(row[20]).toBe('contradicts #12; corroborates #40');
    expect(row[22]).toBe('2019-10-08T10:00:00.000Z');
  });

  it('writes a streamed (MariaDB) row like a paged (SQLite) one', () => {
    const extras = {
      narratives: new Map([[7, ['Mercenaries', 'Terrorism']]]),
      places: new Map([[7, ['Wadi al-Rabie']]]),
      placesAr: new Map([[7, ['وادي الربيع']]]),
      links: new Map([[7, ['contradicts #12', 'corroborates #40']]]),
    };
    const paged = claimRecords(
      [
        {
          id: 7,
          event_date: '2019-10-07',
          date_precision: 'day',
          camp_id: 'LNA',
          source_en: 'LNA, Media',
          source_ar: 'شعبة الإعلام الحربي',
          source_mention: 'شعبة الإعلام',
          cue: 'أعلنت',
          channel: null,
          text: '=تدمير, "غرفة"',
          status: 'unreviewed',
          article_id: 3,
          article_title: 'T "x"',
          outlet: 'O',
          url: 'https://x',
          published_at: '2019-10-07',
          published_estimated: 0,
          editor: 'a@b.c',
          editor_id: 7,
          updated_at: '2019-10-08 10:00:00.000',
        },
        {
          id: 8,
          event_date: '2019-10',
          date_precision: 'month',
          camp_id: 'UN',
          source_en: null,
          source_ar: null,
          source_mention: '-m',
          cue: 'c',
          channel: 'Facebook',
          text: 'نص',
          status: 'contested',
          article_id: 3,
          article_title: 'T "x"',
          outlet: 'O',
          url: 'https://x',
          published_at: '2019-10-07',
          published_estimated: 0,
          editor: null,
          editor_id: null,
          updated_at: '2019-10-09 10:00:00.000',
        },
      ],
      extras,
    );
    const streamed = streamClaimRecords(
      [
        [
          7,
          '2019-10-07',
          'day',
          'LNA',
          1,
          'شعبة الإعلام',
          'أعلنت',
          null,
          '=تدمير, "غرفة"',
          'unreviewed',
          3,
          5,
          '2019-10-08T10:00:00.000Z',
        ],
        [
          8,
          '2019-10',
          'month',
          'UN',
          null,
          '-m',
          'c',
          'Facebook',
          'نص',
          'contested',
          3,
          null,
          '2019-10-09T10:00:00.000Z',
        ],
      ],
      {
        sources: new Map([[1, '"LNA, Media",شعبة الإعلام الحربي']]),
        editors: new Map([[5, 'a@b.c']]),
        articles: new Map([[3, articleCells(3, 'T "x"', 'O', 'https://x', '2019-10-07', 0)]]),
        lists: new Map([[7, listCells('Mercenaries; Terrorism', 'Wadi al-Rabie', 'وادي الربيع')]]),
        links: new Map([[7, 'contradicts #12; corroborates #40']]),
      },
    );
    expect(streamed.toString('utf8')).toBe(paged.toString('utf8'));
    const streamedRows: string[][] = parse(streamed);
    expect(streamedRows.every((row) => row.length === CLAIM_COLUMNS.length)).toBe(true);
  });

  it('lays a timeseries out one row per bucket, one column per series', () => {
    expect(
      timeseriesRecords(
        ['2019-10', '2019-11'],
        [
          { label: 'LNA', labelAr: 'الجيش الوطني', counts: [1, 2] },
          { label: 'GNA, Tripoli', labelAr: 'الوفاق', counts: [0, 3] },
        ],
      ),
    ).toBe('bucket,LNA,"GNA, Tripoli"\r\n2019-10,1,0\r\n2019-11,2,3\r\n');
  });

  it('adds a row per coarser tally, and a column for a series only those claims have', () => {
    const coarser = [
      {
        precision: 'month' as const,
        series: [
          { key: 'GNA', label: 'GNA', labelAr: 'الوفاق', count: 4 },
          { key: 'UN', label: 'UN', labelAr: 'الأمم المتحدة', count: 1 },
        ],
      },
    ];
    const series = [
      { key: 'LNA', label: 'LNA', labelAr: 'الجيش الوطني', counts: [1, 2] },
      { key: 'GNA', label: 'GNA', labelAr: 'الوفاق', counts: [0, 3] },
    ];
    expect(timeseriesRecords(['2019-07-01', '2019-07-08'], series, 'en', coarser)).toBe(
      'bucket,LNA,GNA,UN\r\n2019-07-01,1,0,0\r\n2019-07-08,2,3,0\r\nknown only to the month,0,4,1\r\n',
    );
    expect(timeseriesRecords(['2019-07-01'], series, 'ar', coarser).split('\r\n')[2]).toBe('معروف بالشهر فقط,0,4,1');
  });

  it('names the bucket and the series in Arabic for an Arabic export', () => {
    const series = [
      { label: 'LNA', labelAr: 'الجيش الوطني', counts: [1] },
      { label: 'none', labelAr: '', counts: [2] },
    ];
    expect(timeseriesRecords(['2019-10'], series, 'ar')).toBe('الفترة,الجيش الوطني,none\r\n2019-10,1,2\r\n');
  });

  it('groups values by claim id and normalises timestamps', () => {
    expect(
      groupBy(
        [
          { c: 1, v: 'a' },
          { c: 1, v: 'b' },
          { c: 2, v: 'c' },
        ],
        (r) => r.c,
        (r) => r.v,
      ),
    ).toEqual(
      new Map([
        [1, ['a', 'b']],
        [2, ['c']],
      ]),
    );
    expect(isoTimestamp(new Date('2019-10-08T10:00:00Z'))).toBe('2019-10-08T10:00:00.000Z');
  });
});
