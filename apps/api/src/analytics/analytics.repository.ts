import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import type { BucketSize } from './utils/fill-buckets.js';
import type { SeriesGrouping } from './dto/timeseries.dto.js';
import { AnalyticsRollupsRepository, rollupCanAnswer } from './analytics-rollups.repository.js';
import { AnalyticsPlaceRollupsRepository, placeSourceRollupCanAnswer } from './analytics-place-rollups.repository.js';
import {
  claimColumns,
  locationColumns,
  seriesCountColumns,
  type RawRow,
  type SeriesCountRow,
} from './analytics-columns.js';
import type { ClaimFilters } from '@claimline/contracts';
import type { SearchMatch } from '../search/search-references.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';

const BUCKET_COLUMN: Record<BucketSize, string> = { day: 'c.event_day', week: 'c.event_week', month: 'c.event_month' };

export type { RawRow, SeriesCountRow } from './analytics-columns.js';

/**
 * Every dashboard aggregate, each one SQL statement grouped by the precomputed bucket columns and
 * filtered by the shared applyClaimFilters, so a chart counts exactly the rows the claims list shows.
 * Portable SQL only (SQLite and MariaDB). Counts come from the rollups when the filters allow
 * (AnalyticsRollupsRepository). Contested pairs: ContestedRepository (ContestedService).
 */
@Injectable()
export class AnalyticsRepository {
  // Built here, not injected: the benchmark's SQL capture constructs this repository from a bare DataSource.
  private readonly rollups: AnalyticsRollupsRepository;
  private readonly placeRollups: AnalyticsPlaceRollupsRepository;
  private readonly searchReferences: SearchReferencesRepository;

  constructor(private readonly dataSource: DataSource) {
    this.rollups = new AnalyticsRollupsRepository(dataSource);
    this.placeRollups = new AnalyticsPlaceRollupsRepository(dataSource);
    this.searchReferences = new SearchReferencesRepository(dataSource);
  }

  /** The filters with `q` resolved to the sources and places it names, as the claims list resolves it. */
  withSearch<F extends ClaimFilters>(filters: F): Promise<F & { qMatch?: SearchMatch }> {
    return this.searchReferences.resolve(filters);
  }

  private claims(filters: ClaimFiltersDto): SelectQueryBuilder<ObjectLiteral> {
    return applyClaimFilters(this.dataSource.createQueryBuilder().from('claims', 'c'), filters);
  }

  /**
   * Claims per (bucket, series), those dated coarser than the bucket counted apart (SeriesCountRow).
   * Narrative grouping joins claim_narratives: a claim counts once per narrative.
   */
  countSeries(filters: ClaimFiltersDto, bucket: BucketSize, groupBy: SeriesGrouping): Promise<SeriesCountRow[]> {
    // Same rows from the per-day rollups when every filter is one they are keyed by.
    if (rollupCanAnswer(filters, groupBy === 'narrative')) {
      return groupBy === 'narrative'
        ? this.rollups.countNarrativeSeries(filters, bucket)
        : this.rollups.countSeries(filters, bucket, groupBy);
    }
    const column = BUCKET_COLUMN[bucket];
    const qb = this.claims(filters).select(column, 'bucket');
    if (groupBy === 'camp' || groupBy === 'status') {
      const key = groupBy === 'camp' ? 'c.camp_id' : 'c.status';
      qb.addSelect(key, 'series_key').groupBy(column).addGroupBy(key);
    } else if (groupBy === 'source') {
      qb.leftJoin('sources', 's', 's.id = c.source_id')
        .addSelect('c.source_id', 'series_key')
        .addSelect('s.name_en', 'label_en')
        .addSelect('s.name_ar', 'label_ar')
        .groupBy(column)
        .addGroupBy('c.source_id')
        .addGroupBy('s.name_en')
        .addGroupBy('s.name_ar');
    } else {
      qb.leftJoin('claim_narratives', 'cn', 'cn.claim_id = c.id')
        .leftJoin('narratives', 'n', 'n.id = cn.narrative_id')
        .addSelect('cn.narrative_id', 'series_key')
        .addSelect('n.name_en', 'label_en')
        .addSelect('n.name_ar', 'label_ar')
        .addSelect('n.color', 'color')
        .groupBy(column)
        .addGroupBy('cn.narrative_id')
        .addGroupBy('n.name_en')
        .addGroupBy('n.name_ar')
        .addGroupBy('n.color');
    }
    for (const [expression, alias] of seriesCountColumns(bucket, 'c', '1')) qb.addSelect(expression, alias);
    return qb.getRawMany<SeriesCountRow>();
  }

