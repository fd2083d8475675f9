import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { bumpDataVersion, type DataDomain } from './data-version.js';
import { addFramingRows } from './framing-rollups.sql.js';

/** Which claims a write touches, as a predicate both the "before" and the "after" step can evaluate. */
export type ClaimScope = { claimIds: readonly number[] } | { articleId: number } | { sourceIds: readonly number[] };

/** IN lists stay far below SQLite's bound-parameter limit and MariaDB's packet size. */
const CHUNK = 1000;

/**
 * Keeps claim_counts_daily / claim_narrative_counts_daily (with claim_camp_counts_daily, the first
 * without its source column, and their monthly sums claim_counts_monthly / claim_narrative_counts_monthly (and per
 * narrative without the month claim_narrative_counts_total, per narrative and month claim_narrative_counts_by_month),
 * the monthly claims per place and per source claim_place_counts_monthly / claim_source_counts_monthly (and per place
 * without the month claim_place_counts_total),
 * the weekly claims per camp claim_camp_counts_weekly and per camp and source claim_source_counts_weekly, and each month's creation-time bounds
 * claim_creation_bounds)
 * equal to COUNT(*) over claims, the conflict_id/event_day/camp_id/status copies on claim_locations
 * equal to their claim's, and framing_counts_daily (and framing_counts_total, without the day) equal to the
 * sums of article_framing. Used only by ClaimWriter
 * (claim-writes/), inside the transaction that writes the claims:
 *   before(manager, scope)  — right before changing existing claims (not for inserts): locks them
 *                             (MariaDB) and subtracts what they count for now;
 *   after(manager, scope)   — once the claims, their narratives and places are written: adds what
 *                             they count for now and refreshes the claim_locations copies.
 * Both are single set-based statements (INSERT … SELECT … GROUP BY with an upsert), so a batch of
 * claims costs one statement, and both read the rows themselves, so there is no caller-supplied
 * "old value" that could be stale. A scope must select the same claims in both steps.
 *
 * Rows whose count falls to 0 stay (a later write of the same key reuses them); readers ignore them
 * with HAVING SUM(n) > 0, and rebuild() drops them. Every write bumps the data version the analytics
 * response cache checks (rollups/data-version.ts).
 */
