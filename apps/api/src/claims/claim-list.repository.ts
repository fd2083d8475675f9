import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { applyClaimFilters } from './claim-filters.sql.js';
import {
  ClaimSearchPlanRepository,
  type ClaimSearchPlan,
  type SearchCandidates,
} from './claim-search-plan.repository.js';
import { queryWords } from '../search/search-terms.js';
import type { ClaimFiltersDto } from './dto/claim-filters.dto.js';
import type { SearchMatch } from '../search/search-references.js';
import { toSortableDatetime, type ClaimCursor, type ClaimSort } from './claim-cursor.js';
import { fromCandidates, normalizeClaimRow, selectClaims, type ClaimRow } from './claim-rows.js';
import type { ClaimVersion } from './claim-version-memo.js';
import { AnalyticsRollupsRepository, rollupCanAnswer } from '../analytics/analytics-rollups.repository.js';
import {
  AnalyticsPlaceRollupsRepository,
  placeSourceRollupCanAnswer,
} from '../analytics/analytics-place-rollups.repository.js';
import { claimFiltersOf } from '../analytics/utils/claim-filters-of.js';
import { ClaimSearchTotals, countRows } from './claim-search-totals.js';
import { FEW_TAGGED_CLAIMS, fewTaggedClaims } from './few-tagged-claims.js';

const SORT_COLUMNS: Record<ClaimSort, { column: string; direction: 'ASC' | 'DESC' }> = {
  eventDate: { column: 'c.event_date', direction: 'ASC' },
  '-eventDate': { column: 'c.event_date', direction: 'DESC' },
  createdAt: { column: 'c.created_at', direction: 'ASC' },
  '-createdAt': { column: 'c.created_at', direction: 'DESC' },
};

/** The claims list: its pages in keyset order and their totals. Plain SQL over tables, never relation graphs. */
@Injectable()
export class ClaimListRepository {
  private readonly searchPlans: ClaimSearchPlanRepository;
  private readonly searchTotals: ClaimSearchTotals;

  constructor(private readonly dataSource: DataSource) {
    this.searchPlans = new ClaimSearchPlanRepository(dataSource);
    this.searchTotals = new ClaimSearchTotals(dataSource);
  }

  /** How a search page of `filters` is read (null without a search): given to findPage and count, it is chosen once. */
  searchPlan(filters: ClaimFiltersDto & { qMatch?: SearchMatch }): Promise<ClaimSearchPlan | null> {
    return filters.q ? this.searchPlans.plan(filters) : Promise.resolve(null);
  }

  /** Rows a narrative or place page's walk may examine before it is read the optimizer's way (tests lower it). */
  taggedWalkRows = 30_000;
  /** Claims of a page's places (or narratives) up to which they are read as a set, not walked (tests vary it). */
  fewTaggedClaims = FEW_TAGGED_CLAIMS;

