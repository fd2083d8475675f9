import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CampId, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import { ArticleFramingEntity } from '../articles/article-framing.entity.js';
import { ClaimEntity } from '../claims/claim.entity.js';
import { consecutiveIds, insertIdsAreConsecutive } from '../database/consecutive-ids.js';
import { insertRows } from '../database/insert-rows.js';
import { ClaimLocationEntity } from '../claims/claim-location.entity.js';
import { ClaimNarrativeEntity } from '../claims/claim-narrative.entity.js';
import type { IndexableClaim } from '../search/claim-terms.repository.js';
import type { GradingLink } from '../claims/claim-grading.js';
import { bumpDataVersion } from '../rollups/data-version.js';

/** A claim to insert: its analyst status is the writer's to set, and the article id comes with the call. */
/** A new article's claim; its extraction proposal is derived by ArticleClaimsBatch. */
export type NewClaimRow = Omit<ClaimEntity, 'id' | 'articleId' | 'analystStatus' | 'extractionProposal'>;
export type NewFramingRow = Omit<ArticleFramingEntity, 'id' | 'articleId'>;
export type NewClaimLocationRow = { claimId: number; locationId: number; mention: string | null };
/** A new claim's place with the copies of its claim's columns that the map and contested readers filter by. */
export type NewClaimLocationWithCopies = NewClaimLocationRow &
  Pick<ClaimEntity, 'conflictId' | 'eventDay' | 'campId' | 'status'>;
export type ClaimFieldChanges = Partial<{
  status: ClaimStatus;
  claimType: ClaimType | null;
  sourceId: number | null;
  campId: CampId;
  eventDate: string;
  datePrecision: DatePrecision;
  eventDay: string;
  eventWeek: string;
  eventMonth: string;
  note: string | null;
}>;
export type ClaimUpdateRow = ClaimFieldChanges & {
  analystStatus?: ClaimStatus;
  updatedById: number | null;
  updatedAt: Date;
};

const placeholders = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');
/** IN lists far below SQLite's bound-parameter limit and MariaDB's packet size. */
const IN_CHUNK = 1000;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IN_CHUNK) out.push(items.slice(i, i + IN_CHUNK));
  return out;
};
export type GradingState = { campId: CampId; status: ClaimStatus; analystStatus: ClaimStatus };

/**
 * The statements that write claims and their tags, places and framing rows. Only ClaimWriter uses
 * it (ClaimWritesModule does not export it), so no write can skip the derived tables.
 */
@Injectable()
export class ClaimWritesRepository {
  /**
   * Multi-row INSERTs; the new ids (in insertion order) follow from each statement's insert id where the
   * database hands them out consecutively (SQLite; MariaDB with the default auto-increment lock mode), else
   * from one indexed read: no per-claim round trip either way.
   */
  async insertClaims(
    articleId: number,
    claims: readonly Omit<ClaimEntity, 'id' | 'articleId'>[],
    manager: EntityManager,
  ): Promise<number[]> {
    if (!claims.length) return [];
    const statements = await insertRows(
      manager,
      ClaimEntity,
      claims.map((claim) => ({ ...claim, articleId })),
    );
    const sqlite = manager.connection.driver.options.type === 'better-sqlite3';
    const derived = (await insertIdsAreConsecutive(manager))
      ? consecutiveIds(sqlite ? 'sqlite' : 'mysql', statements)
      : null;
    if (derived && derived.length === claims.length) return derived;
    const rows: { id: number }[] = await manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.article_id = :articleId', { articleId })
      .orderBy('c.id', 'ASC')
      .getRawMany();
    return rows.map((row) => Number(row.id));
  }

  async insertClaim(claim: Omit<ClaimEntity, 'id'>, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(ClaimEntity).insert(claim);
    return Number(result.identifiers[0].id);
  }

