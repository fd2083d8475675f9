import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CampId } from '@claimline/contracts';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { AnalyticsRepository, type RawRow } from './analytics.repository.js';
import { ClaimArticlesRepository } from './claim-articles.repository.js';
import { toClaimArticleDto } from './dto/claim-article.dto.js';
import type { BlindspotsDto, BlindspotsQueryDto } from './dto/blindspots.dto.js';
import { toAnalyticsClaimDto, toLocationSummaryDto } from './dto/analytics-claim.dto.js';
import type { CompareDto, CompareQueryDto } from './dto/compare.dto.js';
import type { FramingReportDto, FramingQueryDto } from './dto/framing.dto.js';
import type { PlaceCountsDto, PlacesDto } from './dto/places.dto.js';
import type { ShareDto } from './dto/share.dto.js';
import type { TimeseriesDto, TimeseriesQueryDto } from './dto/timeseries.dto.js';
import type { TopSourcesDto, TopSourcesQueryDto } from './dto/top-sources.dto.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { readsOfClaimFilters } from '../rollups/data-version.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';
import { fillBuckets, TooManyBucketsError } from './utils/fill-buckets.js';
import type { CoarserPrecision } from './utils/coarser-precision.js';
import {
  bucketedRows,
  toBucketCounts,
  toCampShares,
  toCoarser,
  toFramingOutlets,
  toSeries,
  type SeriesRow,
} from './utils/shape-analytics.js';

/** Claims per camp shown side by side for one place; more is a list, not a comparison. */
const COMPARE_PER_CAMP = 200;
/** Distinct blindspot filter sets remembered (a team's dashboards ask for a few). */
const BLINDSPOT_PLACES_MAX = 200;

const fieldError = (field: string, message: string) =>
  new BadRequestException({ message: 'Validation failed', errors: [{ field, messages: [message] }] });

const num = (value: unknown): number => Number(value ?? 0);

@Injectable()
export class AnalyticsService {
  /**
   * Blindspot places by filters: they read the counts only, while the response also holds the narratives, which
   * every tag makes recomputed. Under a team's tagging that recomputed the places' ~48k rollup rows (1 M claims)
   * for nothing; remembered apart, a tag costs only the narrative part.
   */
  private readonly blindspotPlaces: VersionedMemo<RawRow[]>;

  constructor(
    private readonly analytics: AnalyticsRepository,
    private readonly articles: ClaimArticlesRepository,
    private readonly scope: ConflictScope,
    dataSource: DataSource,
  ) {
    this.blindspotPlaces = new VersionedMemo<RawRow[]>(dataSource, BLINDSPOT_PLACES_MAX);
  }

  async timeseries(query: TimeseriesQueryDto): Promise<TimeseriesDto> {
    const bucket = query.bucket ?? 'week';
    const groupBy = query.groupBy ?? 'camp';
    const filters = await this.analytics.withSearch(this.scope.filters(query));
    const raw = await this.analytics.countSeries(filters, bucket, groupBy);
    // A row per (bucket, series) and precision class: claims the bucket holds, and those known only to a
    // week or a month it cannot hold (zero counts dropped, so they never stretch the axis).
    const rows: SeriesRow[] = [];
    for (const row of raw) {
      const base = {
        bucket: String(row.bucket),
        seriesKey: row.series_key === null || row.series_key === undefined ? null : String(row.series_key),
        labelEn: row.label_en ?? null,
        labelAr: row.label_ar ?? null,
        color: row.color ?? null,
      };
      const [count, weekOnly, monthOnly] = [num(row.count), num(row.week_only), num(row.month_only)];
      if (count > 0) rows.push({ ...base, coarser: null, count });
      if (weekOnly > 0) rows.push({ ...base, coarser: 'week', count: weekOnly });
      if (monthOnly > 0) rows.push({ ...base, coarser: 'month', count: monthOnly });
    }
    // Claims known only to a period longer than the bucket are in no bucket (not in its first day or week).
    const bucketed = bucketedRows(rows);
    let filled;
    try {
      filled = fillBuckets(bucket, toBucketCounts(bucketed), { from: filters.from, to: filters.to });
    } catch (error) {
      if (error instanceof TooManyBucketsError) throw fieldError('bucket', error.message);
      throw error;
    }
    const camps = this.scope.camps(filters.conflict);
    const series = toSeries(groupBy, filled, bucketed, camps, filters.camp);
    // Each claim is in exactly one camp/source/status series; narratives can share a claim, so count it apart.
    const narratives = groupBy === 'narrative';
    const coarserClaims = new Map<CoarserPrecision, number>();
    if (narratives) {
      for (const precision of new Set(rows.flatMap((row) => (row.coarser ? [row.coarser] : []))))
        coarserClaims.set(precision, await this.analytics.countClaims({ ...filters, precision: [precision] }));
    }
    const coarser = toCoarser(groupBy, rows, camps, (precision, seriesSum) =>
      narratives ? (coarserClaims.get(precision) ?? 0) : seriesSum,
    );
    const total = narratives
      ? await this.analytics.countClaims(filters)
      : rows.reduce((sum, row) => sum + row.count, 0);
    return { bucket, groupBy, buckets: filled.buckets, series, coarser, total };
  }

