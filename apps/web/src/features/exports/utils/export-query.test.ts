import { describe, expect, it } from 'vitest';
import { claimFiltersFromSearchParams } from '@claimline/contracts';
import {
  INITIAL_CSV_STATE,
  countCsvRecords,
  defaultExportFileName,
  exportQuery,
  fileNameFromDisposition,
  recordsSoFar,
} from './export-query';

describe('the exports page filters', () => {
  it('reads the claim filters of the page URL and writes them back unchanged', () => {
    const filters = claimFiltersFromSearchParams(
      new URLSearchParams(
        'camp=LNA,X%20X&camp=GNA&source=3&from=2019-10-01&to=nope&q=%20طرابلس%20&article=9&bucket=week',
      ),
    );
    expect(filters).toEqual({ camp: ['LNA', 'GNA'], source: [3], from: '2019-10-01', article: 9, q: 'طرابلس' });
    expect(exportQuery('claims', filters)).toEqual({
      camp: 'LNA,GNA',
      source: '3',
      from: '2019-10-01',
      article: '9',
      q: 'طرابلس',
    });
  });

  it('is empty without filters', () => {
    expect(exportQuery('claims', claimFiltersFromSearchParams(new URLSearchParams('')))).toEqual({});
  });
});

describe('exportQuery', () => {
  it('adds bucket and grouping to the time series only', () => {
    const options = { bucket: 'month' as const, groupBy: 'status' as const };
    expect(exportQuery('timeseries', { camp: ['UN'] }, options)).toEqual({
      camp: 'UN',
      bucket: 'month',
      groupBy: 'status',
    });
    expect(exportQuery('claims', { camp: ['UN'] }, options)).toEqual({ camp: 'UN' });
  });

  it('sends articles.csv only the outlet and publication dates', () => {
    expect(exportQuery('articles', { camp: ['UN'], outlet: [2], from: '2019-10-01', q: 'x' })).toEqual({
      outlet: '2',
      from: '2019-10-01',
    });
  });
});

describe('fileNameFromDisposition', () => {
  it('reads plain, quoted and UTF-8 names', () => {
    expect(fileNameFromDisposition('attachment; filename="claims-2019.csv"', 'x.csv')).toBe('claims-2019.csv');
    expect(fileNameFromDisposition('attachment; filename=claims.csv', 'x.csv')).toBe('claims.csv');
    expect(fileNameFromDisposition('attachment; filename="a.csv"; filename*=UTF-8\'\'%D8%A7.csv', 'x.csv')).toBe(
      'ا.csv',
    );
  });

  it('falls back and strips path characters', () => {
    expect(fileNameFromDisposition(null, 'x.csv')).toBe('x.csv');
    expect(fileNameFromDisposition('inline', 'x.csv')).toBe('x.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('.._.._etc_passwd');
  });
});

describe('defaultExportFileName', () => {
  it('names the export and the day', () => {
    expect(defaultExportFileName('claims', new Date('2024-05-01T10:00:00Z'))).toBe('claimline-claims-2024-05-01.csv');
  });
});

describe('countCsvRecords', () => {
  it('counts CRLF records, ignoring the BOM', () => {
    const state = countCsvRecords('\uFEFFid,text\r\n1,a\r\n2,b\r\n', INITIAL_CSV_STATE);
    expect(recordsSoFar(state)).toBe(3);
  });

  it('does not split a quoted field with a line break, across chunks', () => {
    let state = countCsvRecords('id,text\r\n1,"first line', INITIAL_CSV_STATE);
    state = countCsvRecords('\r\nsecond ""quoted"" line"\r\n2,b', state);
    expect(state.inQuotes).toBe(false);
    expect(recordsSoFar(state)).toBe(3);
  });

  it('ignores blank lines', () => {
    expect(recordsSoFar(countCsvRecords('a\r\n\r\nb\r\n', INITIAL_CSV_STATE))).toBe(2);
  });
});
