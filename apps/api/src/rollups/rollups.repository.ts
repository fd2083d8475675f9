import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { bumpDataVersion, type DataDomain } from './data-version.js';
import { addFramingRows } from './framing-rollups.sql.js';
import {
  claimsInAnotherMonth,
  claimsWithStaleLocationCopies,
  rollupChanges,
  type CountedClaim,
  narrativesRetagged,
} from './rollup-delta.js';
import { addClaimsSql, addToExisting, insertedColumns, ROLLUP_TABLES, sumOfFinerSql } from './rollup-tables.js';

/** Which claims a write touches, as a predicate both the "before" and the "after" step can evaluate. */
export type ClaimScope = { claimIds: readonly number[] } | { articleId: number } | { sourceIds: readonly number[] };

/** What before() read of a change's claims, for after() to subtract. */
export interface RollupBaseline {
  readonly scope: ClaimScope;
  readonly domains: readonly DataDomain[];
  readonly claims: readonly CountedClaim[];
}

/**
 * Claims locked and read as the rollups count them by lockAndRead(), with the `extra` claim columns a writer asked
 * for: before() takes them as its baseline instead of reading them again, as long as nothing has written them since.
 */
export interface LockedClaims<Extra extends string = never> {
  readonly scope: ClaimScope;
  /** Without their tags (narratives and places read as empty), unless read `withTags`. */
  readonly claims: readonly (CountedClaim & Readonly<Record<Extra, unknown>>)[];
  /** Read with their tags: a baseline before() can take. */
  readonly withTags: boolean;
}

/** IN lists stay far below SQLite's bound-parameter limit and MariaDB's packet size. */
const CHUNK = 1000;
/** Rows per multi-row upsert of a change (12 values each at most). */
const UPSERT_ROWS = 500;

/**
 * The one writer of the claim rollups (the tables of rollup-tables.ts: counts per day, week and month, per camp,
 * source, narrative and place, each equal to COUNT(*) over claims), of each month's creation-time bounds
 * (claim_creation_bounds), of the conflict_id/event_day/camp_id/status copies on claim_locations, and of the framing
 * sums (framing_counts_daily and framing_counts_total, equal to the sums of article_framing). Used only by ClaimWriter
 * (claim-writes/), inside the transaction that writes the claims:
 *   add(manager, scope)             — once new claims, their narratives and places are written: one set-based
 *                                     INSERT … SELECT per table;
 *   addArticles(manager, articleIds) — an import batch's new claims: read once, grouped here, one multi-row
 *                                     upsert per table;
 *   before(manager, scope, domains) — right before changing existing claims: locks them (MariaDB) and reads what
 *                                     they count for now (the baseline), or takes lockAndRead()'s read of them;
 *   after(manager, baseline)        — once they are written: reads them again and adds the difference.
 * A change is applied as its net difference, at the end: a tag moves one row in each narrative rollup instead of
 * taking the claim out of every table and putting it back. Under a team's load the writes meet on the newest
 * days' rows, and a row is locked from its upsert to the commit, so the fewer and the later the upserts, the less
 * the writers wait for each other (and the sooner their pool connections serve reads again).
 * Both steps read the rows themselves, so there is no caller-supplied "old value" that could be stale.
 *
 * Rows whose count falls to 0 stay (a later write of the same key reuses them); readers ignore them
 * with HAVING SUM(n) > 0, and rebuild() drops them. Every write bumps the data version the analytics
 * response cache checks (rollups/data-version.ts).
 */
