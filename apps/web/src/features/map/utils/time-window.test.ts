import { describe, expect, it } from 'vitest';
import { filtersOfWindow, monthEnd, monthStart, moveThumb, windowOf } from './time-window';

const months = ['2019-04', '2019-05', '2019-06', '2019-07'];

describe('month bounds', () => {
  it('gives the first and last day of a month, leap years included', () => {
    expect(monthStart('2019-04')).toBe('2019-04-01');
    expect(monthEnd('2019-04')).toBe('2019-04-30');
    expect(monthEnd('2020-02')).toBe('2020-02-29');
    expect(monthEnd('2019-12')).toBe('2019-12-31');
  });
});

describe('windowOf', () => {
  it('spans every month when the URL has no dates', () => {
    expect(windowOf(months)).toEqual({ start: 0, end: 3 });
  });

  it('finds the months holding the URL dates', () => {
    expect(windowOf(months, '2019-05-12', '2019-06-03')).toEqual({ start: 1, end: 2 });
  });

  it('clamps dates outside the known months', () => {
    expect(windowOf(months, '2018-01-01', '2024-01-01')).toEqual({ start: 0, end: 3 });
  });

  it('never ends before it starts', () => {
    expect(windowOf(months, '2019-07-01', '2019-04-01')).toEqual({ start: 3, end: 3 });
  });
});

describe('filtersOfWindow', () => {
  it('writes whole months as days', () => {
    expect(filtersOfWindow(months, { start: 1, end: 2 })).toEqual({ from: '2019-05-01', to: '2019-06-30' });
  });

  it('drops the dates for the whole period, so the URL stays clean', () => {
    expect(filtersOfWindow(months, { start: 0, end: 3 })).toEqual({ from: undefined, to: undefined });
    expect(filtersOfWindow([], { start: 0, end: 0 })).toEqual({ from: undefined, to: undefined });
  });

  it('round-trips with windowOf', () => {
    const { from, to } = filtersOfWindow(months, { start: 0, end: 1 });
    expect(windowOf(months, from, to)).toEqual({ start: 0, end: 1 });
  });
});

describe('moveThumb', () => {
  it('drags the other thumb along instead of crossing it', () => {
    expect(moveThumb({ start: 1, end: 2 }, 'start', 3)).toEqual({ start: 3, end: 3 });
    expect(moveThumb({ start: 1, end: 2 }, 'end', 0)).toEqual({ start: 0, end: 0 });
    expect(moveThumb({ start: 1, end: 2 }, 'end', 3)).toEqual({ start: 1, end: 3 });
  });
});