  /**
   * One page in keyset order; asks for one row more than `limit` so the caller knows whether another page
   * follows. `searchPlan`: how a search is read, chosen from its match counts when not given (tests give
   * each plan in turn and compare their pages).
   */
  async findPage(
    filters: ClaimFiltersDto & { qMatch?: SearchMatch },
    sort: ClaimSort,
    cursor: ClaimCursor | null,
    limit: number,
    searchPlan?: ClaimSearchPlan | null,
  ): Promise<ClaimRow[]> {
    const { column, direction } = SORT_COLUMNS[sort];
    // SQLite picks the camp or status index and then sorts every matching claim (100k: ~100 ms a page,
    // measured; an index (camp_id, status, event_date, id) did not help: an IN list of camps still
    // sorts). The unary + keeps those two columns off the index, so it walks the date index in list
    // order and stops after one page. MariaDB already walks the date index for them.
    const sqlite = this.dataSource.options.type === 'better-sqlite3';
    const { camp, status, ...others } = filters;
    // A search reads its few candidates, or walks the date index testing each claim
    // (claim-search-plan.repository.ts): the same rows in the same order either way.
    const plan = searchPlan !== undefined ? searchPlan : filters.q ? await this.searchPlans.plan(filters) : null;
    if (
      !plan &&
      column === 'c.event_date' &&
      filters.conflict &&
      filters.location?.length === 1 &&
      hasOnly(filters, PLACE_KEYS)
    )
      return this.rowsOf(
        await this.placePageByDay(filters.location[0], filters.conflict, direction, cursor, limit),
        sort,
      );
    const candidates = plan?.kind === 'candidates' ? plan.candidates : null;
    const probe = plan?.kind === 'walk' && plan.probe;
    // With a text search, MariaDB plans the full row (text, sources join) as a scan + filesort of every
    // match (1 M claims, a common word: 5 s); the bare ids walk the date index and probe the word set
    // (~100 ms). So: ids first, then those rows. Likewise on both dialects when candidates are sorted:
    // their ids, not their texts and story lookups (SQLite 100k, 2,594 candidates: 24 → 9 ms).
    // MariaDB, a from/to window sorted by creation: its optimizer walks the creation-time index from the
    // newest claim and tests each one's date (1 M, four months of 2019: 1.1–2.5 s a page); the window's
    // date range read and its ids sorted is bounded by the window (0.4 s there, milliseconds for a week).
    const windowByCreation = !sqlite && !candidates && Boolean(filters.from || filters.to) && column === 'c.created_at';
    // MariaDB, any page: with the full row (text, the sources join, the story subquery) its optimizer took
    // the conflict prefix of the date index as `ref` and walked it from the newest claim even for a
    // 2019 window (1 M: 18 s a page under load), where the bare ids take the `range` (0.5 ms); so ids
    // first there, then their rows by primary key.
    const idsFirst = Boolean(candidates) || !sqlite;
    // The window as an event_date range only (added below), not also as the filter's event_day range: with
    // both, MariaDB took the conflict prefix of the date index and walked it from the newest claim down to
    // the window (1 M, a 2019 window: 2.5 s a page) instead of reading the range (0.5 ms).
    const { from: _from, to: _to, ...withoutWindow } = sqlite ? others : filters;
    const sourceSet = plan?.kind === 'walk' && plan.sourceSet;
    const pageFilters = {
      ...withoutWindow,
      ...(probe ? { qProbe: true } : {}),
      ...(sourceSet ? { qSourceSet: true } : {}),
    };
    const pageQuery = (probePlaces: boolean, walkCreation = false): SelectQueryBuilder<ClaimRow> => {
      const qb = applyClaimFilters(
        idsFirst ? this.selectIds(candidates) : selectClaims(this.dataSource.manager, candidates),
        probePlaces ? { ...pageFilters, locationProbe: true } : pageFilters,
      );
      if (sqlite && camp?.length) qb.andWhere('+c.camp_id IN (:...pCamp)', { pCamp: camp });
      if (sqlite && status?.length) qb.andWhere('+c.status IN (:...pStatus)', { pStatus: status });
      // event_day equals event_date (dateBuckets(d).day === d for every valid day, which is all the
      // writers store), but only a range on event_date lets the (…, event_date, id) indexes serve the
      // from/to filter and the order together: otherwise a one-month page walks from the newest claim down.
      if (windowByCreation) qb.useIndex(walkCreation ? CREATION_INDEX : 'idx_claims_conflict_event_date_id');
      if (filters.from) qb.andWhere('c.event_date >= :pFrom', { pFrom: filters.from });
      if (filters.to) qb.andWhere('c.event_date <= :pTo', { pTo: filters.to });
      if (cursor) {
        const op = direction === 'ASC' ? '>' : '<';
        qb.andWhere(`(${column} ${op} :ckey OR (${column} = :ckey AND c.id ${op} :cid))`, {
          ckey: cursor.key,
          cid: cursor.id,
        });
      }
      return qb
        .orderBy(column, direction)
        .addOrderBy('c.id', direction)
        .limit(limit + 1);
    };
    const qb = pageQuery(false);
    const examineAtMost = plan?.kind === 'walk' && !sqlite ? plan.examineAtMost : undefined;
    let page: ClaimRow[];
    if (candidates) page = await this.rawCandidatesFirst(qb);
    else if (examineAtMost) {
      // MariaDB ends a statement after this many rows examined and returns the rows found so far: a full
      // page is the walk's (in index order, it stopped at LIMIT); anything less is read again with the sets.
      const [sql, params] = qb.getQueryAndParameters();
      page = await this.dataSource.query<ClaimRow[]>(`${sql} ROWS EXAMINED ${examineAtMost}`, params);
      if (page.length <= limit) return this.findPage(filters, sort, cursor, limit, { kind: 'walk', probe: false });
    } else if (windowByCreation && hasOnly(filters, WINDOW_KEYS))
      page =
        (await this.creationWalk(filters, direction, pageQuery(false, true), limit)) ??
        (await qb.getRawMany<ClaimRow>());
    else if (!sqlite && !plan && (filters.narrative?.length || filters.location?.length))
      page = (await fewTaggedClaims(this.dataSource, filters, this.fewTaggedClaims))
        ? await qb.getRawMany<ClaimRow>()
        : await this.taggedWalk(filters.location?.length ? pageQuery(true) : qb, qb, limit);
    else page = await qb.getRawMany<ClaimRow>();
    if (!idsFirst) return page.map(normalizeClaimRow);
    return this.rowsOf(
      page.map((row) => Number(row.id)),
      sort,
    );
  }

