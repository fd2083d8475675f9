import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CampId, ClaimOrigin, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import type { SearchCandidates } from './claim-search-plan.repository.js';
import { toIsoString } from './dto/claim-summary.dto.js';

export type ClaimRow = {
  id: number;
  articleId: number;
  text: string;
  cue: string;
  sourceMention: string;
  sourceId: number | null;
  sourceNameAr: string | null;
  sourceNameEn: string | null;
  campId: CampId;
  channel: string | null;
  eventDate: string;
  datePrecision: DatePrecision;
  status: ClaimStatus;
  claimType: ClaimType | null;
  origin: ClaimOrigin;
  note: string | null;
  startOffset: number;
  endOffset: number;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** Outlets that carried the claim's story (selected by the list and the detail only). */
  storyOutlets?: number | string | null;
};

/**
 * The claim columns of the list and of the detail, from `claims c` or, for a search with few candidates,
 * through those candidates; the claim's resolved source joined as `s`.
 */
export function selectClaims(
  manager: EntityManager,
  candidates: SearchCandidates | null = null,
): SelectQueryBuilder<ClaimRow> {
  const qb = manager.createQueryBuilder().select([
    'c.id AS id',
    'c.article_id AS articleId',
    'c.text AS text',
    'c.cue AS cue',
    'c.source_mention AS sourceMention',
    'c.source_id AS sourceId',
    's.name_ar AS sourceNameAr',
    's.name_en AS sourceNameEn',
    'c.camp_id AS campId',
    'c.channel AS channel',
    'c.event_date AS eventDate',
    'c.date_precision AS datePrecision',
    'c.status AS status',
    'c.claim_type AS claimType',
    'c.origin AS origin',
    'c.note AS note',
    'c.start_offset AS startOffset',
    'c.end_offset AS endOffset',
    'c.version AS version',
    'c.created_at AS createdAt',
    'c.updated_at AS updatedAt',
    // Two primary-key lookups per row: the outlets that carried the article's story (near-duplicates).
    '(SELECT st.outlet_count FROM articles sa JOIN stories st ON st.id = sa.story_id WHERE sa.id = c.article_id) AS storyOutlets',
  ]);
  return (candidates ? fromCandidates(qb, candidates) : qb.from('claims', 'c')).leftJoin(
    'sources',
    's',
    's.id = c.source_id',
  ) as unknown as SelectQueryBuilder<ClaimRow>;
}

/** Claims `c` read through the search's candidate set `m`: one primary-key lookup per candidate. */
export function fromCandidates<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, candidates: SearchCandidates) {
  return qb
    .from(`(${candidates.sql})`, 'm')
    .innerJoin('claims', 'c', 'c.id = m.claim_id')
    .setParameters(candidates.params);
}

/** mysql2 and better-sqlite3 disagree on a few raw types; make them agree. */
export function normalizeClaimRow(row: ClaimRow): ClaimRow {
  return {
    ...row,
    id: Number(row.id),
    articleId: Number(row.articleId),
    sourceId: row.sourceId === null ? null : Number(row.sourceId),
    startOffset: Number(row.startOffset),
    endOffset: Number(row.endOffset),
    version: Number(row.version),
    // Once, as the API answers it: a remembered row (claim-version-memo.ts) is answered many times.
    updatedAt: toIsoString(row.updatedAt),
  };
}
