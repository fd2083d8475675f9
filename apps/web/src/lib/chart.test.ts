import { describe, expect, it } from 'vitest';
import { baseChartOptions, chartFileName, rtlAxis, stackTotal } from './chart';

describe('stackTotal', () => {
  it('sums the visible values under the pointer', () => {
    expect(stackTotal([{ parsed: { x: 0, y: 3 } }, { parsed: { x: 0, y: 4 } }] as never)).toBe(7);
    expect(stackTotal([{ parsed: { x: 2, y: null } }, { parsed: { x: 5, y: 1 } }] as never, 'x')).toBe(7);
    expect(stackTotal([])).toBe(0);
  });
});

describe('chartFileName', () => {
  it('slugs the parts and adds the day', () => {
    expect(chartFileName('timeseries', ['camp', 'week'], 'png', new Date('2024-05-01T12:00:00Z'))).toBe(
      'claimline-timeseries-camp-week-2024-05-01.png',
    );
    expect(chartFileName('Narrative share', [undefined, 'All Camps!'], 'png', new Date('2024-05-01T12:00:00Z'))).toBe(
      'claimline-narrative-share-all-camps-2024-05-01.png',
    );
  });
});

describe('baseChartOptions', () => {
  it('runs legend and tooltip right to left in Arabic, with the Libyan Arabic locale', () => {
    const options = baseChartOptions('ar', 'rtl');
    expect(options.locale).toBe('ar-LY');
    expect(options.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
    expect(options.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
    expect(rtlAxis('rtl')).toEqual({ reverse: true });
  });

  it('stays left to right in English', () => {
    const options = baseChartOptions('en', 'ltr');
    expect(options.locale).toBe('en-GB');
    expect(options.plugins?.legend).toMatchObject({ rtl: false });
    expect(rtlAxis('ltr')).toEqual({ reverse: false });
  });
});
