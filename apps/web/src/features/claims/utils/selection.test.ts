import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  headerState,
  offersAllMatching,
  selectAllMatching,
  selectedCount,
  selectRange,
  toggleAllLoaded,
  toggleRow,
} from './selection';

const rows = [10, 11, 12, 13, 14];
const ids = (selection: { ids: ReadonlySet<number> }) => [...selection.ids].sort((a, b) => a - b);

describe('claims selection', () => {
  it('toggles one row and makes it the anchor', () => {
    const one = toggleRow(EMPTY_SELECTION, 12);
    expect(ids(one)).toEqual([12]);
    expect(one.anchor).toBe(12);
    expect(ids(toggleRow(one, 12))).toEqual([]);
  });

  it('selects the range from the anchor to a shift-clicked row, in either direction', () => {
    const down = selectRange(toggleRow(EMPTY_SELECTION, 11), rows, 13);
    expect(ids(down)).toEqual([11, 12, 13]);
    expect(down.anchor).toBe(13);
    expect(ids(selectRange(toggleRow(EMPTY_SELECTION, 14), rows, 12))).toEqual([12, 13, 14]);
  });

  it('clears the range when the shift-clicked row was selected', () => {
    const all = toggleAllLoaded(EMPTY_SELECTION, rows);
    const anchored = toggleRow(toggleRow(all, 10), 10);
    expect(ids(selectRange(anchored, rows, 12))).toEqual([13, 14]);
  });

  it('falls back to a toggle without an anchor on the page', () => {
    expect(ids(selectRange(EMPTY_SELECTION, rows, 12))).toEqual([12]);
    expect(ids(selectRange({ ids: new Set([99]), anchor: 99, allMatching: false }, rows, 12))).toEqual([12, 99]);
  });

  it('selects every loaded row, then none, from the header', () => {
    const all = toggleAllLoaded(toggleRow(EMPTY_SELECTION, 10), rows);
    expect(ids(all)).toEqual(rows);
    expect(headerState(all, rows)).toBe('all');
    expect(ids(toggleAllLoaded(all, rows))).toEqual([]);
    expect(headerState(toggleRow(EMPTY_SELECTION, 10), rows)).toBe('some');
    expect(headerState(EMPTY_SELECTION, rows)).toBe('none');
  });

  it('offers every matching claim once all loaded rows are ticked, and counts the total then', () => {
    const all = toggleAllLoaded(EMPTY_SELECTION, rows);
    expect(offersAllMatching(all, rows, 120)).toBe(true);
    expect(offersAllMatching(all, rows, 5)).toBe(false);
    expect(offersAllMatching(toggleRow(EMPTY_SELECTION, 10), rows, 120)).toBe(false);
    const matching = selectAllMatching(rows);
    expect(selectedCount(matching, 120)).toBe(120);
    expect(offersAllMatching(matching, rows, 120)).toBe(false);
    // Unticking a row ends "all matching": the action is for the ticked rows again.
    const less = toggleRow(matching, 10);
    expect(less.allMatching).toBe(false);
    expect(selectedCount(less, 120)).toBe(4);
  });
});
