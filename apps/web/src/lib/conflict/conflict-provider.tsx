import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigation, useSearchParams } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { CONFLICT_PARAM, resolveConflict, withConflictHref } from './conflict-scope';
import { currentConflict, rememberConflict, rememberedConflict, setCurrentConflict } from './current-conflict';
import { useConflicts, type Conflict } from './get-conflicts';

export type ConflictContextValue = {
  /** The conflict the page shows (`?conflict=`); undefined only outside a ConflictProvider before any choice. */
  conflict: string | undefined;
  conflicts: Conflict[];
  /** The current conflict's record, once the list arrived. */
  current: Conflict | undefined;
  /** Shows another conflict: a new history entry, so Back returns to the previous one. */
  switchConflict: (id: string) => void;
  /** An internal link that keeps the current conflict. */
  href: (to: string) => string;
};

const ConflictContext = createContext<ConflictContextValue | null>(null);

export type ConflictProviderProps = { children: ReactNode };

/**
 * Keeps the current conflict in the URL (`?conflict=`) on every page. A URL without it (a bookmark, a link a
 * page built without it) gets the conflict shown last, else the API's default, by a replace, not a push.
 */
export function ConflictProvider({ children }: ConflictProviderProps) {
  const [params, setParams] = useSearchParams();
  const navigation = useNavigation();
  const location = useLocation();
  const { data: conflicts, error } = useConflicts();
  const fromUrl = params.get(CONFLICT_PARAM);
  const conflict = resolveConflict(fromUrl || currentConflict(), rememberedConflict(), conflicts);
  // Written during render, before the page below renders: its queries hash their keys and the API middleware
  // sends `conflict` from this value, so an effect would let the first fetches go out for the previous conflict.
  setCurrentConflict(conflict);

  useEffect(() => {
    if (!conflict) return;
    rememberConflict(conflict);
    if (fromUrl === conflict || navigation.state !== 'idle') return;
    // A tick later, not now: a redirect rendered in this same commit (an index route's <Navigate>) starts its
    // navigation in its own effect, and writing the URL first would cancel it. That navigation changes the
    // location or the navigation state, which re-runs this effect and drops the pending write.
    const timer = setTimeout(() => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(CONFLICT_PARAM, conflict);
          return next;
        },
        { replace: true },
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [conflict, fromUrl, setParams, navigation.state, location.key]);

  const switchConflict = useCallback(
    (id: string) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set(CONFLICT_PARAM, id);
        return next;
      });
    },
    [setParams],
  );

  const value = useMemo<ConflictContextValue>(
    () => ({
      conflict,
      conflicts: conflicts ?? [],
      current: conflicts?.find((item) => item.id === conflict),
      switchConflict,
      href: (to) => withConflictHref(to, conflict),
    }),
    [conflict, conflicts, switchConflict],
  );

  // Waits only for the list on a URL without a conflict. With no conflicts listed (or the list failing) the
  // pages still open: the API then answers for its default conflict.
  if (!conflict && !conflicts && !error) {
    return (
      <div className="page-center">
        <Spinner />
      </div>
    );
  }
  return <ConflictContext.Provider value={value}>{children}</ConflictContext.Provider>;
}

/** The current conflict. Outside a provider (a component test) it is whatever the last provider chose, if any. */
export function useConflict(): ConflictContextValue {
  const value = useContext(ConflictContext);
  if (value) return value;
  const conflict = currentConflict();
  return {
    conflict,
    conflicts: [],
    current: undefined,
    switchConflict: () => undefined,
    href: (to) => withConflictHref(to, conflict),
  };
}
