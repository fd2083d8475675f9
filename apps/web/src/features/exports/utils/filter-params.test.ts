import { describe, expect, it } from 'vitest';
import { toggled, withExportFilter } from './filter-params';

describe('withExportFilter', () => {
  it('sets a filter in the shared order and keeps bucket and groupBy', () => {
    const params = new URLSearchParams('bucket=month&from=2019-07-01&groupBy=source');
    expect(withExportFilter(params, 'camp', ['LNA', 'GNA']).toString()).toBe(
      'camp=LNA%2CGNA&from=2019-07-01&bucket=month&groupBy=source',
    );
  });

  it('removes a filter that filters nothing', () => {
    const params = new URLSearchParams('camp=LNA&q=%D9%88%D8%A7%D8%AF%D9%8A');
    expect(withExportFilter(params, 'camp', []).toString()).toBe('q=%D9%88%D8%A7%D8%AF%D9%8A');
    expect(withExportFilter(params, 'q', '').toString()).toBe('camp=LNA');
  });
});

describe('toggled', () => {
  it('adds and removes one value', () => {
    expect(toggled(['LNA'], 'GNA', true)).toEqual(['LNA', 'GNA']);
    expect(toggled(['LNA', 'GNA'], 'LNA', false)).toEqual(['GNA']);
    expect(toggled(undefined, 'UN', true)).toEqual(['UN']);
  });
});