  /**
   * Each claim's current version, by primary key only: what a remembered page checks its remembered rows against
   * (claim-version-memo.ts). Ids no longer stored are left out.
   */
  async versionsOf(ids: readonly number[]): Promise<ClaimVersion[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.query<{ id: number | string; version: number | string }[]>(
      `SELECT id, version FROM claims WHERE id IN (${ids.map(() => '?').join(', ')})`,
      [...ids],
    );
    return rows.map((row) => ({ id: Number(row.id), version: Number(row.version) }));
  }

  /** selectClaims' SELECT … FROM … JOIN, built once: every list page reads its rows with it (query building). */
  private claimsSelect?: string;

  /** The rows of these claims by primary key, in the list's order for `sort` (a page whose ids are known). */
  async rowsOf(ids: number[], sort: ClaimSort): Promise<ClaimRow[]> {
    if (!ids.length) return [];
    const { column, direction } = SORT_COLUMNS[sort];
    this.claimsSelect ??= selectClaims(this.dataSource.manager).getQuery();
    const rows = await this.dataSource.query<ClaimRow[]>(
      `${this.claimsSelect} WHERE c.id IN (${ids.map(() => '?').join(', ')})
       ORDER BY ${column} ${direction}, c.id ${direction}`,
      ids,
    );
    return rows.map(normalizeClaimRow);
  }

  /**
   * A page with a narrative or a place filter on MariaDB. Its optimizer reads and sorts every claim of
   * the narrative or the place: the narrative's EXISTS turned into a semi-join (1 M claims, a narrative
   * of 43k: ~190 ms a page), the place's set of claim ids read first (Tripoli: 259k ids, 0.3–0.9 s).
   * `walk` instead walks the date index and probes each claim's tags (exists_to_in off for the
   * narrative's EXISTS; the place as a primary-key probe of claim_locations): a page turns up after
   * about limit × claims / tagged claims (a narrative of 43k: ~1,300 claims, 5 ms). A rare one would
   * make that walk long, so it is bounded in rows examined, and a page it leaves short is read again
   * as `planned`, the optimizer's way.
   */
  private async taggedWalk(
    walk: SelectQueryBuilder<ClaimRow>,
    planned: SelectQueryBuilder<ClaimRow>,
    limit: number,
  ): Promise<ClaimRow[]> {
    const [sql, params] = walk.getQueryAndParameters();
    const walked = await this.dataSource.query<ClaimRow[]>(
      `SET STATEMENT optimizer_switch='exists_to_in=off' FOR ${sql} ROWS EXAMINED ${this.taggedWalkRows}`,
      params,
    );
    return walked.length > limit ? walked : planned.getRawMany<ClaimRow>();
  }

