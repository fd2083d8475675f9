import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampId, Language } from '@claimline/contracts';
import { normalizeClaimRow, selectClaims, type ClaimRow } from './claim-rows.js';
import { runInTransaction } from '../database/transactions.js';

export type ClaimNarrativeRow = { claimId: number; id: number; nameEn: string; nameAr: string; color: string };
export type ClaimLocationRow = {
  claimId: number;
  id: number;
  nameAr: string;
  nameEn: string;
  lat: number;
  lon: number;
  mention: string | null;
};
export type ArticleContextRow = {
  id: number;
  conflictId: string;
  title: string | null;
  body: string;
  language: Language;
  url: string | null;
  publishedAt: string;
  outletId: number | null;
  outletName: string | null;
};
export type SourceRow = {
  id: number;
  conflictId: string;
  campId: CampId;
  nameAr: string;
  nameEn: string;
  status: string;
  mergedIntoId: number | null;
};

/** The columns findDetail reads beside the claim's (the article's are prefixed: the claim has its own id). */
type DetailColumns = {
  why: string | null;
  articleContextId: number | string | null;
  articleConflictId: string;
  articleTitle: string | null;
  articleBody: string;
  articleLanguage: Language;
  articleUrl: string | null;
  articlePublishedAt: string;
  articleOutletId: number | string | null;
  articleOutletName: string | null;
};

/**
 * One claim's reads (its row, article, source, narratives, places) and the checks and locks of its writes.
 * The list is ClaimListRepository's, the links ClaimLinksRepository's. Plain SQL over tables, never relation graphs.
 */
