import { localName, type NamedEntity } from '../../../lib/lookups';
import type { Lang } from '../../../lib/i18n';
import type { ValueResolver } from '../../../lib/history-diff';

/** Characters of a linked claim's text shown in a history line. */
export const SNIPPET_LENGTH = 60;

export function snippet(text: string, length = SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length).trimEnd()}…` : flat;
}

/**
 * A link/unlink entry is stored as `{ linkId, fromId, toId, relation }` for both claims it joins. Seen from one
 * of them, only the other claim and the relation say anything: the link's own id and this claim's id are dropped.
 */
export function linkSnapshotFor(snapshot: unknown, claimId: number): unknown {
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return snapshot;
  const record = snapshot as Record<string, unknown>;
  if (!('linkId' in record) || !('fromId' in record) || !('toId' in record)) return snapshot;
  const { linkId: _link, fromId, toId, ...rest } = record;
  return { linkedClaim: fromId === claimId ? toId : fromId, ...rest };
}

export type HistoryNames = {
  lang: Lang;
  sources: readonly NamedEntity[];
  places: readonly NamedEntity[];
  narratives: readonly NamedEntity[];
  /** Texts of claims the page knows (this claim's linked claims), by id. */
  claimTexts: ReadonlyMap<number, string>;
};

const SOURCE_FIELDS = new Set(['sourceId', 'mergedIntoId']);

/** Names the ids an audit snapshot holds; undefined (the id as stored) only when the page knows no name. */
export function historyNameResolver(names: HistoryNames): ValueResolver {
  const named = (list: readonly NamedEntity[], id: number) => {
    const item = list.find((entry) => entry.id === id);
    return item ? localName(item, names.lang) : undefined;
  };
  return (field, value) => {
    if (typeof value !== 'number') return undefined;
    if (SOURCE_FIELDS.has(field)) return named(names.sources, value);
    if (field === 'locations') return named(names.places, value);
    if (field === 'narratives') return named(names.narratives, value);
    if (field === 'linkedClaim') {
      const text = names.claimTexts.get(value);
      return text === undefined ? undefined : snippet(text);
    }
    return undefined;
  };
}