@Injectable()
export class RollupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the claims (MariaDB) before a writer reads them, so what it reads is what before() subtracts:
   * without it a concurrent writer could change them between the read and the write.
   */
  async lock(manager: EntityManager, scope: ClaimScope): Promise<void> {
    if (this.sqlite(manager)) return;
    for (const [where, params] of predicates(scope))
      await manager.query(`SELECT c.id FROM claims c WHERE ${where} ORDER BY c.id FOR UPDATE`, params);
  }

  /**
   * Takes the scope's claims out of every rollup (after() puts them back). `domains`: what the caller's
   * change makes different for the dashboard — a change of tags alone leaves the counts as they were, and
   * the rollups without a tag column are then left alone. before() and after() must be given the same domains.
   */
  async before(manager: EntityManager, scope: ClaimScope, domains: readonly DataDomain[] = ['counts']): Promise<void> {
    bumpDataVersion(this.dataSource, { domains, manager });
    for (const [where, params] of predicates(scope)) {
      // Lock first, in id order: the S locks INSERT … SELECT takes would otherwise have to be upgraded
      // by the UPDATE that follows, and two such writers deadlock. SQLite writers are serialized already.
      if (!this.sqlite(manager))
        await manager.query(`SELECT c.id FROM claims c WHERE ${where} ORDER BY c.id FOR UPDATE`, params);
      await this.adjust(manager, where, params, -1, tagsOnly(domains));
    }
  }

  async after(manager: EntityManager, scope: ClaimScope, domains: readonly DataDomain[] = ['counts']): Promise<void> {
    await this.addScope(manager, predicates(scope), true, domains);
  }

  /**
   * after() for every claim of these articles at once: an import batch calls it once, after all its
   * articles' savepoints, instead of once per article (the same statements, one round per batch).
   */
  async afterArticles(manager: EntityManager, articleIds: readonly number[]): Promise<void> {
    // Their claim places were inserted with the copies already (ClaimWritesRepository.insertNewClaimLocations):
    // refreshing them would be an UPDATE joining every place of the batch to its claim for no change.
    if (articleIds.length) await this.addScope(manager, inPredicates('c.article_id', articleIds), false);
  }

  /** addFraming() for several articles in one statement per chunk (an import batch). */
  async addFramingOfArticles(manager: EntityManager, articleIds: readonly number[]): Promise<void> {
    if (!articleIds.length) return;
    bumpDataVersion(this.dataSource, { domains: ['framing'], manager });
    for (const [where, params] of inPredicates('f.article_id', articleIds)) await this.framing(manager, where, params);
  }

  private async addScope(
    manager: EntityManager,
    scope: [string, unknown[]][],
    refreshCopies = true,
    domains: readonly DataDomain[] = ['counts'],
  ): Promise<void> {
    bumpDataVersion(this.dataSource, { domains, manager });
    for (const [where, params] of scope) {
      await this.adjust(manager, where, params, 1, tagsOnly(domains));
      // The copies are the claim's conflict, day, camp and status: no tag among them.
      if (refreshCopies && !tagsOnly(domains)) await this.refreshLocationCopies(manager, where, params);
      // A tag or a status moves no claim to another month.
      if (domains.includes('counts')) await this.widenCreationBounds(manager, where, params);
    }
  }

  /** Recomputes every rollup (daily, monthly, framing) and the claim_locations copies from the source tables (idempotent; bulk writers, repairs). */
  async rebuild(manager: EntityManager = this.dataSource.manager): Promise<void> {
    bumpDataVersion(this.dataSource);
    for (const table of [
      'claim_counts_daily',
      'claim_camp_counts_daily',
      'claim_camp_counts_weekly',
      'claim_narrative_counts_daily',
      'claim_counts_monthly',
      'claim_narrative_counts_monthly',
      'claim_narrative_counts_total',
      'claim_narrative_counts_by_month',
      'claim_place_counts_monthly',
      'claim_place_counts_total',
      'claim_source_counts_monthly',
      'claim_source_counts_weekly',
      'framing_counts_daily',
      'framing_counts_total',
      'claim_creation_bounds',
    ]) {
      await manager.query(`DELETE FROM ${table}`);
    }
    await this.adjust(manager, '1 = 1', [], 1);
    await this.widenCreationBounds(manager, '1 = 1', []);
    await this.framing(manager, '1 = 1', []);
    await this.refreshLocationCopies(manager, '1 = 1', []);
  }

  /**
   * Widens claim_creation_bounds (per conflict and event month, the earliest and latest creation time of its claims)
   * to the claims matching `where`. Only widens: a bound left wide by a claim that moved to another month is still a
   * bound for the walk that reads it (ClaimListRepository, a window sorted by creation), and rebuild() makes it exact.
   */
  private async widenCreationBounds(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
    const upsert = this.sqlite(manager)
      ? `ON CONFLICT (conflict_id, event_month) DO UPDATE SET min_created_at = MIN(min_created_at, excluded.min_created_at),
           max_created_at = MAX(max_created_at, excluded.max_created_at)`
      : `ON DUPLICATE KEY UPDATE min_created_at = LEAST(min_created_at, VALUES(min_created_at)),
           max_created_at = GREATEST(max_created_at, VALUES(max_created_at))`;
    await manager.query(
      `INSERT INTO claim_creation_bounds (conflict_id, event_month, min_created_at, max_created_at)
       SELECT c.conflict_id, c.event_month, MIN(c.created_at), MAX(c.created_at) FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.event_month ORDER BY c.conflict_id, c.event_month
       ${upsert}`,
      params,
    );
  }

  /**
   * Copies each matching claim's conflict, day, camp and status onto its claim_locations rows: the
   * contested view reads (place, day, camp) from them, the place rollups' edge days (conflict, day, …).
   */
  private async refreshLocationCopies(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
    const copied = ['conflict_id', 'event_day', 'camp_id', 'status'];
    await manager.query(
      this.sqlite(manager)
        ? `UPDATE claim_locations SET ${copied.map((column) => `${column} = c.${column}`).join(', ')}
           FROM claims c WHERE c.id = claim_locations.claim_id AND ${where}`
        : `UPDATE claim_locations cl JOIN claims c ON c.id = cl.claim_id
           SET ${copied.map((column) => `cl.${column} = c.${column}`).join(', ')} WHERE ${where}`,
      params,
    );
  }

  /**
   * Adds an article's article_framing rows to framing_counts_daily. Call once, in the transaction that
   * inserted them: framing rows are written only at ingestion, and articles (their outlet and
   * publication day) are never updated or deleted, so there is no "before" step.
   */
  async addFraming(manager: EntityManager, articleId: number): Promise<void> {
    bumpDataVersion(this.dataSource, { domains: ['framing'], manager });
    await this.framing(manager, 'f.article_id = ?', [articleId]);
  }

  private framing(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
    return addFramingRows(manager, where, params, this.sqlite(manager));
  }

  /**
   * Adds (sign 1) or subtracts (sign -1) the claims matching `where` (over `claims c`) in both rollups.
   * The daily ones are keyed by date_precision too: a time series keeps claims known only to the week
   * or month out of finer buckets, and the precision filter is answered from them. `tagsOnly`: the claims'
   * tags are all that changed, so the rollups without tags (per source by week, per place and source by month,
   * per place) would get back what they lose: they are skipped (a tag costs 8 statements fewer).
   */
  private async adjust(
    manager: EntityManager,
    where: string,
    params: unknown[],
    sign: 1 | -1,
    tagsOnly = false,
  ): Promise<void> {
    const sqlite = this.sqlite(manager);
    // ORDER BY the primary key: concurrent writers then lock rollup rows in the same order.
    await manager.query(
      `INSERT INTO claim_counts_daily (conflict_id, event_day, camp_id, source_id, status, date_precision, event_week, event_month, n, tagged)
       SELECT c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, c.date_precision, MIN(c.event_week), MIN(c.event_month), ${sign} * COUNT(*),
              ${sign} * SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, c.date_precision
       ORDER BY c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, c.date_precision
       ${addToExisting(sqlite, 'conflict_id, event_day, camp_id, source_id, status, date_precision', true)}`,
      params,
    );
    // The same counts without the source (every count that neither filters nor groups by source reads it).
    await manager.query(
      `INSERT INTO claim_camp_counts_daily (conflict_id, event_day, camp_id, status, date_precision, event_week, event_month, n, tagged)
       SELECT c.conflict_id, c.event_day, c.camp_id, c.status, c.date_precision, MIN(c.event_week), MIN(c.event_month), ${sign} * COUNT(*),
              ${sign} * SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.event_day, c.camp_id, c.status, c.date_precision
       ORDER BY c.conflict_id, c.event_day, c.camp_id, c.status, c.date_precision
       ${addToExisting(sqlite, 'conflict_id, event_day, camp_id, status, date_precision', true)}`,
      params,
    );
    // The same by week (the weekly series by camp or status without a window).
    await manager.query(
      `INSERT INTO claim_camp_counts_weekly (conflict_id, event_week, camp_id, status, date_precision, n, tagged)
       SELECT c.conflict_id, c.event_week, c.camp_id, c.status, c.date_precision, ${sign} * COUNT(*),
              ${sign} * SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.event_week, c.camp_id, c.status, c.date_precision
       ORDER BY c.conflict_id, c.event_week, c.camp_id, c.status, c.date_precision
       ${addToExisting(sqlite, 'conflict_id, event_week, camp_id, status, date_precision', true)}`,
      params,
    );
    // The weekly counts per source, camp first (the weekly source series of one camp reads one range).
    if (!tagsOnly)
      await manager.query(
        `INSERT INTO claim_source_counts_weekly (conflict_id, camp_id, event_week, source_id, status, date_precision, n)
       SELECT c.conflict_id, c.camp_id, c.event_week, COALESCE(c.source_id, 0), c.status, c.date_precision, ${sign} * COUNT(*)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.camp_id, c.event_week, COALESCE(c.source_id, 0), c.status, c.date_precision
       ORDER BY c.conflict_id, c.camp_id, c.event_week, COALESCE(c.source_id, 0), c.status, c.date_precision
       ${addToExisting(sqlite, 'conflict_id, camp_id, event_week, source_id, status, date_precision')}`,
        params,
      );
    await manager.query(
      `INSERT INTO claim_narrative_counts_daily (conflict_id, event_day, camp_id, narrative_id, status, date_precision, event_week, event_month, n)
       SELECT c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status, c.date_precision, MIN(c.event_week), MIN(c.event_month), ${sign} * COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status, c.date_precision
       ORDER BY c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status, c.date_precision
       ${addToExisting(sqlite, 'conflict_id, event_day, camp_id, narrative_id, status, date_precision')}`,
      params,
    );
    // The monthly sums, after the daily rows (same lock order in every writer). No source column:
    // only the narrative share reads them.
    await manager.query(
      `INSERT INTO claim_counts_monthly (conflict_id, event_month, camp_id, status, n, tagged)
       SELECT c.conflict_id, c.event_month, c.camp_id, c.status, ${sign} * COUNT(*),
              ${sign} * SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, c.event_month, c.camp_id, c.status
       ORDER BY c.conflict_id, c.event_month, c.camp_id, c.status
       ${addToExisting(sqlite, 'conflict_id, event_month, camp_id, status', true)}`,
      params,
    );
    await manager.query(
      `INSERT INTO claim_narrative_counts_monthly (conflict_id, event_month, camp_id, narrative_id, status, n)
       SELECT c.conflict_id, c.event_month, c.camp_id, cn.narrative_id, c.status, ${sign} * COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, c.event_month, c.camp_id, cn.narrative_id, c.status
       ORDER BY c.conflict_id, c.event_month, c.camp_id, cn.narrative_id, c.status
       ${addToExisting(sqlite, 'conflict_id, event_month, camp_id, narrative_id, status')}`,
      params,
    );
    // The same without the month, narrative first (a whole conflict's share, blindspots, one narrative's total),
    // and per month without camp and status (a whole conflict's month chart by narrative).
    await manager.query(
      `INSERT INTO claim_narrative_counts_total (conflict_id, narrative_id, camp_id, status, n)
       SELECT c.conflict_id, cn.narrative_id, c.camp_id, c.status, ${sign} * COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, cn.narrative_id, c.camp_id, c.status
       ORDER BY c.conflict_id, cn.narrative_id, c.camp_id, c.status
       ${addToExisting(sqlite, 'conflict_id, narrative_id, camp_id, status')}`,
      params,
    );
    await manager.query(
      `INSERT INTO claim_narrative_counts_by_month (conflict_id, event_month, narrative_id, n)
       SELECT c.conflict_id, c.event_month, cn.narrative_id, ${sign} * COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, c.event_month, cn.narrative_id
       ORDER BY c.conflict_id, c.event_month, cn.narrative_id
       ${addToExisting(sqlite, 'conflict_id, event_month, narrative_id')}`,
      params,
    );
    if (!tagsOnly) await this.adjustPlaceAndSourceMonths(manager, where, params, sign);
  }

  /**
   * adjust() for claim_place_counts_monthly (a claim counts once per place, as claims ⋈ claim_locations)
   * and claim_source_counts_monthly (source_id 0: none), after the other rollups: every writer then
   * locks rollup rows in the same table order, and within a table in primary-key order.
   */
  private async adjustPlaceAndSourceMonths(
    manager: EntityManager,
    where: string,
    params: unknown[],
    sign: 1 | -1,
  ): Promise<void> {
    const sqlite = this.sqlite(manager);
    await manager.query(
      `INSERT INTO claim_place_counts_monthly (conflict_id, location_id, camp_id, event_month, status, n)
       SELECT c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status, ${sign} * COUNT(*)
       FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status
       ORDER BY c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status
       ${addToExisting(sqlite, 'conflict_id, location_id, camp_id, event_month, status')}`,
      params,
    );
    // The same without the month (the map and blindspot places of a whole conflict).
    await manager.query(
      `INSERT INTO claim_place_counts_total (conflict_id, location_id, camp_id, status, n)
       SELECT c.conflict_id, cl.location_id, c.camp_id, c.status, ${sign} * COUNT(*)
       FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id WHERE ${where}
       GROUP BY c.conflict_id, cl.location_id, c.camp_id, c.status
       ORDER BY c.conflict_id, cl.location_id, c.camp_id, c.status
       ${addToExisting(sqlite, 'conflict_id, location_id, camp_id, status')}`,
      params,
    );
    await manager.query(
      `INSERT INTO claim_source_counts_monthly (conflict_id, source_id, camp_id, event_month, status, n)
       SELECT c.conflict_id, COALESCE(c.source_id, 0), c.camp_id, c.event_month, c.status, ${sign} * COUNT(*)
       FROM claims c WHERE ${where}
       GROUP BY c.conflict_id, COALESCE(c.source_id, 0), c.camp_id, c.event_month, c.status
       ORDER BY c.conflict_id, COALESCE(c.source_id, 0), c.camp_id, c.event_month, c.status
       ${addToExisting(sqlite, 'conflict_id, source_id, camp_id, event_month, status')}`,
      params,
    );
  }

  private sqlite(manager: EntityManager): boolean {
    return manager.connection.options.type === 'better-sqlite3';
  }
}