@Injectable()
export class ClaimsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  /**
   * findRow's and findDetail's SELECT … FROM … JOIN, built once: a claim page and every write read them, and building
   * the statement with the query builder each time was a few percent of the API's CPU under a team's load.
   */
  private rowSql?: string;
  private detailSql?: string;

  async findRow(id: number, manager: EntityManager = this.dataSource.manager): Promise<ClaimRow | null> {
    this.rowSql ??= `${selectClaims(this.dataSource.manager).getQuery()} WHERE c.id = ?`;
    const [row] = await manager.query<ClaimRow[]>(this.rowSql, [id]);
    return row ? normalizeClaimRow(row) : null;
  }

  /**
   * A claim page's claim, its article and the extractor's stored why (JSON text, kept out of selectClaims so lists
   * do not read it) in one statement: the page is read by every analyst who opens a claim.
   */
  async findDetail(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ row: ClaimRow; article: ArticleContextRow | null; why: string | null } | null> {
    this.detailSql ??= `${selectClaims(this.dataSource.manager)
      .addSelect([
        'c.extraction_why AS why',
        'a.id AS articleContextId',
        'a.conflict_id AS articleConflictId',
        'a.title AS articleTitle',
        'a.body AS articleBody',
        'a.language AS articleLanguage',
        'a.url AS articleUrl',
        'a.published_at AS articlePublishedAt',
        'a.outlet_id AS articleOutletId',
        'o.name AS articleOutletName',
      ])
      .leftJoin('articles', 'a', 'a.id = c.article_id')
      .leftJoin('outlets', 'o', 'o.id = a.outlet_id')
      .getQuery()} WHERE c.id = ?`;
    const [raw] = await manager.query<(ClaimRow & DetailColumns)[]>(this.detailSql, [id]);
    if (!raw) return null;
    const article: ArticleContextRow | null =
      raw.articleContextId === null
        ? null
        : {
            id: Number(raw.articleContextId),
            conflictId: raw.articleConflictId,
            title: raw.articleTitle,
            body: raw.articleBody,
            language: raw.articleLanguage,
            url: raw.articleUrl,
            publishedAt: raw.articlePublishedAt,
            outletId: raw.articleOutletId === null ? null : Number(raw.articleOutletId),
            outletName: raw.articleOutletName,
          };
    return { row: normalizeClaimRow(raw), article, why: raw.why ?? null };
  }

  /**
   * A claim's narratives and places in one statement (UNION ALL; each part in its own order): a list page and a
   * claim page read both for every request, and a round trip less is a share of the API's CPU under load.
   */
  async tagsOf(
    claimIds: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] }> {
    if (!claimIds.length) return { narratives: [], locations: [] };
    const ids = claimIds.map(() => '?').join(', ');
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT 0 AS place, cn.claim_id AS claimId, n.id AS id, n.name_en AS nameEn, n.name_ar AS nameAr,
              n.color AS color, NULL AS lat, NULL AS lon, NULL AS mention
         FROM claim_narratives cn JOIN narratives n ON n.id = cn.narrative_id
        WHERE cn.claim_id IN (${ids})
       UNION ALL
       SELECT 1, cl.claim_id, l.id, l.name_en, l.name_ar, NULL, l.lat, l.lon, cl.mention
         FROM claim_locations cl JOIN locations l ON l.id = cl.location_id
        WHERE cl.claim_id IN (${ids})
       ORDER BY place, nameEn`,
      [...claimIds, ...claimIds],
    );
    const narratives: ClaimNarrativeRow[] = [];
    const locations: ClaimLocationRow[] = [];
    for (const row of rows) {
      const common = { claimId: Number(row.claimId), id: Number(row.id), nameEn: String(row.nameEn) };
      if (Number(row.place) === 0) narratives.push({ ...common, nameAr: String(row.nameAr), color: String(row.color) });
      else
        locations.push({
          ...common,
          nameAr: String(row.nameAr),
          lat: Number(row.lat),
          lon: Number(row.lon),
          mention: typeof row.mention === 'string' ? row.mention : null,
        });
    }
    return { narratives, locations };
  }

  async findArticle(
    articleId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ArticleContextRow | null> {
    const row = await manager
      .createQueryBuilder()
      .select([
        'a.id AS id',
        'a.conflict_id AS conflictId',
        'a.title AS title',
        'a.body AS body',
        'a.language AS language',
        'a.url AS url',
        'a.published_at AS publishedAt',
        'a.outlet_id AS outletId',
        'o.name AS outletName',
      ])
      .from('articles', 'a')
      .leftJoin('outlets', 'o', 'o.id = a.outlet_id')
      .where('a.id = :articleId', { articleId })
      .getRawOne<ArticleContextRow>();
    return row ? { ...row, id: Number(row.id), outletId: row.outletId === null ? null : Number(row.outletId) } : null;
  }

  async findSource(id: number, manager: EntityManager = this.dataSource.manager): Promise<SourceRow | null> {
    const row = await manager
      .createQueryBuilder()
      .select([
        's.id AS id',
        's.conflict_id AS conflictId',
        's.camp_id AS campId',
        's.name_ar AS nameAr',
        's.name_en AS nameEn',
        's.status AS status',
        's.merged_into_id AS mergedIntoId',
      ])
      .from('sources', 's')
      .where('s.id = :id', { id })
      .getRawOne<SourceRow>();
    return row
      ? { ...row, id: Number(row.id), mergedIntoId: row.mergedIntoId === null ? null : Number(row.mergedIntoId) }
      : null;
  }

  /** The conflict of each of these narratives that exists. */
  async narrativeConflicts(
    ids: readonly number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await manager
      .createQueryBuilder()
      .select(['n.id AS id', 'n.conflict_id AS conflictId'])
      .from('narratives', 'n')
      .where('n.id IN (:...ids)', { ids })
      .getRawMany<{ id: number | string; conflictId: string }>();
    return new Map(rows.map((row) => [Number(row.id), row.conflictId]));
  }

  /** Which of `ids` exist in `table` (narratives or locations). */
  async existingIds(
    table: 'narratives' | 'locations',
    ids: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await manager
      .createQueryBuilder()
      .select('t.id', 'id')
      .from(table, 't')
      .where('t.id IN (:...ids)', { ids })
      .getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }
}
