/**
 * The claim the list's keyboard focus was on, kept for the browser tab: opening a claim unmounts the list, and
 * coming back (Back, or the Claims link) should land on the same row, not the top.
 */
const KEY = 'claimline.claims.focusedClaim';

export function rememberFocusedClaim(
  id: number | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = session(),
): void {
  if (!storage) return;
  if (id === null) storage.removeItem(KEY);
  else storage.setItem(KEY, String(id));
}

/** The row index of the remembered claim among `ids`, or -1 (nothing focused) when it is not on the page. */
export function rememberedRowIndex(
  ids: readonly number[],
  storage: Pick<Storage, 'getItem'> | undefined = session(),
): number {
  const stored = Number(storage?.getItem(KEY));
  return Number.isInteger(stored) && stored > 0 ? ids.indexOf(stored) : -1;
}

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Storage can be switched off (privacy settings): then the list simply starts at the top.
    return undefined;
  }
}