  /** Claims matching the filters (what the claims list reports as its total). */
  async countClaims(filters: ClaimFiltersDto): Promise<number> {
    if (rollupCanAnswer(filters, false)) return this.rollups.countClaims(filters);
    const row = await this.claims(filters).select('COUNT(*)', 'count').getRawOne<{ count: number | string }>();
    return Number(row?.count ?? 0);
  }

  findLocation(id: number): Promise<RawRow | undefined> {
    return this.dataSource
      .createQueryBuilder()
      .from('locations', 'l')
      .select(locationColumns('l', 'loc_'))
      .where('l.id = :id', { id })
      .getRawOne<RawRow>();
  }

  /** Up to `perCamp` claims of each camp, oldest first; the location filter is one of `filters`. */
  compareClaims(filters: ClaimFiltersDto, perCamp: number): Promise<RawRow[]> {
    const inner = this.claims(filters)
      .leftJoin('sources', 's', 's.id = c.source_id')
      .select(claimColumns('c', 's', 'c_'))
      .addSelect('ROW_NUMBER() OVER (PARTITION BY c.camp_id ORDER BY c.event_day, c.id)', 'rank_in_camp');
    const [sql, params] = queryAndParameters(inner);
    return this.dataSource.query(
      `SELECT * FROM (${sql}) ranked WHERE ranked.rank_in_camp <= ? ORDER BY ranked.c_event_day, ranked.c_id`,
      [...params, perCamp],
    );
  }

  /**
   * Label counts per outlet and camp, narration and quotes side by side, from framing_counts_daily
   * (the article_framing ⋈ articles sums per publication day, kept by the ingestion writer; equal to
   * the former join over every framing row, ~6× fewer rows at 1 M claims). Its primary key starts
   * with the GROUP BY columns, so it is aggregated in index order. outlet_id 0 is "no outlet".
   */
  framing(
    conflictId: string,
    outletIds: number[] | undefined,
    from: string | undefined,
    to: string | undefined,
  ): Promise<RawRow[]> {
    const where = ['r.conflict_id = ?'];
    const params: unknown[] = [conflictId];
    if (outletIds?.length) {
      where.push(`r.outlet_id IN (${outletIds.map(() => '?').join(', ')})`);
      // Outlet id 0 in the rollup stands for NULL, which `a.outlet_id IN (…)` never matched.
      params.push(...outletIds.map((id) => (id > 0 ? id : -1)));
    }
    if (from) {
      where.push('r.published_day >= ?');
      params.push(from);
    }
    if (to) {
      where.push('r.published_day <= ?');
      params.push(to);
    }
    // A whole conflict: the sums without the day (a few hundred rows; 1 M claims: 108 against 69k).
    const rows = from || to ? 'framing_counts_daily' : 'framing_counts_total';
    return this.dataSource.query(
      `SELECT g.outlet_id, o.name AS outlet_name, g.camp, g.label, g.tone, g.narration, g.quote
       FROM (SELECT CASE WHEN r.outlet_id = 0 THEN NULL ELSE r.outlet_id END AS outlet_id, r.camp_id AS camp, r.label AS label, r.tone AS tone,
                    SUM(CASE WHEN r.voice = 'narration' THEN r.n ELSE 0 END) AS narration,
                    SUM(CASE WHEN r.voice = 'quote' THEN r.n ELSE 0 END) AS quote, SUM(r.n) AS total
             FROM ${rows} r WHERE ${where.join(' AND ')}
             GROUP BY r.outlet_id, r.camp_id, r.label, r.tone) g
       LEFT JOIN outlets o ON o.id = g.outlet_id
       ORDER BY o.name, g.outlet_id, g.camp, g.total DESC, g.label`,
      params,
    );
  }

