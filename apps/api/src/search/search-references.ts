import { normalizeArabic } from '@claimline/extraction';
import { queryWords, termsOf } from './search-terms.js';

/** Why a claim matched `q`: its text, its source's names and aliases, or one of its places' names and variants. */
export type MatchedBy = 'text' | 'source' | 'place';

/** The sources and places whose names match every word of `q`; applyClaimFilters ORs them with the text match. */
export type SearchMatch = { sourceIds: number[]; locationIds: number[] };

/** One name of a source or place, in either language: its name, an alias or a spelling variant. */
export type ReferenceName = { kind: 'source' | 'place'; id: number; name: string };

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Names are folded beyond normalizeArabic: Latin accents are dropped too ("Salamé" = "Salame"),
 * because analysts type names either way. Claim text keeps its accents (the claim_terms index has them).
 */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * Folded terms per name string. Every search resolves its words against all ~3,000 names of sources,
 * aliases and places; computing their terms each time cost 90–450 ms of event-loop time per search
 * (100k-claim benchmark, loaded machine), which stalled every other request. A name's terms depend
 * only on the string, so the memo is exact whatever the tables hold; it is emptied when it grows past
 * MAX_MEMOIZED_NAMES (renames leave old strings behind).
 */
const termsByName = new Map<string, string[]>();
const MAX_MEMOIZED_NAMES = 50_000;

/** The index terms of a name (words and clitic-free stems), folded. */
function nameTerms(name: string): string[] {
  let terms = termsByName.get(name);
  if (!terms) {
    terms = termsOf(normalizeArabic(name)).map(foldWord);
    if (termsByName.size >= MAX_MEMOIZED_NAMES) termsByName.clear();
    termsByName.set(name, terms);
  }
  return terms;
}

/**
 * Every source and place one of whose names has, for each query word, a term that starts with it —
 * the claim_terms rule (word prefix, Arabic normalisation), applied to a name instead of a claim's text.
 */
export function matchReferences(q: string, names: ReferenceName[]): SearchMatch {
  const words = queryWords(q).map(foldWord);
  const sources = new Set<number>();
  const places = new Set<number>();
  if (!words.length) return { sourceIds: [], locationIds: [] };
  for (const { kind, id, name } of names) {
    const terms = nameTerms(name);
    if (!words.every((word) => terms.some((term) => term.startsWith(word)))) continue;
    (kind === 'source' ? sources : places).add(id);
  }
  return { sourceIds: [...sources].sort((a, b) => a - b), locationIds: [...places].sort((a, b) => a - b) };
}

/**
 * The reasons a listed claim matched, in the order text, source, place (the SQL matched it by at least one), for
 * each claim of a page: the query is normalized once for the page, not once per claim.
 */
export function matchedByFor(
  q: string,
  match: SearchMatch,
): (claim: {
  textNormalized: string;
  terms?: readonly string[];
  sourceId: number | null;
  locationIds: number[];
}) => MatchedBy[] {
  const words = queryWords(q);
  const normalizedQuery = words.length ? '' : normalizeArabic(q);
  return (claim) => {
    const reasons: MatchedBy[] = [];
    const terms = claim.terms ?? termsOf(claim.textNormalized);
    const text = words.length
      ? words.every((word) => terms.some((term) => term.startsWith(word)))
      : claim.textNormalized.includes(normalizedQuery);
    if (text) reasons.push('text');
    if (claim.sourceId !== null && match.sourceIds.includes(claim.sourceId)) reasons.push('source');
    if (claim.locationIds.some((id) => match.locationIds.includes(id))) reasons.push('place');
    return reasons;
  };
}