  /**
   * One place's page by event date, its claim ids read from claim_locations alone: its (location_id, event_day, …)
   * index and its copies of each claim's conflict and day (kept equal to the claim's by the rollup writer). The
   * index orders a day's claims by camp, not id, so the page is cut at the day of its (limit + 1)-th claim — the
   * index's order up to there — and the claims of the days up to that one are sorted by (day, id): about a page
   * plus one day. Walking the claims' date index and probing each one's places instead costs about limit × claims
   * / the place's claims (1 M claims, a place in 0.6 % of them: ~8,000 probes, 0.2 s a page under a team's load).
   * event_day equals event_date for every claim, so the order is the list's.
   */
  private async placePageByDay(
    locationId: number,
    conflict: string,
    direction: 'ASC' | 'DESC',
    cursor: ClaimCursor | null,
    limit: number,
  ): Promise<number[]> {
    const op = direction === 'ASC' ? '>' : '<';
    const where = `cl.location_id = ? AND cl.conflict_id = ?${
      cursor ? ` AND (cl.event_day ${op} ? OR (cl.event_day = ? AND cl.claim_id ${op} ?))` : ''
    }`;
    const params: unknown[] = [locationId, conflict, ...(cursor ? [cursor.key, cursor.key, cursor.id] : [])];
    const [edge] = await this.dataSource.query<{ day: string }[]>(
      `SELECT cl.event_day AS day FROM claim_locations cl WHERE ${where} ORDER BY cl.event_day ${direction} LIMIT 1 OFFSET ${limit}`,
      params,
    );
    const rows = await this.dataSource.query<{ id: number | string }[]>(
      `SELECT cl.claim_id AS id FROM claim_locations cl WHERE ${where}${edge ? ` AND cl.event_day ${direction === 'ASC' ? '<=' : '>='} ?` : ''}
       ORDER BY cl.event_day ${direction}, cl.claim_id ${direction} LIMIT ${limit + 1}`,
      edge ? [...params, edge.day] : params,
    );
    return rows.map((row) => Number(row.id));
  }

  /** Rows a window's walk of the creation index may examine before the window is read through the date index. */
  creationWalkRows = 20_000;