  /**
   * framing() without the near-duplicate copies of stories (`copies=exclude`): the rollup cannot tell copies
   * apart, so this sums article_framing over the articles that first carried their story (or have none).
   */
  framingWithoutCopies(
    conflictId: string,
    outletIds: number[] | undefined,
    from: string | undefined,
    to: string | undefined,
  ): Promise<RawRow[]> {
    const where = ['a.conflict_id = ?', '(st.id IS NULL OR st.first_article_id = a.id)'];
    const params: unknown[] = [conflictId];
    if (outletIds?.length) {
      where.push(`a.outlet_id IN (${outletIds.map(() => '?').join(', ')})`);
      params.push(...outletIds);
    }
    if (from) {
      where.push('a.published_at >= ?');
      params.push(from);
    }
    if (to) {
      where.push('a.published_at <= ?');
      params.push(to);
    }
    return this.dataSource.query(
      `SELECT g.outlet_id, o.name AS outlet_name, g.camp, g.label, g.tone, g.narration, g.quote
       FROM (SELECT a.outlet_id AS outlet_id, f.camp_id AS camp, f.label AS label, f.tone AS tone,
                    SUM(CASE WHEN f.voice = 'narration' THEN f.count ELSE 0 END) AS narration,
                    SUM(CASE WHEN f.voice = 'quote' THEN f.count ELSE 0 END) AS quote, SUM(f.count) AS total
             FROM article_framing f JOIN articles a ON a.id = f.article_id
             LEFT JOIN stories st ON st.id = a.story_id
             WHERE ${where.join(' AND ')}
             GROUP BY a.outlet_id, f.camp_id, f.label, f.tone) g
       LEFT JOIN outlets o ON o.id = g.outlet_id
       ORDER BY o.name, g.outlet_id, g.camp, g.total DESC, g.label`,
      params,
    );
  }

  /**
   * Per camp: claims per narrative (LEFT JOIN: the narrative-less row counts the untagged), and the
   * camp's total claims, in one UNION ALL so both come from the same snapshot.
   */
  async narrativeShare(filters: ClaimFiltersDto): Promise<RawRow[]> {
    if (rollupCanAnswer(filters, true)) return this.rollups.narrativeShare(filters);
    const perNarrative = this.claims(filters)
      .leftJoin('claim_narratives', 'cn', 'cn.claim_id = c.id')
      .leftJoin('narratives', 'n', 'n.id = cn.narrative_id')
      .select('c.camp_id', 'camp')
      .addSelect('cn.narrative_id', 'narrative_id')
      .addSelect('n.name_en', 'name_en')
      .addSelect('n.name_ar', 'name_ar')
      .addSelect('n.color', 'color')
      .addSelect('COUNT(*)', 'count')
      .addSelect('0', 'is_total')
      .groupBy('c.camp_id')
      .addGroupBy('cn.narrative_id')
      .addGroupBy('n.name_en')
      .addGroupBy('n.name_ar')
      .addGroupBy('n.color');
    const perCamp = this.claims(filters)
      .select('c.camp_id', 'camp')
      .addSelect('NULL', 'narrative_id')
      .addSelect('NULL', 'name_en')
      .addSelect('NULL', 'name_ar')
      .addSelect('NULL', 'color')
      .addSelect('COUNT(*)', 'count')
      .addSelect('1', 'is_total')
      .groupBy('c.camp_id');
    const [sqlA, paramsA] = queryAndParameters(perNarrative);
    const [sqlB, paramsB] = queryAndParameters(perCamp);
    // TypeORM may reorder a builder's select list; UNION pairs columns by position, so name them explicitly.
    const columns = (t: string) =>
      ['camp', 'narrative_id', 'name_en', 'name_ar', 'color', 'count', 'is_total'].map((c) => `${t}.${c}`).join(', ');
    return this.dataSource.query(
      `SELECT ${columns('x')} FROM (${sqlA}) x UNION ALL SELECT ${columns('y')} FROM (${sqlB}) y`,
      [...paramsA, ...paramsB],
    );
  }

