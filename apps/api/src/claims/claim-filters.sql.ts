import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { isClaimFilterSet, type ClaimFilterKey, type ClaimFilters } from '@claimline/contracts';
import { normalizeArabic } from '@claimline/extraction';
import { prefixRange, queryWords } from '../search/search-terms.js';
import type { SearchMatch } from '../search/search-references.js';

/**
 * `qMatch`: the sources and places `q` names (SearchReferencesRepository.resolve); without it `q` searches
 * text only. `qProbe`: test each claim's words and places by claim id (a correlated lookup per claim)
 * instead of reading every match into a set first; for a page walking the date index through common
 * matches (ClaimSearchPlanRepository), never for counts, which visit every claim.
 */
/**
 * `qProbe` / `locationProbe`: the search's sets, or the place filter's, as a primary-key probe per claim
 * (for a page walking the date index) instead of a set read first. `qSourceSet`: the named sources as a set of
 * claim ids too, not a test of each claim's `source_id` (which reads its row).
 */
type SearchableFilters = ClaimFilters & {
  qMatch?: SearchMatch;
  qProbe?: boolean;
  qSourceSet?: boolean;
  locationProbe?: boolean;
};

type FilterSql = {
  [K in ClaimFilterKey]: (
    qb: SelectQueryBuilder<ObjectLiteral>,
    value: NonNullable<ClaimFilters[K]>,
    filters: SearchableFilters,
  ) => void;
};

/**
 * The SQL of each contract filter key over `claims` aliased `c`: a key added to the contract without
 * its SQL here is a compile error, so no filter can narrow the list and not its total. Many-to-many
 * filters are EXISTS or IN subqueries on (narrative_id, claim_id)/(location_id, claim_id) indexes, so
 * no row is ever multiplied. The entries are in the order the conditions were always added (the
 * plans measured below were measured with it), not the contract's order.
 */
const FILTER_SQL: FilterSql = {
  conflict: (qb, conflict) => qb.andWhere('c.conflict_id = :fConflict', { fConflict: conflict }),
  camp: (qb, camps) => qb.andWhere('c.camp_id IN (:...fCamp)', { fCamp: camps }),
  source: (qb, sources) => qb.andWhere('c.source_id IN (:...fSource)', { fSource: sources }),
  status: (qb, statuses) => qb.andWhere('c.status IN (:...fStatus)', { fStatus: statuses }),
  from: (qb, from) => qb.andWhere('c.event_day >= :fFrom', { fFrom: from }),
  to: (qb, to) => qb.andWhere('c.event_day <= :fTo', { fTo: to }),
  precision: (qb, precisions) => qb.andWhere('c.date_precision IN (:...fPrecision)', { fPrecision: precisions }),
  article: (qb, article) => qb.andWhere('c.article_id = :fArticle', { fArticle: article }),
  narrative: (qb, narratives) =>
    qb.andWhere(
      'EXISTS (SELECT 1 FROM claim_narratives fcn WHERE fcn.claim_id = c.id AND fcn.narrative_id IN (:...fNarrative))',
      { fNarrative: narratives },
    ),
  // A DISTINCT derived table, not a correlated EXISTS: MariaDB then reads the place's claim ids once
  // from (location_id, claim_id) and probes that set, instead of one claim_locations primary-key
  // probe per candidate claim (1 M claims, source + place: page 334 → 122 ms, total 415 → 7 ms).
  location: (qb, locations, { locationProbe }) =>
    qb.andWhere(
      locationProbe
        ? '(SELECT 1 FROM claim_locations fcl WHERE fcl.claim_id = c.id AND fcl.location_id IN (:...fLocation) LIMIT 1) IS NOT NULL'
        : 'c.id IN (SELECT fl.claim_id FROM (SELECT DISTINCT fcl.claim_id FROM claim_locations fcl WHERE fcl.location_id IN (:...fLocation)) fl)',
      { fLocation: locations },
    ),
  outlet: (qb, outlets) =>
    qb.andWhere('EXISTS (SELECT 1 FROM articles fa WHERE fa.id = c.article_id AND fa.outlet_id IN (:...fOutlet))', {
      fOutlet: outlets,
    }),
  q: applySearch,
};