/** The scope as WHERE clauses over `claims c` (claim ids in chunks). */
function predicates(scope: ClaimScope): [string, unknown[]][] {
  if ('articleId' in scope) return [['c.article_id = ?', [scope.articleId]]];
  return 'claimIds' in scope ? inPredicates('c.id', scope.claimIds) : inPredicates('c.source_id', scope.sourceIds);
}

/** `column IN (…)` over the sorted unique ids, in chunks. */
function inPredicates(column: string, ids: readonly number[]): [string, unknown[]][] {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const out: [string, unknown[]][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    out.push([`${column} IN (${chunk.map(() => '?').join(', ')})`, chunk]);
  }
  return out;
}

/** Whether a change of these domains is one of tags alone (or of nothing the rollups count). */
function tagsOnly(domains: readonly DataDomain[]): boolean {
  return !domains.some((domain) => domain !== 'narratives');
}

/**
 * The clause that adds an INSERT … SELECT's rows to the rollup rows already there under the same `key` (the table's
 * primary key): the counts, and the tagged counts where the table keeps them.
 */
function addToExisting(sqlite: boolean, key: string, tagged = false): string {
  if (sqlite)
    return `ON CONFLICT (${key}) DO UPDATE SET n = n + excluded.n${tagged ? ', tagged = tagged + excluded.tagged' : ''}`;
  return `ON DUPLICATE KEY UPDATE n = n + VALUES(n)${tagged ? ', tagged = tagged + VALUES(tagged)' : ''}`;
}