  /**
   * MariaDB, a from/to window sorted by creation: walks the (conflict_id, created_at, id, event_date) index from the
   * window's latest creation (its earliest, oldest first: claim_creation_bounds over the window's months) and tests
   * each entry's date in the index itself. Claims are mostly created soon after their event, so the page is a few
   * hundred entries away; reading the window's dates and sorting them by creation costs the whole window instead
   * (1 M claims, four months of 2019: 193k entries, 0.2 s alone, 0.7 s under a team's load). A window whose claims
   * were created over a long span would make the walk long, so it is bounded in rows examined; null when it leaves
   * the page short, and the caller reads the window through the date index. FORCE INDEX: only the index's own order
   * makes a page cut short by the bound a prefix of the true page (a sort of whatever was read would not be).
   */
  private async creationWalk(
    filters: ClaimFiltersDto,
    direction: 'ASC' | 'DESC',
    walk: SelectQueryBuilder<ClaimRow>,
    limit: number,
  ): Promise<ClaimRow[] | null> {
    const months = ['1 = 1'];
    const monthParams: unknown[] = [filters.conflict];
    if (filters.from) {
      months.push('b.event_month >= ?');
      monthParams.push(filters.from.slice(0, 7));
    }
    if (filters.to) {
      months.push('b.event_month <= ?');
      monthParams.push(filters.to.slice(0, 7));
    }
    const [bound] = await this.dataSource.query<{ start: Date | string | null }[]>(
      `SELECT ${direction === 'DESC' ? 'MAX(b.max_created_at)' : 'MIN(b.min_created_at)'} AS start
       FROM claim_creation_bounds b WHERE b.conflict_id = ? AND ${months.join(' AND ')}`,
      monthParams,
    );
    if (!bound?.start) return null;
    walk.andWhere(`c.created_at ${direction === 'DESC' ? '<=' : '>='} :walkStart`, { walkStart: bound.start });
    const [sql, params] = walk.getQueryAndParameters();
    const hint = `USE INDEX (\`${CREATION_INDEX}\`)`;
    if (!sql.includes(hint)) throw new Error('claims page: the creation index hint is missing');
    const walked = await this.dataSource.query<ClaimRow[]>(
      `${sql.replace(hint, `FORCE INDEX (\`${CREATION_INDEX}\`)`)} ROWS EXAMINED ${this.creationWalkRows}`,
      params,
    );
    return walked.length > limit ? walked : null;
  }

  /** `c.id` alone, from claims or, for a search with few candidates, from those joined to claims. */
  private selectIds(candidates: SearchCandidates | null): SelectQueryBuilder<ClaimRow> {
    const qb = this.dataSource.manager.createQueryBuilder().select('c.id', 'id');
    return (candidates
      ? fromCandidates(qb, candidates)
      : qb.from('claims', 'c')) as unknown as SelectQueryBuilder<ClaimRow>;
  }

  /**
   * Runs a page read through the candidate set with the candidates as the outer table. Without
   * statistics SQLite prefers walking the conflict's date index (no sort) and probing the set, the very
   * plan this avoids; CROSS JOIN is SQLite's documented way to fix the order, STRAIGHT_JOIN MariaDB's.
   * TypeORM writes neither, so its INNER JOIN of claims is replaced (the only join to claims here).
   */
  private async rawCandidatesFirst<R extends ObjectLiteral = ClaimRow>(
    qb: SelectQueryBuilder<ObjectLiteral>,
  ): Promise<R[]> {
    const [sql, params] = qb.getQueryAndParameters();
    const innerJoin = `INNER JOIN ${qb.escape('claims')} ${qb.escape('c')}`;
    if (!sql.includes(innerJoin)) throw new Error('search page: the candidate join is missing');
    const outerFirst = this.dataSource.options.type === 'better-sqlite3' ? 'CROSS JOIN' : 'STRAIGHT_JOIN';
    return this.dataSource.query<R[]>(
      sql.replace(innerJoin, `${outerFirst} ${qb.escape('claims')} ${qb.escape('c')}`),
      params,
    );
  }

  /**
   * Claims matching the filters. With `cap`, a count that has to scan claims or search terms stops at
   * cap + 1 matches, and a search one of whose sets alone holds more than `cap` claims is cap + 1 at
   * once (the caller then says "more than cap"): rollup and candidate counts are exact.
   */
  async count(
    filters: ClaimFiltersDto & { qMatch?: SearchMatch },
    cap?: number,
    searchPlan?: ClaimSearchPlan | null,
  ): Promise<number> {
    const fromRollups = await this.countFromRollups(claimFiltersOf(filters));
    if (fromRollups !== null) return fromRollups;
    const qb = this.dataSource.manager.createQueryBuilder().select('COUNT(*)', 'total');
    const words = filters.q ? queryWords(filters.q) : [];
    const { qMatch, ...rest } = filters;
    // Only a text search: count in claim_terms alone (an index range per word) instead of probing
    // claims for every match (1 M claims, a word in 220k claims: ~600 → ~100 ms).
    const onlySearch =
      words.length > 0 &&
      !qMatch?.sourceIds.length &&
      !qMatch?.locationIds.length &&
      Object.entries(rest).every(
        ([key, value]) =>
          key === 'q' || key === 'conflict' || value === undefined || (Array.isArray(value) && !value.length),
      );
    if (onlySearch) return this.searchTotals.countWords(words, filters.conflict, cap);
    let plan = searchPlan !== undefined ? searchPlan : words.length ? await this.searchPlans.plan(filters) : null;
    if (cap !== undefined && plan?.kind === 'walk') {
      const shortcut = await this.searchTotals.shortcut(filters, cap);
      if (shortcut.kind === 'capped') return cap + 1;
      if (shortcut.kind === 'candidates') plan = shortcut.plan;
    }
    // A search with few candidates counts them as its page reads them (100k, SQLite, «ترهونة» + camp:
    // 81 → 11 ms), instead of testing every claim of the conflict against the match sets.
    if (plan?.kind === 'candidates') {
      const [row] = await this.rawCandidatesFirst<{ total: number | string }>(
        applyClaimFilters(fromCandidates(qb, plan.candidates), filters),
      );
      return Number(row?.total ?? 0);
    }
    if (cap === undefined) {
      const row = await applyClaimFilters(qb.from('claims', 'c'), filters).getRawOne<{ total: number | string }>();
      return Number(row?.total ?? 0);
    }
    const matches = applyClaimFilters(
      this.dataSource.manager.createQueryBuilder().select('c.id', 'id').from('claims', 'c'),
      filters,
    ).limit(cap + 1);
    return countRows(this.dataSource, matches);
  }

  /**
   * The exact count from a rollup when the filters are all keys of one (null otherwise): camp, source,
   * status and dates from the daily counts; one source, one place or one narrative (with camp, status and
   * dates) from their monthly rollups. 1 M claims: a place's or a narrative's total read 40k–260k rows
   * of the claims side to reach the cap, a few hundred rollup rows here.
   */
  private async countFromRollups(present: ClaimFiltersDto): Promise<number | null> {
    const places = new AnalyticsPlaceRollupsRepository(this.dataSource);
    // A source's claims: its monthly rollup (a few hundred rows), not the conflict's source-keyed daily rows.
    if (present.source?.length && placeSourceRollupCanAnswer(present, 'sources')) return places.countClaims(present);
    if (rollupCanAnswer(present, false)) return new AnalyticsRollupsRepository(this.dataSource).countClaims(present);
    const { location, narrative, ...others } = present;
    // One place or one narrative only: a claim counts once per place and per narrative in their rollups,
    // so one's sum is exact (several would count a claim naming two of them twice).
    if (location?.length === 1 && !narrative?.length && placeSourceRollupCanAnswer(others, 'places'))
      return (await places.placeClaimCounts(others, location))[0];
    if (narrative?.length === 1 && !location?.length && placeSourceRollupCanAnswer(others, 'places'))
      return places.countNarrativeClaims(others, narrative[0]);
    return null;
  }

  /** Sort key of a row as the cursor stores it. */
  sortKey(row: ClaimRow, sort: ClaimSort): string {
    return sort.endsWith('eventDate') ? row.eventDate : toSortableDatetime(row.createdAt);
  }
}

/** The claims index in creation order; its last column, event_date, lets a walk test a window without the row. */
const CREATION_INDEX = 'idx_claims_conflict_created_id';
const PLACE_KEYS = ['conflict', 'location'];
const WINDOW_KEYS = ['conflict', 'from', 'to'];

/** Whether the filters hold nothing but these keys (the ones a dedicated page plan answers). */
function hasOnly(filters: ClaimFiltersDto & { qMatch?: SearchMatch }, keys: readonly string[]): boolean {
  return Object.entries(filters).every(
    ([key, value]) => keys.includes(key) || value === undefined || (Array.isArray(value) && !value.length),
  );
}
