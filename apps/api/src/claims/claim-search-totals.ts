import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ClaimFilters } from '@claimline/contracts';
import { prefixRange, queryWords } from '../search/search-terms.js';
import type { SearchMatch } from '../search/search-references.js';
import {
  AnalyticsPlaceRollupsRepository,
  placeSourceRollupCanAnswer,
} from '../analytics/analytics-place-rollups.repository.js';
import { AnalyticsRollupsRepository, rollupCanAnswer } from '../analytics/analytics-rollups.repository.js';
import { ClaimSearchPlanRepository, type ClaimSearchPlan } from './claim-search-plan.repository.js';

type SearchFilters = ClaimFilters & { qMatch?: SearchMatch };

/**
 * What a search's capped total can be decided from without testing claims one by one, or `count` when
 * only that can tell: `capped` (more than the cap match), or `candidates` (every match is in a small
 * union of sets, counted through them as a page of few candidates is read).
 */
export type SearchTotalShortcut =
  { kind: 'capped' } | { kind: 'candidates'; plan: ClaimSearchPlan } | { kind: 'count' };

/**
 * A search matches its words OR a source it names OR a place it names. Counting that to a cap the
 * claims way tests each claim of the conflict against the three sets, and MariaDB first reads every
 * member of the place and word sets (1 M claims, «طرابلس»: 259k place rows and 253k term rows, 0.8 s
 * alone, seconds under a team's load) even when one set alone already holds more than the cap.
 * So, before that: each set's own size, from what is cheap to read — a place's or a source's claims from
 * the monthly rollups, the words' claims from claim_terms stopped at the cap. One set over the cap
 * bounds the union from below: the total is capped. Every set at most the cap: their union is small,
 * and counted through it. So is a union of larger named sets when it is smaller than what the other
 * filters keep (their size from the daily rollups), since the claims way tests each claim those keep.
 */
export class ClaimSearchTotals {
  private readonly rollups: AnalyticsPlaceRollupsRepository;
  private readonly dailyRollups: AnalyticsRollupsRepository;

  constructor(private readonly dataSource: DataSource) {
    this.rollups = new AnalyticsPlaceRollupsRepository(dataSource);
    this.dailyRollups = new AnalyticsRollupsRepository(dataSource);
  }

  async shortcut(filters: SearchFilters, cap: number): Promise<SearchTotalShortcut> {
    const words = filters.q ? queryWords(filters.q) : [];
    if (!words.length) return { kind: 'count' };
    const { q: _q, qMatch, ...rest } = filters;
    const conflictOnly = { conflict: rest.conflict };
    const onlyConflict = Object.entries(rest).every(
      ([key, value]) => key === 'conflict' || value === undefined || (Array.isArray(value) && !value.length),
    );
    // The named sets within the conflict alone (what the candidates union reads; a lower bound of the
    // total with no other filter), from the rollups first: a place or a source often caps it already.
    const named = await this.namedSetSizes(qMatch, conflictOnly);
    if (onlyConflict && named.some((size) => size > cap)) return { kind: 'capped' };
    // With other filters that are all keys of the rollups, the named sets within them bound it from below.
    if (!onlyConflict && placeSourceRollupCanAnswer(rest, 'places')) {
      const filtered = await this.namedSetSizes(qMatch, rest);
      if (filtered.some((size) => size > cap)) return { kind: 'capped' };
    }
    // The words' claims, read to cap + 1 at most (an index range and a primary-key probe per claim).
    const text = await this.countWords(words, rest.conflict, cap);
    if (onlyConflict && text > cap) return { kind: 'capped' };
    if (text > cap) return { kind: 'count' };
    const candidates: SearchTotalShortcut = {
      kind: 'candidates',
      plan: ClaimSearchPlanRepository.candidatesPlan(filters)!,
    };
    if (named.every((size) => size <= cap)) return candidates;
    // A named set over the cap with a narrowing filter: through the candidates, one primary-key probe per
    // member of the union; the claims way, each claim the filter keeps tested against every set (1 M claims,
    // «ترهونة» + camp GNA: word 3.9k, place 4k, source 10k claims against 330k GNA claims, 0.6–0.9 s).
    const union = text + named.reduce((sum, size) => sum + size, 0);
    if (!onlyConflict && rollupCanAnswer(rest, false) && union <= (await this.dailyRollups.countClaims(rest)))
      return candidates;
    return { kind: 'count' };
  }

  private async namedSetSizes(qMatch: SearchMatch | undefined, filters: ClaimFilters): Promise<number[]> {
    const [places, sources] = await Promise.all([
      this.rollups.placeClaimCounts(filters, qMatch?.locationIds ?? []),
      this.rollups.sourceClaimCounts(filters, qMatch?.sourceIds ?? []),
    ]);
    return [...places, ...sources];
  }

  /**
   * Claims having every word, counted from claim_terms (an index range per word), the conflict checked by
   * primary key on each match; with `cap`, stopped at cap + 1 of them.
   */
  async countWords(words: string[], conflict: string | undefined, cap?: number): Promise<number> {
    const ranges = words.map(prefixRange);
    const qb = this.dataSource.manager
      .createQueryBuilder()
      .select(
        cap === undefined ? 'COUNT(DISTINCT t0.claim_id)' : 'DISTINCT t0.claim_id',
        cap === undefined ? 'total' : 'id',
      )
      .from('claim_terms', 't0')
      .where('t0.term >= :from0 AND t0.term < :to0', { from0: ranges[0].from, to0: ranges[0].to });
    // claim_terms has no conflict: each match's claim is probed for it, unless no other conflict has claims
    // (one index range to know), when every match is in it (1 M claims, a word in 220k: the capped
    // count 60–100 ms alone with the probes, seconds under a team's load; ~10 ms without).
    if (conflict && (await this.othersHaveClaims(conflict)))
      qb.andWhere('EXISTS (SELECT 1 FROM claims cc WHERE cc.id = t0.claim_id AND cc.conflict_id = :conflict)', {
        conflict,
      });
    ranges.slice(1).forEach(({ from, to }, i) => {
      const t = `t${i + 1}`;
      qb.andWhere(
        `t0.claim_id IN (SELECT ${t}.claim_id FROM claim_terms ${t} WHERE ${t}.term >= :from${i + 1} AND ${t}.term < :to${i + 1})`,
        { [`from${i + 1}`]: from, [`to${i + 1}`]: to },
      );
    });
    if (cap !== undefined) return countRows(this.dataSource, qb.limit(cap + 1));
    const row = await qb.getRawOne<{ total: number | string }>();
    return Number(row?.total ?? 0);
  }

  /** Whether any claim belongs to another conflict than `conflict` (two ranges of a conflict-led index). */
  private async othersHaveClaims(conflict: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 AS one FROM claims WHERE conflict_id < ? OR conflict_id > ? LIMIT 1',
      [conflict, conflict],
    );
    return rows.length > 0;
  }
}

/** COUNT(*) of a query's rows (a LIMIT inside stops the scan early). */
export async function countRows(dataSource: DataSource, rows: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [sql, params] = rows.getQueryAndParameters();
  const [row] = await dataSource.query<{ total: number | string }[]>(
    `SELECT COUNT(*) AS total FROM (${sql}) counted`,
    params,
  );
  return Number(row?.total ?? 0);
}