  async compare(query: CompareQueryDto): Promise<CompareDto> {
    const filters = await this.analytics.withSearch(this.scope.filters(query));
    if (filters.location?.length !== 1) throw fieldError('location', 'location must name exactly one location id');
    const location = await this.analytics.findLocation(filters.location[0]);
    if (!location) throw new NotFoundException(`Location ${filters.location[0]} not found`);
    const rows = await this.analytics.compareClaims(filters, COMPARE_PER_CAMP);
    const claims = rows.map((row) => toAnalyticsClaimDto(row, 'c_'));
    const articleIds = [...new Set(claims.map((claim) => claim.articleId))];
    return {
      location: toLocationSummaryDto(location),
      window: { from: filters.from ?? null, to: filters.to ?? null },
      camps: this.scope
        .camps(filters.conflict)
        .map(({ id }) => ({ camp: id, claims: claims.filter((claim) => claim.camp === id) })),
      articles: articleIds.length ? (await this.articles.byIds(articleIds)).map(toClaimArticleDto) : [],
    };
  }

  async framing(query: FramingQueryDto): Promise<FramingReportDto> {
    const conflictId = this.scope.resolve(query.conflict);
    const rows =
      query.copies === 'exclude'
        ? await this.analytics.framingWithoutCopies(conflictId, query.outlet, query.from, query.to)
        : await this.analytics.framing(conflictId, query.outlet, query.from, query.to);
    return {
      outlets: toFramingOutlets(
        rows.map((row) => ({
          outletId: row.outlet_id === null || row.outlet_id === undefined ? null : num(row.outlet_id),
          outletName: (row.outlet_name as string | null) ?? null,
          camp: row.camp as CampId,
          label: String(row.label),
          tone: String(row.tone),
          narration: num(row.narration),
          quote: num(row.quote),
        })),
      ),
    };
  }

  async share(query: ClaimFiltersDto): Promise<ShareDto> {
    const filters = await this.analytics.withSearch(this.scope.filters(query));
    const rows = await this.analytics.narrativeShare(filters);
    return {
      camps: toCampShares(
        rows.map((row) => ({
          camp: row.camp as CampId,
          narrativeId: row.narrative_id === null || row.narrative_id === undefined ? null : num(row.narrative_id),
          nameEn: (row.name_en as string | null) ?? null,
          nameAr: (row.name_ar as string | null) ?? null,
          color: (row.color as string | null) ?? null,
          count: num(row.count),
          isTotal: num(row.is_total) === 1,
        })),
        this.scope.camps(filters.conflict),
      ),
    };
  }

  async blindspots(query: BlindspotsQueryDto): Promise<BlindspotsDto> {
    const filters = await this.analytics.withSearch(this.scope.filters(query));
    const ignoreUnknown = query.ignoreUnknown ?? true;
    const limit = query.limit ?? 50;
    const [places, narratives] = await Promise.all([
      this.blindspotPlaces.get({ filters, ignoreUnknown, limit }, readsOfClaimFilters(filters), () =>
        this.analytics.singleCampPlaces(filters, ignoreUnknown, limit),
      ),
      this.analytics.singleCampNarratives(filters, ignoreUnknown, limit),
    ]);
    return {
      places: places.map((row) => ({
        location: toLocationSummaryDto(row),
        camp: row.camp as CampId,
        claims: num(row.claims),
      })),
      narratives: narratives.map((row) => ({
        narrative: {
          id: num(row.n_id),
          nameEn: String(row.n_name_en),
          nameAr: String(row.n_name_ar),
          color: String(row.n_color),
        },
        camp: row.camp as CampId,
        claims: num(row.claims),
      })),
    };
  }

  async topSources(query: TopSourcesQueryDto): Promise<TopSourcesDto> {
    const rows = await this.analytics.topSources(
      await this.analytics.withSearch(this.scope.filters(query)),
      query.limit ?? 10,
    );
    return {
      sources: rows.map((row) => ({
        sourceId: num(row.source_id),
        nameEn: String(row.name_en),
        nameAr: String(row.name_ar),
        camp: row.camp as CampId,
        claims: num(row.claims),
      })),
    };
  }

  async places(query: ClaimFiltersDto): Promise<PlacesDto> {
    const rows = await this.analytics.placeCounts(await this.analytics.withSearch(this.scope.filters(query)));
    const places = new Map<number, PlaceCountsDto>();
    for (const row of rows) {
      const id = num(row.location_id);
      let place = places.get(id);
      if (!place) {
        place = {
          id,
          nameEn: String(row.name_en),
          nameAr: String(row.name_ar),
          lat: num(row.lat),
          lon: num(row.lon),
          abroad: Boolean(num(row.abroad)),
          total: 0,
          counts: {},
        };
        places.set(id, place);
      }
      place.counts[row.camp as CampId] = num(row.claims);
      place.total += num(row.claims);
    }
    return { items: [...places.values()].sort((a, b) => b.total - a.total || a.id - b.id) };
  }
}
