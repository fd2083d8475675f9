import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { CampId, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import { ArticleFramingEntity } from '../articles/article-framing.entity.js';
import { ClaimEntity } from '../claims/claim.entity.js';
import { ClaimLocationEntity } from '../claims/claim-location.entity.js';
import { ClaimNarrativeEntity } from '../claims/claim-narrative.entity.js';
import type { IndexableClaim } from '../search/claim-terms.repository.js';

/** A claim to insert: its analyst status is the writer's to set, and the article id comes with the call. */
/** A new article's claim; its extraction proposal is derived by ArticleClaimsBatch. */
export type NewClaimRow = Omit<ClaimEntity, 'id' | 'articleId' | 'analystStatus' | 'extractionProposal'>;
export type NewFramingRow = Omit<ArticleFramingEntity, 'id' | 'articleId'>;
export type NewClaimLocationRow = { claimId: number; locationId: number; mention: string | null };
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
type ClaimUpdateRow = ClaimFieldChanges & {
  analystStatus?: ClaimStatus;
  updatedById: number | null;
  updatedAt: Date;
};

/** Rows per multi-row INSERT: well under SQLite's 32 766 bound parameters at ~25 columns. */
const CHUNK = 400;

/**
 * Multi-row INSERT of the columns the rows set (others keep their database default), as plain
 * parameterized SQL: TypeORM's insert builder costs more CPU per row than the database does
 * (measured on the import), and an import writes ~30 such rows per article. Values go through
 * the driver's own conversion, as the entity mapping would.
 */
async function insertRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: readonly object[],
): Promise<void> {
  if (!rows.length) return;
  const driver = manager.connection.driver;
  const first = rows[0] as Record<string, unknown>;
  const columns = manager.connection
    .getMetadata(entity)
    .columns.filter((column) => !column.isGenerated && first[column.propertyName] !== undefined);
  const table = manager.connection.getMetadata(entity).tableName;
  const head = `INSERT INTO ${driver.escape(table)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const params: unknown[] = [];
    for (const row of chunk)
      for (const column of columns)
        params.push(driver.preparePersistentValue(row[column.propertyName] ?? null, column));
    await manager.query(head + chunk.map(() => tuple).join(', '), params);
  }
}

const placeholders = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

/**
 * The statements that write claims and their tags, places and framing rows. Only ClaimWriter uses
 * it (ClaimWritesModule does not export it), so no write can skip the derived tables.
 */
@Injectable()
export class ClaimWritesRepository {
  /**
   * Multi-row INSERTs, then one indexed read for the new ids (in insertion order): no per-claim
   * round trip, and no reliance on consecutive auto-increment values (not guaranteed on MariaDB).
   */
  async insertClaims(
    articleId: number,
    claims: readonly Omit<ClaimEntity, 'id' | 'articleId'>[],
    manager: EntityManager,
  ): Promise<number[]> {
    if (!claims.length) return [];
    await insertRows(
      manager,
      ClaimEntity,
      claims.map((claim) => ({ ...claim, articleId })),
    );
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

  async insertClaimLocations(rows: readonly NewClaimLocationRow[], manager: EntityManager): Promise<void> {
    await insertRows(manager, ClaimLocationEntity, rows);
  }

  async insertFraming(articleId: number, rows: readonly NewFramingRow[], manager: EntityManager): Promise<void> {
    await insertRows(
      manager,
      ArticleFramingEntity,
      rows.map((row) => ({ ...row, articleId })),
    );
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
    return ((await qb.execute()).affected ?? 0) === 1;
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
  async findGradingState(
    id: number,
    manager: EntityManager,
  ): Promise<{ campId: CampId; status: ClaimStatus; analystStatus: ClaimStatus } | null> {
    const rows = await manager.query<{ campId: CampId; status: ClaimStatus; analystStatus: ClaimStatus }[]>(
      'SELECT camp_id AS campId, status, analyst_status AS analystStatus FROM claims WHERE id = ?',
      [id],
    );
    return rows[0] ?? null;
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
