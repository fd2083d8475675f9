import type { DataSource } from 'typeorm';
import type { ClaimFilters } from '@claimline/contracts';
import { prefixRange, queryWords } from '../search/search-terms.js';
import type { SearchMatch } from '../search/search-references.js';
import { AnalyticsPlaceRollupsRepository } from '../analytics/analytics-place-rollups.repository.js';

/**
 * Up to this many claim_terms rows (or source/place rows), a search's matches are "few": the page is
 * read from them (one primary-key lookup each and a sort of their ids) instead of walking the
 * conflict's (event_date, id) index until 51 matches turn up, which for a rare or unmatched word means
 * walking the whole conflict. Above it the walk stops sooner: it reads about limit × claims / matches
 * index entries. Rows, not distinct claims: a prefix matching several terms of one claim counts it
 * more than once, so the counts only ever overestimate the candidates.
 *
 * The search alone: SQLite 100k, «المستشفى الميداني» (2,594 matches, 1 claim in 40): walk 3.3 ms CPU,
 * read the matches 9 ms; so a bare search walks from a few thousand matches on.
 */
export const FEW_SEARCH_CANDIDATES = 2000;
/**
 * With another filter (camp, status, source, dates, …) the walk also skips every claim the filter
 * leaves out, often reading its row to test it: SQLite 100k, «ترهونة» + camp GNA (~2,900 candidates):
 * walk 28 ms, read the candidates 4 ms. So the candidates are read up to a larger set.
 */
export const FEW_FILTERED_SEARCH_CANDIDATES = 5000;
/**
 * When the words' (or the places') matches exceed this, the walk of a bare search probes each claim it
 * passes (claim_terms by claim_id, a claim's place by primary key) rather than first reading every
 * match into a set: the walk is short (about limit × claims / matches claims), the set is not (a word
 * in one claim of five: 22k ids at 100k claims, 220k at 1 M). «مرتزقة»: 100k, SQLite 7.7 → 1.3 ms
 * CPU, MariaDB 27 → 4.6 ms; 1 M, MariaDB 150 → 9 ms. Below it the set is small and the walk long, so
 * a set probe per claim is the cheaper. Also the cap of the counts: counting further costs (MariaDB
 * 100k, a common word counted to 20,000: 18 ms; to 5,000: 5 ms).
 */
export const PROBE_SEARCH_MATCHES = 5000;

/**
 * The bound of a filtered search's probed walk on MariaDB (claims walked plus terms and places probed).
 * 1 M claims, page ms by bound 10k / 30k / 100k: «قصف» + contested 130 / 21 / 24 (found from 20k on);
 * «المستشفى الميداني» + contested, none found, then the sets: 120 / 148 / 233 (sets alone: 109).
 */
export const PROBED_WALK_ROWS_EXAMINED = 30000;

/** The named sources' claims (in their conflict) up to which a walk reads them as a set of ids (see `sourceSetFor`). */
export const SOURCE_SET_CLAIMS = 50_000;

/** The claims a search can match at most, as a subquery of distinct `claim_id` (alias it; its params are named). */
export type SearchCandidates = { sql: string; params: Record<string, string | number | number[]> };

/**
 * How a search page is read: from its few candidates joined to claims, or by walking the date index and
 * testing each claim, with the match sets read first (`probe: false`) or probed per claim (`probe: true`).
 */
export type ClaimSearchPlan =
  | { kind: 'candidates'; candidates: SearchCandidates }
  /**
   * `examineAtMost` (MariaDB): a probed walk bounded in rows examined, read again with the sets when it comes short.
   * `sourceSet` (MariaDB, sets read first): the named sources' claims as a set of ids too, so the walk tests each
   * claim from its index entry alone instead of reading its row for source_id.
   */
  | { kind: 'walk'; probe: boolean; examineAtMost?: number; sourceSet?: boolean };

type SearchFilters = ClaimFilters & { qMatch?: SearchMatch };

/** Filters besides the search itself and the conflict (which every list has). */
const SEARCH_ONLY_KEYS = new Set(['q', 'qMatch', 'conflict']);

/**
 * Chooses how a search page is read from how many claims its words, sources and places name, counted
 * cheaply (one capped index range each, in one statement). Neither dialect can be left to choose:
 * SQLite has no estimate of a term range's size without stat4 (without ANALYZE it walks the date index
 * for a word that matches nothing; with it, it reads every match of a common word), and MariaDB reads
 * every match of a common word into a set before walking (1 M claims: seconds).
 */
