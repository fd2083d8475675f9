import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { normalizeArabic } from '@claimline/extraction';
import type { ClaimFiltersDto } from './dto/claim-filters.dto.js';

/**
 * Adds the shared claim filters to a query over `claims` aliased `c`. Used by the claims list,
 * every dashboard aggregate and the exports: one definition, so their counts cannot drift apart.
 * Many-to-many filters are EXISTS subqueries on (narrative_id, claim_id)/(location_id, claim_id)
 * indexes, so no row is ever multiplied.
 */
export function applyClaimFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filters: ClaimFiltersDto): SelectQueryBuilder<T> {
  if (filters.camp?.length) qb.andWhere('c.camp_id IN (:...fCamp)', { fCamp: filters.camp });
  if (filters.source?.length) qb.andWhere('c.source_id IN (:...fSource)', { fSource: filters.source });
  if (filters.status?.length) qb.andWhere('c.status IN (:...fStatus)', { fStatus: filters.status });
  if (filters.from) qb.andWhere('c.event_day >= :fFrom', { fFrom: filters.from });
  if (filters.to) qb.andWhere('c.event_day <= :fTo', { fTo: filters.to });
  if (filters.article) qb.andWhere('c.article_id = :fArticle', { fArticle: filters.article });
  if (filters.narrative?.length) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM claim_narratives fcn WHERE fcn.claim_id = c.id AND fcn.narrative_id IN (:...fNarrative))',
      { fNarrative: filters.narrative },
    );
  }
  if (filters.location?.length) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM claim_locations fcl WHERE fcl.claim_id = c.id AND fcl.location_id IN (:...fLocation))',
      { fLocation: filters.location },
    );
  }
  if (filters.outlet?.length) {
    qb.andWhere('EXISTS (SELECT 1 FROM articles fa WHERE fa.id = c.article_id AND fa.outlet_id IN (:...fOutlet))', {
      fOutlet: filters.outlet,
    });
  }
  const search = filters.q ? normalizeArabic(filters.q) : '';
  if (search) {
    // '!' as the escape character: a backslash literal is read differently by MariaDB and SQLite.
    qb.andWhere("c.text_normalized LIKE :fSearch ESCAPE '!'", { fSearch: `%${escapeLike(search)}%` });
  }
  return qb;
}

function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (char) => `!${char}`);
}