const FILTER_SQL_ORDER = Object.keys(FILTER_SQL) as ClaimFilterKey[];

/**
 * Adds the shared claim filters to a query over `claims` aliased `c`. Used by the claims list,
 * every dashboard aggregate and the exports: one definition, so their counts cannot drift apart.
 */
export function applyClaimFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filters: SearchableFilters,
): SelectQueryBuilder<T> {
  for (const key of FILTER_SQL_ORDER) applyFilter(qb, key, filters[key], filters);
  return qb;
}

function applyFilter<K extends ClaimFilterKey>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  key: K,
  value: ClaimFilters[K] | undefined,
  filters: SearchableFilters,
): void {
  // An article id of 0 or an empty list filters nothing, as before (`if (filters.article)`).
  if (value === undefined || !isClaimFilterSet(value) || value === 0) return;
  FILTER_SQL[key](qb, value, filters);
}

function applySearch(
  qb: SelectQueryBuilder<ObjectLiteral>,
  q: string,
  { qMatch, qProbe, qSourceSet }: SearchableFilters,
): void {
  const words = queryWords(q);
  // Each word must start a word of the claim: a primary-key range of claim_terms per word (see
  // search/search-terms.ts). IN (subquery), not a correlated EXISTS, so the planner may drive the page
  // from the few claims a rare word names or probe the set while walking the date index. Probed: the
  // claim's own terms (claim_id index); a scalar subquery, because MariaDB turns EXISTS into the set.
  const conditions: string[] = [];
  const params: Record<string, string | number[]> = {};
  words.forEach((word, i) => {
    const { from, to } = prefixRange(word);
    const range = `ft${i}.term >= :fTermFrom${i} AND ft${i}.term < :fTermTo${i}`;
    conditions.push(
      qProbe
        ? `(SELECT 1 FROM claim_terms ft${i} WHERE ft${i}.claim_id = c.id AND ${range} LIMIT 1) IS NOT NULL`
        : `c.id IN (SELECT ft${i}.claim_id FROM claim_terms ft${i} WHERE ${range})`,
    );
    params[`fTermFrom${i}`] = from;
    params[`fTermTo${i}`] = to;
  });
  // Nothing the index can answer (only 1-letter words or stopwords): the substring scan, as before.
  const search = words.length ? '' : normalizeArabic(q);
  if (search) {
    // '!' as the escape character: a backslash literal is read differently by MariaDB and SQLite.
    conditions.push("c.text_normalized LIKE :fSearch ESCAPE '!'");
    params.fSearch = `%${escapeLike(search)}%`;
  }
  const alternatives = conditions.length ? [conditions.join(' AND ')] : [];
  // Or the claim's source or one of its places is named by the query (ids resolved beforehand, so the
  // SQL stays two index lookups: claims.source_id and claim_locations (location_id, claim_id)).
  if (qMatch?.sourceIds.length) {
    alternatives.push(
      qSourceSet
        ? 'c.id IN (SELECT fqs.id FROM claims fqs WHERE fqs.source_id IN (:...fQSource))'
        : 'c.source_id IN (:...fQSource)',
    );
    params.fQSource = qMatch.sourceIds;
  }
  if (qMatch?.locationIds.length) {
    alternatives.push(
      qProbe
        ? '(SELECT 1 FROM claim_locations fqcl WHERE fqcl.claim_id = c.id AND fqcl.location_id IN (:...fQPlace) LIMIT 1) IS NOT NULL'
        : 'c.id IN (SELECT fq.claim_id FROM (SELECT DISTINCT fqcl.claim_id FROM claim_locations fqcl WHERE fqcl.location_id IN (:...fQPlace)) fq)',
    );
    params.fQPlace = qMatch.locationIds;
  }
  if (alternatives.length)
    qb.andWhere(alternatives.length > 1 ? `((${alternatives.join(') OR (')}))` : alternatives[0], params);
}

function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (char) => `!${char}`);
}