@Injectable()
export class RollupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the claims (MariaDB) before a writer reads them, so what it reads is what before() counts:
   * without it a concurrent writer could change them between the read and the write.
   */
  async lock(manager: EntityManager, scope: ClaimScope): Promise<void> {
    if (this.sqlite(manager)) return;
    for (const [where, params] of predicates(scope))
      await manager.query(`SELECT c.id FROM claims c WHERE ${where} ORDER BY c.id FOR UPDATE`, params);
  }

  /**
   * Locks the scope's claims (MariaDB) and reads what they count for now. `domains`: what the caller's change makes
   * different for the dashboard (the data versions bumped); the rollups themselves change by what differs.
   */
  async before(
    manager: EntityManager,
    scope: ClaimScope,
    domains: readonly DataDomain[] = ['counts'],
    locked?: LockedClaims<ClaimColumnForEdit>,
  ): Promise<RollupBaseline> {
    // `narratives` is bumped by after() alone, with the narratives that changed as its keys: bumped here, before they
    // are known, it would make every narrative's pages stale (a commit bumps them again in any case).
    bumpDataVersion(this.dataSource, { domains: domains.filter((domain) => domain !== 'narratives'), manager });
    if (locked && (locked.scope !== scope || !locked.withTags))
      throw new Error('before(): the locked read is of another scope, or without its tags');
    return { scope, domains, claims: locked?.claims ?? (await this.countedClaims(manager, scope)) };
  }

  /**
   * Locks the scope's claims (MariaDB) and reads them as before() would, with the `extra` claim columns (from
   * CLAIM_COLUMNS_FOR_EDIT): a writer that must read its claims anyway (an analyst's edit checks the version and
   * compares the tags) reads them once, and hands the read to before() as its baseline. Two statements, where
   * locking, reading the claim and reading its tags and baseline took five; one without the tags (a note).
   */
  async lockAndRead<Extra extends ClaimColumnForEdit>(
    manager: EntityManager,
    scope: ClaimScope,
    extra: readonly Extra[],
    { withTags }: { withTags: boolean },
  ): Promise<LockedClaims<Extra>> {
    const claims = await this.countedClaims(manager, scope, extra, withTags);
    return { scope, claims: claims as (CountedClaim & Record<Extra, unknown>)[], withTags };
  }

  /**
   * Adds to the rollups what the baseline's claims count for now minus what they counted for then. `scope`: where
   * those claims are now, when that is not where they were (a source merge); it must select the same claims.
   */
  async after(manager: EntityManager, baseline: RollupBaseline, scope: ClaimScope = baseline.scope): Promise<void> {
    const now = await this.countedClaims(manager, scope);
    bumpDataVersion(this.dataSource, {
      domains: baseline.domains,
      keys: { narratives: narrativesRetagged(baseline.claims, now) },
      manager,
    });
    await this.upsert(manager, rollupChanges(baseline.claims, now));
    for (const [where, params] of inPredicates('c.id', claimsWithStaleLocationCopies(baseline.claims, now)))
      await this.refreshLocationCopies(manager, where, params);
    for (const [where, params] of inPredicates('c.id', claimsInAnotherMonth(baseline.claims, now)))
      await this.widenCreationBounds(manager, where, params);
  }

  /** Adds new claims (with their narratives and places already written) to every rollup. */
  async add(manager: EntityManager, scope: ClaimScope): Promise<void> {
    await this.addScope(manager, predicates(scope));
  }

  /**
   * add() for every claim of these articles at once (an import batch, after all its articles' savepoints): the claims
   * and their places are read once and grouped here, then each table gets its rows in multi-row upserts, where an
   * INSERT … SELECT per table read the batch's claims again for each (MariaDB 100k, an import's statements: see
   * docs/benchmarks.md, "Issue 18: session 20"). New articles' claims carry no narrative
   * (ClaimWriter.insertForArticles writes no claim_narratives), so the per-narrative tables get no row, and their
   * claim_locations rows were written with the copies already (ClaimWritesRepository.insertNewClaimLocations).
   */
  async addArticles(manager: EntityManager, articleIds: readonly number[]): Promise<void> {
    if (!articleIds.length) return;
    bumpDataVersion(this.dataSource, { domains: ['counts'], manager });
    await this.upsert(manager, rollupChanges([], await this.untaggedClaimsOfArticles(manager, articleIds)));
    for (const [where, params] of inPredicates('c.article_id', articleIds))
      await this.widenCreationBounds(manager, where, params);
  }

  /** addFraming() for several articles in one statement per chunk (an import batch). */
  async addFramingOfArticles(manager: EntityManager, articleIds: readonly number[]): Promise<void> {
    if (!articleIds.length) return;
    bumpDataVersion(this.dataSource, { domains: ['framing'], manager });
    for (const [where, params] of inPredicates('f.article_id', articleIds)) await this.framing(manager, where, params);
  }

  private async addScope(manager: EntityManager, scope: [string, unknown[]][]): Promise<void> {
    bumpDataVersion(this.dataSource, { domains: ['counts'], manager });
    for (const [where, params] of scope) {
      await this.addClaims(manager, where, params);
      await this.refreshLocationCopies(manager, where, params);
      await this.widenCreationBounds(manager, where, params);
    }
  }

  /** Adds each table's changed rows to the rows already there, table by table in lock order, rows in key order. */
  private async upsert(manager: EntityManager, changes: ReturnType<typeof rollupChanges>): Promise<void> {
    const sqlite = this.sqlite(manager);
    for (const { table, rows } of changes) {
      const columns = insertedColumns(table);
      for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
        const chunk = rows.slice(i, i + UPSERT_ROWS);
        await manager.query(
          `INSERT INTO ${table.name} (${columns.join(', ')})
           VALUES ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}
           ${addToExisting(table, sqlite)}`,
          chunk.flatMap((row) => [...row.values, row.n, ...(table.tagged ? [row.tagged] : [])]),
        );
      }
    }
  }

  /**
   * The claims of new articles as the rollups count them, with their places and no narratives. Plain reads: the rows
   * were inserted by this transaction, which holds their locks already.
   */
  private async untaggedClaimsOfArticles(
    manager: EntityManager,
    articleIds: readonly number[],
  ): Promise<CountedClaim[]> {
    const claims: Omit<CountedClaim, 'places' | 'narratives'>[] = [];
    for (const [where, params] of inPredicates('c.article_id', articleIds)) {
      const rows: Omit<CountedClaim, 'places' | 'narratives'>[] = await manager.query(
        `SELECT c.id, c.conflict_id, c.event_day, c.event_week, c.event_month, c.camp_id,
                COALESCE(c.source_id, 0) AS source_id, c.status, c.date_precision
         FROM claims c WHERE ${where}`,
        params,
      );
      for (const row of rows) claims.push({ ...row, id: Number(row.id), source_id: Number(row.source_id) });
    }
    const places = new Map<number, number[]>();
    for (const [where, params] of inPredicates(
      'claim_id',
      claims.map((claim) => claim.id),
    )) {
      const rows: { claim_id: number; location_id: number }[] = await manager.query(
        `SELECT claim_id, location_id FROM claim_locations WHERE ${where}`,
        params,
      );
      for (const row of rows) {
        const id = Number(row.claim_id);
        const list = places.get(id);
        if (list) list.push(Number(row.location_id));
        else places.set(id, [Number(row.location_id)]);
      }
    }
    return claims.map((claim) => ({ ...claim, narratives: [], places: places.get(claim.id) ?? [] }));
  }

  /**
   * The scope's claims as the rollups count them, with their narratives and places, in id order. On MariaDB these
   * are locking reads: they lock the claims (in id order, so two writers cannot deadlock on them), and they read the
   * rows as committed now, not as the transaction's snapshot saw them before it held the locks.
   */
  private async countedClaims(
    manager: EntityManager,
    scope: ClaimScope,
    extra: readonly ClaimColumnForEdit[] = [],
    withTags = true,
  ): Promise<CountedClaim[]> {
    const sqlite = this.sqlite(manager);
    const claims: CountedClaim[] = [];
    const extraColumns = extra.map((column) => `, c.${CLAIM_COLUMNS_FOR_EDIT[column]} AS ${column}`).join('');
    for (const [where, params] of predicates(scope)) {
      const rows: Omit<CountedClaim, 'narratives' | 'places'>[] = await manager.query(
        `SELECT c.id, c.conflict_id, c.event_day, c.event_week, c.event_month, c.camp_id,
                COALESCE(c.source_id, 0) AS source_id, c.status, c.date_precision${extraColumns}
         FROM claims c WHERE ${where} ORDER BY c.id${sqlite ? '' : ' FOR UPDATE'}`,
        params,
      );
      const tags = new Map<number, { narratives: number[]; places: number[] }>();
      for (const row of rows) tags.set(Number(row.id), { narratives: [], places: [] });
      for (const [inIds, ids] of withTags ? inPredicates('claim_id', [...tags.keys()]) : []) {
        // SQLite takes no parentheses around a UNION's members, MariaDB needs them to lock each one.
        const member = (select: string) => (sqlite ? select : `(${select} LOCK IN SHARE MODE)`);
        const refs: { claim_id: number; kind: number; ref: number }[] = await manager.query(
          `${member(`SELECT claim_id, 0 AS kind, narrative_id AS ref FROM claim_narratives WHERE ${inIds}`)}
           UNION ALL ${member(`SELECT claim_id, 1 AS kind, location_id AS ref FROM claim_locations WHERE ${inIds}`)}`,
          [...ids, ...ids],
        );
        for (const { claim_id, kind, ref } of refs) {
          const claimTags = tags.get(Number(claim_id));
          if (claimTags) (Number(kind) === 0 ? claimTags.narratives : claimTags.places).push(Number(ref));
        }
      }
      for (const row of rows)
        claims.push({
          ...row,
          id: Number(row.id),
          source_id: Number(row.source_id),
          ...(tags.get(Number(row.id)) ?? { narratives: [], places: [] }),
        });
    }
    return claims;
  }

  /**
   * Recomputes every rollup (daily, monthly, framing) and the claim_locations copies from the source tables
   * (idempotent; bulk writers, repairs). `copiesWritten`: the caller wrote each claim_locations row with its claim's
   * copies (the generator), so their UPDATE of every place row, which would change none, is skipped (1 M claims:
   * 15 s of one core, beside the claim_terms load).
   */
  async rebuild(manager: EntityManager = this.dataSource.manager, { copiesWritten = false } = {}): Promise<void> {
    bumpDataVersion(this.dataSource);
    for (const table of [
      ...ROLLUP_TABLES.map(({ name }) => name),
      'framing_counts_daily',
      'framing_counts_total',
      'claim_creation_bounds',
    ]) {
      await manager.query(`DELETE FROM ${table}`);
    }
    const sqlite = this.sqlite(manager);
    for (const table of ROLLUP_TABLES)
      await manager.query(table.sumOf ? sumOfFinerSql(table, table.sumOf) : addClaimsSql(table, '1 = 1', sqlite));
    await this.widenCreationBounds(manager, '1 = 1', []);
    await this.framing(manager, '1 = 1', []);
    if (!copiesWritten) await this.refreshLocationCopies(manager, '1 = 1', []);
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

  /** Adds the claims matching `where` (over `claims c`) to every rollup, table by table in lock order. */
  private async addClaims(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
    const sqlite = this.sqlite(manager);
    for (const table of ROLLUP_TABLES) await manager.query(addClaimsSql(table, where, sqlite), params);
  }

  private sqlite(manager: EntityManager): boolean {
    return manager.connection.options.type === 'better-sqlite3';
  }
}

/**
 * Claim columns lockAndRead() can read besides the counted ones, by the name they are read as (the counted ones take
 * the plain column names, so these take others).
 */
const CLAIM_COLUMNS_FOR_EDIT = {
  version: 'version',
  note: 'note',
  claim_type: 'claim_type',
  event_date: 'event_date',
  analyst_status: 'analyst_status',
  nullable_source_id: 'source_id',
} as const;
export type ClaimColumnForEdit = keyof typeof CLAIM_COLUMNS_FOR_EDIT;

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