export class ClaimSearchPlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The plan of a page of `filters`, or null when `q` has no indexed word (the substring scan, walked as before). */
  async plan(filters: SearchFilters): Promise<ClaimSearchPlan | null> {
    const words = filters.q ? queryWords(filters.q) : [];
    if (!words.length) return null;
    const sourceIds = filters.qMatch?.sourceIds ?? [];
    const placeIds = filters.qMatch?.locationIds ?? [];
    const counts = await this.cappedCounts(words, sourceIds, placeIds);
    const rarest = counts.words.indexOf(Math.min(...counts.words));
    // Every text match has all the words, so the rarest word's claims, with the sources' and the places'
    // claims (the search is "words OR source OR place"), hold every match: an upper bound of the matches.
    const narrowed = isNarrowed(filters);
    const cap = narrowed ? FEW_FILTERED_SEARCH_CANDIDATES : FEW_SEARCH_CANDIDATES;
    const named = counts.sources + counts.places;
    let driving = [words[rarest]];
    let textMatches = counts.words[rarest];
    // Common words can be rare together (1 M claims, «المستشفى الميداني» + camp GNA: two words in 26k
    // claims each, none together in a GNA claim; walked: 2.6 s): then their intersection, counted the
    // same capped way from the rarest word, decides, and is the candidate set.
    if (words.length > 1 && textMatches + named > cap) {
      driving = [words[rarest], ...words.filter((_, i) => i !== rarest)];
      textMatches = await this.cappedIntersection(driving);
    }
    if (textMatches + named <= cap)
      return { kind: 'candidates', candidates: candidatesOf(driving, sourceIds, placeIds) };
    // Probed only when the matches alone bound the walk. Another filter may hold few or none of them
    // (1 M claims, «المستشفى الميداني» + camp GNA: probed 2.5 s, every GNA claim tested); with the sets
    // MariaDB may still start from them (108 ms), and SQLite tests each claim against a set (cheap).
    // And only when a set is large: a claim's probe reads its ~16 terms, where a small set is one lookup
    // (1 M, «ترهونة»: word 3.9k, place 4k, source 10k claims; sets 15 ms, probed 45 ms).
    const largeSet = Math.max(textMatches, counts.places) > PROBE_SEARCH_MATCHES;
    if (!largeSet) return { kind: 'walk', probe: false, ...(await this.sourceSetFor(filters, sourceIds)) };
    if (!narrowed) return { kind: 'walk', probe: true };
    // With another filter, MariaDB first probes a bounded walk: it finds the page when the filter keeps a
    // fair share of the matches (1 M, «مرتزقة» + camp GNA: sets 136 ms, bounded probes 7 ms), and costs at
    // most the bound before the sets walk when it keeps few or none. SQLite's sets are in process.
    if (this.dataSource.options.type === 'better-sqlite3') return { kind: 'walk', probe: false };
    return { kind: 'walk', probe: true, examineAtMost: PROBED_WALK_ROWS_EXAMINED };
  }

  /**
   * MariaDB reads a walked claim's row only to test `source_id` when every other test is a set of ids: with the
   * sources as a set too, the walk stays in its index (1 M claims, «ترهونة» + camp GNA naming a source of ~21k
   * claims: page 1 22–27 → 10–19 ms, page 2 79–92 → 10–21 ms, where MariaDB walked from the newest claim down to
   * the cursor reading each row). A large source's set would cost more to read than the rows it spares.
   */
  async sourceSetFor(filters: SearchFilters, sourceIds: number[]): Promise<{ sourceSet?: true }> {
    if (!sourceIds.length || this.dataSource.options.type === 'better-sqlite3') return {};
    const sizes = await new AnalyticsPlaceRollupsRepository(this.dataSource).sourceClaimCounts(
      { conflict: filters.conflict },
      sourceIds,
    );
    return sizes.reduce((sum, size) => sum + size, 0) <= SOURCE_SET_CLAIMS ? { sourceSet: true } : {};
  }

  /** Rows of the first word's term range whose claim has every other word, read up to PROBE_SEARCH_MATCHES + 1. */
  private async cappedIntersection(words: string[]): Promise<number> {
    const { sql, params } = wordsClaims(words, 'ci');
    const [row] = await this.dataSource.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM (${sql} LIMIT ${PROBE_SEARCH_MATCHES + 1}) ci`,
      params,
    );
    return Number(row.n);
  }

  /** The candidates plan whatever the counts, driven by all the query's words (tests compare it with the walks). */
  static candidatesPlan(filters: SearchFilters): ClaimSearchPlan | null {
    const words = filters.q ? queryWords(filters.q) : [];
    if (!words.length) return null;
    const candidates = candidatesOf(words, filters.qMatch?.sourceIds ?? [], filters.qMatch?.locationIds ?? []);
    return { kind: 'candidates', candidates };
  }

  /** Rows of each word's term range, of the sources' claims and of the places' claims, each read up to PROBE_SEARCH_MATCHES + 1. */
  private async cappedCounts(
    words: string[],
    sourceIds: number[],
    placeIds: number[],
  ): Promise<{ words: number[]; sources: number; places: number }> {
    const capped = (alias: string, select: string) =>
      `(SELECT COUNT(*) FROM (${select} LIMIT ${PROBE_SEARCH_MATCHES + 1}) ${alias}) AS ${alias}`;
    const columns: string[] = [];
    const params: (string | number)[] = [];
    words.forEach((word, i) => {
      const { from, to } = prefixRange(word);
      columns.push(capped(`w${i}`, 'SELECT 1 AS one FROM claim_terms WHERE term >= ? AND term < ?'));
      params.push(from, to);
    });
    const list = (ids: number[]) => ids.map(() => '?').join(', ');
    if (sourceIds.length) {
      columns.push(capped('sources', `SELECT 1 AS one FROM claims WHERE source_id IN (${list(sourceIds)})`));
      params.push(...sourceIds);
    }
    if (placeIds.length) {
      columns.push(capped('places', `SELECT 1 AS one FROM claim_locations WHERE location_id IN (${list(placeIds)})`));
      params.push(...placeIds);
    }
    const [row] = await this.dataSource.query<Record<string, number | string>[]>(
      `SELECT ${columns.join(', ')}`,
      params,
    );
    return {
      words: words.map((_, i) => Number(row[`w${i}`])),
      sources: Number(row.sources ?? 0),
      places: Number(row.places ?? 0),
    };
  }
}

/** Filters besides the search itself and the conflict: the walk then skips claims too. */
function isNarrowed(filters: SearchFilters): boolean {
  return Object.entries(filters).some(
    ([key, value]) => !SEARCH_ONLY_KEYS.has(key) && value !== undefined && !(Array.isArray(value) && !value.length),
  );
}

/**
 * `SELECT <alias>0.claim_id` of the first word's term range, keeping the claims that have every other
 * word too (each an IN of its range); a claim may come once per matching term. Positional parameters.
 * The unary + keeps SQLite on the term range: by the claim_id index it reads every term row of every
 * claim of the other word's set (SQLite 100k, two words in 2,594 claims: 15 ms → 2 ms).
 */
function wordsClaims(words: string[], alias: string): { sql: string; params: string[] } {
  const params: string[] = [];
  const range = (t: string, word: string) => {
    const { from, to } = prefixRange(word);
    params.push(from, to);
    return `${t}.term >= ? AND ${t}.term < ?`;
  };
  const conditions = [range(`${alias}0`, words[0])];
  words.slice(1).forEach((word, i) => {
    const t = `${alias}${i + 1}`;
    conditions.push(`+${alias}0.claim_id IN (SELECT ${t}.claim_id FROM claim_terms ${t} WHERE ${range(t, word)})`);
  });
  return { sql: `SELECT ${alias}0.claim_id FROM claim_terms ${alias}0 WHERE ${conditions.join(' AND ')}`, params };
}

/**
 * The claims of the driving words (the first word's, or those having all of them), with the named
 * sources' and places' claims; each claim once. Named parameters, for a query builder.
 */
function candidatesOf(words: string[], sourceIds: number[], placeIds: number[]): SearchCandidates {
  const params: SearchCandidates['params'] = {};
  const conditions = words.map((word, i) => {
    const { from, to } = prefixRange(word);
    params[`scFrom${i}`] = from;
    params[`scTo${i}`] = to;
    const range = `sct${i}.term >= :scFrom${i} AND sct${i}.term < :scTo${i}`;
    return i === 0 ? range : `+sct0.claim_id IN (SELECT sct${i}.claim_id FROM claim_terms sct${i} WHERE ${range})`;
  });
  const wordClaims = `FROM claim_terms sct0 WHERE ${conditions.join(' AND ')}`;
  if (!sourceIds.length && !placeIds.length) return { sql: `SELECT DISTINCT sct0.claim_id ${wordClaims}`, params };
  const parts = [`SELECT sct0.claim_id ${wordClaims}`];
  if (sourceIds.length) {
    parts.push('SELECT scs.id FROM claims scs WHERE scs.source_id IN (:...scSources)');
    params.scSources = sourceIds;
  }
  if (placeIds.length) {
    parts.push('SELECT scp.claim_id FROM claim_locations scp WHERE scp.location_id IN (:...scPlaces)');
    params.scPlaces = placeIds;
  }
  // UNION, not UNION ALL: each claim once, so joining the set to claims repeats no row.
  return { sql: `SELECT sc.claim_id FROM (${parts.join(' UNION ')}) sc`, params };
}
