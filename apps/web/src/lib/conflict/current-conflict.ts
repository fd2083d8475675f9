/**
 * The conflict every API call is about, outside React: the openapi-fetch middleware and the query cache's
 * key hashing read it. ConflictProvider is the only writer (from the URL), so it never disagrees with the page.
 */
let current: string | undefined;

export const CONFLICT_STORAGE_KEY = 'claimline.conflict';

export function currentConflict(): string | undefined {
  return current;
}

export function setCurrentConflict(conflict: string | undefined): void {
  current = conflict;
}

/** The conflict chosen last time, so a bare URL (a bookmark, the sign-in redirect) opens on it again. */
export function rememberedConflict(): string | null {
  try {
    return window.localStorage.getItem(CONFLICT_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberConflict(conflict: string): void {
  try {
    window.localStorage.setItem(CONFLICT_STORAGE_KEY, conflict);
  } catch {
    // Private mode or a full storage: the URL still carries the choice.
  }
}