  /** Places only one camp talks about (HAVING COUNT(DISTINCT camp_id) = 1). */
  singleCampPlaces(filters: ClaimFiltersDto, ignoreUnknown: boolean, limit: number): Promise<RawRow[]> {
    if (placeSourceRollupCanAnswer(filters, 'places'))
      return this.placeRollups.singleCampPlaces(filters, ignoreUnknown, limit);
    const grouped = this.claims(filters)
      .innerJoin('claim_locations', 'cl', 'cl.claim_id = c.id')
      .select('cl.location_id', 'location_id')
      .addSelect('MIN(c.camp_id)', 'camp')
      .addSelect('COUNT(*)', 'claims')
      .groupBy('cl.location_id')
      .having('COUNT(DISTINCT c.camp_id) = 1');
    if (ignoreUnknown) grouped.andWhere("c.camp_id <> 'UNKNOWN'");
    const [sql, params] = queryAndParameters(grouped);
    return this.dataSource.query(
      `SELECT g.camp, g.claims, ${locationColumns('l', 'loc_').join(', ')}
       FROM (${sql}) g JOIN locations l ON l.id = g.location_id
       ORDER BY g.claims DESC, l.id LIMIT ?`,
      [...params, limit],
    );
  }

  /** Narratives only one camp's claims carry. */
  singleCampNarratives(filters: ClaimFiltersDto, ignoreUnknown: boolean, limit: number): Promise<RawRow[]> {
    if (placeSourceRollupCanAnswer(filters, 'places'))
      return this.placeRollups.singleCampNarratives(filters, ignoreUnknown, limit);
    const grouped = this.claims(filters)
      .innerJoin('claim_narratives', 'cn', 'cn.claim_id = c.id')
      .select('cn.narrative_id', 'narrative_id')
      .addSelect('MIN(c.camp_id)', 'camp')
      .addSelect('COUNT(*)', 'claims')
      .groupBy('cn.narrative_id')
      .having('COUNT(DISTINCT c.camp_id) = 1');
    if (ignoreUnknown) grouped.andWhere("c.camp_id <> 'UNKNOWN'");
    const [sql, params] = queryAndParameters(grouped);
    return this.dataSource.query(
      `SELECT g.camp, g.claims, n.id AS n_id, n.name_en AS n_name_en, n.name_ar AS n_name_ar, n.color AS n_color
       FROM (${sql}) g JOIN narratives n ON n.id = g.narrative_id
       ORDER BY g.claims DESC, n.id LIMIT ?`,
      [...params, limit],
    );
  }

  /**
   * Claims per (place, camp) for the filters, with the place's names and coordinates. Places without
   * coordinates (null, or the 0,0 a gazetteer entry without a position gets) cannot be drawn: left out.
   */
  placeCounts(filters: ClaimFiltersDto): Promise<RawRow[]> {
    if (placeSourceRollupCanAnswer(filters, 'places')) return this.placeRollups.placeCounts(filters);
    const grouped = this.claims(filters)
      .innerJoin('claim_locations', 'cl', 'cl.claim_id = c.id')
      .select('cl.location_id', 'location_id')
      .addSelect('c.camp_id', 'camp')
      .addSelect('COUNT(*)', 'claims')
      .groupBy('cl.location_id')
      .addGroupBy('c.camp_id');
    const [sql, params] = queryAndParameters(grouped);
    return this.dataSource.query(
      `SELECT g.location_id, g.camp, g.claims, l.name_en, l.name_ar, l.lat, l.lon, l.abroad
       FROM (${sql}) g JOIN locations l ON l.id = g.location_id
       WHERE l.lat IS NOT NULL AND l.lon IS NOT NULL AND NOT (l.lat = 0 AND l.lon = 0)
       ORDER BY l.id, g.camp`,
      params,
    );
  }

  topSources(filters: ClaimFiltersDto, limit: number): Promise<RawRow[]> {
    if (placeSourceRollupCanAnswer(filters, 'sources')) return this.placeRollups.topSources(filters, limit);
    return this.claims(filters)
      .innerJoin('sources', 's', 's.id = c.source_id')
      .select('c.source_id', 'source_id')
      .addSelect('s.name_en', 'name_en')
      .addSelect('s.name_ar', 'name_ar')
      .addSelect('s.camp_id', 'camp')
      .addSelect('COUNT(*)', 'claims')
      .groupBy('c.source_id')
      .addGroupBy('s.name_en')
      .addGroupBy('s.name_ar')
      .addGroupBy('s.camp_id')
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy('c.source_id', 'ASC')
      .limit(limit)
      .getRawMany<RawRow>();
  }
}

/** A builder's SQL and its parameters, typed (TypeORM gives the parameters as any[]). */
function queryAndParameters(qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
  const [sql, params] = qb.getQueryAndParameters();
  return [sql, params as unknown[]];
}
