/**
 * The claims list's checkbox selection. `anchor` is the row a shift-click extends from; `allMatching`
 * means "every claim the filter matches", most of which are not loaded: it ends with any change by row.
 */
export type ClaimSelection = { ids: ReadonlySet<number>; anchor: number | null; allMatching: boolean };

export const EMPTY_SELECTION: ClaimSelection = { ids: new Set(), anchor: null, allMatching: false };

/** A click on one row's checkbox (or `x` on the focused row): flips it and makes it the anchor. */
export function toggleRow(selection: ClaimSelection, id: number): ClaimSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id, allMatching: false };
}

/**
 * A shift-click: every row between the anchor and this one (in list order, both included) takes the state the
 * clicked row is being given, as in a mail client. Without an anchor still on the page it is a plain toggle.
 */
export function selectRange(selection: ClaimSelection, orderedIds: readonly number[], id: number): ClaimSelection {
  const from = selection.anchor === null ? -1 : orderedIds.indexOf(selection.anchor);
  const to = orderedIds.indexOf(id);
  if (from < 0 || to < 0) return toggleRow(selection, id);
  const select = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  for (const rowId of orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: id, allMatching: false };
}

/** The header checkbox: every loaded row, or none when they all are selected already. */
export function toggleAllLoaded(selection: ClaimSelection, orderedIds: readonly number[]): ClaimSelection {
  const all = orderedIds.length > 0 && orderedIds.every((id) => selection.ids.has(id));
  return { ids: all ? new Set() : new Set(orderedIds), anchor: null, allMatching: false };
}

export function selectAllMatching(orderedIds: readonly number[]): ClaimSelection {
  return { ids: new Set(orderedIds), anchor: null, allMatching: true };
}

/** The header checkbox's state. */
export function headerState(selection: ClaimSelection, orderedIds: readonly number[]): 'all' | 'some' | 'none' {
  const selected = orderedIds.filter((id) => selection.ids.has(id)).length;
  if (selection.allMatching || (selected > 0 && selected === orderedIds.length)) return 'all';
  return selected > 0 ? 'some' : 'none';
}

/** How many claims an action would change: the filter's total, or the rows ticked. */
export function selectedCount(selection: ClaimSelection, total: number): number {
  return selection.allMatching ? total : selection.ids.size;
}

/**
 * Offer "select all N matching" once every loaded row is ticked and the filter matches more than is loaded.
 */
export function offersAllMatching(selection: ClaimSelection, orderedIds: readonly number[], total: number): boolean {
  return !selection.allMatching && total > orderedIds.length && headerState(selection, orderedIds) === 'all';
}
