import { splitByMonth } from './analytics-rollups.repository.js';

describe('splitByMonth', () => {
  it('open window: every month, no days', () => {
    expect(splitByMonth(undefined, undefined)).toEqual({ months: { from: undefined, to: undefined }, days: [] });
  });

  it('whole months only when the window is month-aligned', () => {
    expect(splitByMonth('2020-01-01', '2020-03-31')).toEqual({ months: { from: '2020-01', to: '2020-03' }, days: [] });
    expect(splitByMonth('2020-02-01', '2020-02-29')).toEqual({ months: { from: '2020-02', to: '2020-02' }, days: [] });
  });

  it('partial edge months as day ranges', () => {
    expect(splitByMonth('2019-12-15', '2020-03-10')).toEqual({
      months: { from: '2020-01', to: '2020-02' },
      days: [
        ['2019-12-15', '2019-12-31'],
        ['2020-03-01', '2020-03-10'],
      ],
    });
    expect(splitByMonth('2020-01-15', undefined)).toEqual({
      months: { from: '2020-02', to: undefined },
      days: [['2020-01-15', '2020-01-31']],
    });
    expect(splitByMonth(undefined, '2021-02-27')).toEqual({
      months: { from: undefined, to: '2021-01' },
      days: [['2021-02-01', '2021-02-27']],
    });
  });

  it('no whole month inside: days only', () => {
    expect(splitByMonth('2020-01-15', '2020-02-10')).toEqual({ months: null, days: [['2020-01-15', '2020-02-10']] });
    expect(splitByMonth('2020-01-02', '2020-01-30')).toEqual({ months: null, days: [['2020-01-02', '2020-01-30']] });
    expect(splitByMonth('2020-03-01', '2020-02-01')).toEqual({ months: null, days: [] });
  });
});