  /**
   * New claims' places with their conflict/day/camp/status copies set as they are inserted: each of the three
   * indexes that start with a copy gets its entry once, where a NULL entry moved by an UPDATE afterwards cost
   * a delete and an insert in each (164 ms per 50-article import batch on MariaDB).
   */
  async insertNewClaimLocations(rows: readonly NewClaimLocationWithCopies[], manager: EntityManager): Promise<void> {
    const columns = ['claim_id', 'location_id', 'mention', 'conflict_id', 'event_day', 'camp_id', 'status'];
    for (const chunk of chunks(rows)) {
      await manager.query(
        `INSERT INTO claim_locations (${columns.join(', ')}) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((row) => [
          row.claimId,
          row.locationId,
          row.mention,
          row.conflictId,
          row.eventDay,
          row.campId,
          row.status,
        ]),
      );
    }
  }

  async insertFraming(rows: readonly (NewFramingRow & { articleId: number })[], manager: EntityManager): Promise<void> {
    await insertRows(manager, ArticleFramingEntity, rows);
  }

  /** The stored text of every claim of these articles (what the search index is built from). */
  async indexableClaimsOfArticles(articleIds: readonly number[], manager: EntityManager): Promise<IndexableClaim[]> {
    const out: IndexableClaim[] = [];
    const unique = [...new Set(articleIds)];
    for (let i = 0; i < unique.length; i += 1000) {
      const chunk = unique.slice(i, i + 1000);
      const rows = await manager.query<{ id: number | string; textNormalized: string }[]>(
        `SELECT id, text_normalized AS textNormalized FROM claims WHERE article_id IN (${placeholders(chunk)})`,
        chunk,
      );
      for (const row of rows) out.push({ id: Number(row.id), textNormalized: row.textNormalized });
    }
    return out;
  }

  /** The optimistic lock when `version` is given: changes the row only if it is still at it. Bumps the version. */
  async update(id: number, version: number | null, changes: ClaimUpdateRow, manager: EntityManager): Promise<boolean> {
    const qb = manager
      .createQueryBuilder()
      .update(ClaimEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id });
    if (version !== null) qb.andWhere('version = :version', { version });
    const updated = ((await qb.execute()).affected ?? 0) === 1;
    if (updated) claimsChanged(manager, [id]);
    return updated;
  }

  /** The same unconditional change on many claims, one UPDATE per chunk of ids. Bumps their versions. */
  async updateEach(ids: readonly number[], changes: ClaimUpdateRow, manager: EntityManager): Promise<void> {
    for (const chunk of chunks(ids)) {
      await manager
        .createQueryBuilder()
        .update(ClaimEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id IN (:...ids)', { ids: chunk })
        .execute();
    }
    claimsChanged(manager, ids);
  }

  /** Moves every claim of `fromSourceId` to `toSourceId` and its camp; returns how many moved. */
  async reassignSource(
    fromSourceId: number,
    toSourceId: number,
    campId: CampId,
    manager: EntityManager,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ClaimEntity)
      .set({ sourceId: toSourceId, campId, version: () => 'version + 1', updatedAt: new Date() })
      .where('source_id = :fromSourceId', { fromSourceId })
      .execute();
    claimsChanged(manager);
    return result.affected ?? 0;
  }

  async claimIdsOfSource(sourceId: number, manager: EntityManager): Promise<number[]> {
    const rows: { id: number | string }[] = await manager
      .createQueryBuilder()
      .select('c.id', 'id')
      .from(ClaimEntity, 'c')
      .where('c.source_id = :sourceId', { sourceId })
      .orderBy('c.id', 'ASC')
      .getRawMany();
    return rows.map((row) => Number(row.id));
  }

  /** The version bump makes an edit based on the old source fail with 409 instead of restoring it. */
  async detachSource(sourceId: number, manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ClaimEntity)
      .set({ sourceId: null, version: () => 'version + 1', updatedAt: new Date() })
      .where('source_id = :sourceId', { sourceId })
      .execute();
    claimsChanged(manager);
    return result.affected ?? 0;
  }

  async replaceNarratives(claimId: number, narrativeIds: readonly number[], manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from('claim_narratives')
      .where('claim_id = :claimId', { claimId })
      .execute();
    if (narrativeIds.length) {
      await manager
        .getRepository(ClaimNarrativeEntity)
        .insert(narrativeIds.map((narrativeId) => ({ claimId, narrativeId })));
    }
  }

  /** replaceNarratives() for many claims: their tags deleted per chunk, the new ones in multi-row INSERTs. */
  async replaceNarrativesOfMany(
    tags: readonly { claimId: number; narrativeIds: readonly number[] }[],
    manager: EntityManager,
  ): Promise<void> {
    for (const chunk of chunks(tags)) {
      const claimIds = chunk.map((tag) => tag.claimId);
      await manager.query(`DELETE FROM claim_narratives WHERE claim_id IN (${placeholders(claimIds)})`, claimIds);
      await insertRows(
        manager,
        ClaimNarrativeEntity,
        chunk.flatMap(({ claimId, narrativeIds }) =>
          [...new Set(narrativeIds)].map((narrativeId) => ({ claimId, narrativeId })),
        ),
      );
    }
  }

  /** Keeps the extractor's mention on places that stay; new places have none. */
  async replaceLocations(claimId: number, locationIds: readonly number[], manager: EntityManager): Promise<void> {
    const remove = manager
      .createQueryBuilder()
      .delete()
      .from('claim_locations')
      .where('claim_id = :claimId', { claimId });
    if (locationIds.length) remove.andWhere('location_id NOT IN (:...locationIds)', { locationIds });
    await remove.execute();
    const kept = await manager
      .createQueryBuilder()
      .select('cl.location_id', 'id')
      .from('claim_locations', 'cl')
      .where('cl.claim_id = :claimId', { claimId })
      .getRawMany<{ id: number }>();
    const keptIds = new Set(kept.map((row) => Number(row.id)));
    const added = locationIds.filter((id) => !keptIds.has(id));
    if (added.length) {
      await manager
        .getRepository(ClaimLocationEntity)
        .insert(added.map((locationId) => ({ claimId, locationId, mention: null })));
    }
  }

  /** What link grading reads of a claim, inside the writer's transaction. */
  async findGradingState(id: number, manager: EntityManager): Promise<GradingState | null> {
    return (await this.findGradingStates([id], manager)).get(id) ?? null;
  }

  /**
   * findGradingState() of each claim that exists, one SELECT per chunk. `lock`: a locking read in id order (MariaDB),
   * for a writer that locks the claims it will grade and reads them at once.
   */
  async findGradingStates(
    ids: readonly number[],
    manager: EntityManager,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<Map<number, GradingState>> {
    const out = new Map<number, GradingState>();
    const locking = lock && manager.connection.options.type !== 'better-sqlite3' ? ' ORDER BY id FOR UPDATE' : '';
    for (const chunk of chunks([...ids].sort((a, b) => a - b))) {
      const rows = await manager.query<(GradingState & { id: number | string })[]>(
        `SELECT id, camp_id AS campId, status, analyst_status AS analystStatus FROM claims WHERE id IN (${placeholders(chunk)})${locking}`,
        chunk,
      );
      for (const { id, ...state } of rows) out.set(Number(id), state);
    }
    return out;
  }

  /**
   * Each claim's links as grading reads them (the claim at the other end, its camp and status), in
   * link id order as ClaimLinksRepository.linksOf gives them: one SELECT per chunk (both directions, UNION ALL)
   * instead of two per claim.
   */
  async findGradingLinks(ids: readonly number[], manager: EntityManager): Promise<Map<number, GradingLink[]>> {
    const found: (GradingLink & { claimId: number })[] = [];
    const side = (own: string, other: string, chunk: readonly number[]) =>
      `SELECT l.id AS linkId, l.${own} AS claimId, l.relation AS relation, o.id AS otherClaimId,
              o.camp_id AS otherCamp, o.status AS otherStatus
       FROM claim_links l JOIN claims o ON o.id = l.${other} WHERE l.${own} IN (${placeholders(chunk)})`;
    for (const chunk of chunks(ids)) {
      const rows = await manager.query<
        {
          linkId: number | string;
          claimId: number | string;
          relation: GradingLink['relation'];
          otherClaimId: number | string;
          otherCamp: CampId;
          otherStatus: ClaimStatus;
        }[]
      >(`${side('from_claim_id', 'to_claim_id', chunk)} UNION ALL ${side('to_claim_id', 'from_claim_id', chunk)}`, [
        ...chunk,
        ...chunk,
      ]);
      for (const row of rows)
        found.push({
          ...row,
          linkId: Number(row.linkId),
          claimId: Number(row.claimId),
          otherClaimId: Number(row.otherClaimId),
        });
    }
    const out = new Map<number, GradingLink[]>();
    for (const { claimId, ...link } of found.sort((a, b) => a.linkId - b.linkId)) {
      const links = out.get(claimId);
      if (links) links.push(link);
      else out.set(claimId, [link]);
    }
    return out;
  }

  async untagNarrative(narrativeId: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from('claim_narratives')
      .where('narrative_id = :narrativeId', { narrativeId })
      .execute();
  }

  /** Claims of the source that have a link, and the claims at the other end of those links. */
  async linkedClaimIdsOfSource(sourceId: number, manager: EntityManager): Promise<number[]> {
    const rows = await manager.query<{ a: number | string; b: number | string }[]>(
      `SELECT l.from_claim_id AS a, l.to_claim_id AS b FROM claim_links l
       JOIN claims c ON c.id = l.from_claim_id OR c.id = l.to_claim_id WHERE c.source_id = ?`,
      [sourceId],
    );
    return [...new Set(rows.flatMap((row) => [Number(row.a), Number(row.b)]))].sort((x, y) => x - y);
  }

  /**
   * Restores the invariant a bulk writer may not have kept: a status not derived from links is the
   * analyst status (such a status is only ever set by the analyst, ingestion or grading's fallback).
   */
  async syncAnalystStatus(manager: EntityManager): Promise<void> {
    await manager.query(
      "UPDATE claims SET analyst_status = status WHERE status NOT IN ('corroborated', 'contested') AND analyst_status <> status",
    );
  }
}

/** Claims named at most per keyed bump: a larger change (a bulk review) bumps every claim's row at once. */
const KEYED_CLAIMS_MAX = 1000;

/**
 * New versions of these claims (all of them when not named): the `claims` data version every remembered page of
 * rows checks, bumped now and, in a declared transaction, again on its commit.
 */
function claimsChanged(manager: EntityManager, ids?: readonly number[]): void {
  const keys = ids && ids.length <= KEYED_CLAIMS_MAX ? { claims: ids } : {};
  bumpDataVersion(manager.connection, { domains: ['claims'], keys, manager });
}
