import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampId, ClaimStatus } from '@claimline/contracts';
import { applyClaimFilters } from './claim-filters.sql.js';
import type { ClaimFiltersDto } from './dto/claim-filters.dto.js';
import type { SearchMatch } from '../search/search-references.js';
import { ClaimBulkActionEntity } from './claim-bulk-action.entity.js';
import { ClaimBulkChangeEntity } from './claim-bulk-change.entity.js';
import type { BulkClaimState } from './claim-bulk-plan.js';

/** A claim as a bulk action reads it: what the plan needs, and the conflict its tags must be of. */
export type BulkClaimRow = BulkClaimState & { conflictId: string };

/** IN lists far below SQLite's bound-parameter limit. */
const CHUNK = 1000;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};
const placeholders = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

/** The queries of bulk review: the claims an action reads and the rows an undo needs. */
@Injectable()
export class ClaimBulkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids of the claims matching the list's filters, at most `limit` (ask one more than allowed to detect too many). */
  async idsMatching(filters: ClaimFiltersDto & { qMatch?: SearchMatch }, limit: number): Promise<number[]> {
    const qb = this.dataSource.manager.createQueryBuilder().select('c.id', 'id').from('claims', 'c');
    const rows = await applyClaimFilters(qb, filters).orderBy('c.id', 'ASC').limit(limit).getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }

  /** Conflict, status, analyst status, source, camp and narratives of each claim that exists, in id order. */
  async states(ids: readonly number[], manager: EntityManager): Promise<BulkClaimRow[]> {
    const states: BulkClaimRow[] = [];
    for (const chunk of chunks(ids)) {
      const rows = await manager.query<
        {
          id: number;
          conflictId: string;
          status: ClaimStatus;
          analystStatus: ClaimStatus;
          sourceId: number | null;
          campId: CampId;
        }[]
      >(
        `SELECT id, conflict_id AS conflictId, status, analyst_status AS analystStatus, source_id AS sourceId, camp_id AS campId
         FROM claims WHERE id IN (${placeholders(chunk)})`,
        chunk,
      );
      const tags = await manager.query<{ claimId: number; narrativeId: number }[]>(
        `SELECT claim_id AS claimId, narrative_id AS narrativeId FROM claim_narratives WHERE claim_id IN (${placeholders(chunk)})`,
        chunk,
      );
      const narratives = new Map<number, number[]>();
      for (const tag of tags) {
        const claimId = Number(tag.claimId);
        narratives.set(claimId, [...(narratives.get(claimId) ?? []), Number(tag.narrativeId)]);
      }
      for (const row of rows) {
        const id = Number(row.id);
        states.push({
          id,
          conflictId: row.conflictId,
          status: row.status,
          analystStatus: row.analystStatus,
          sourceId: row.sourceId === null ? null : Number(row.sourceId),
          campId: row.campId,
          narratives: narratives.get(id) ?? [],
        });
      }
    }
    return states.sort((a, b) => a.id - b.id);
  }

  async versions(ids: readonly number[], manager: EntityManager): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const chunk of chunks(ids)) {
      const rows = await manager.query<{ id: number; version: number }[]>(
        `SELECT id, version FROM claims WHERE id IN (${placeholders(chunk)})`,
        chunk,
      );
      for (const row of rows) out.set(Number(row.id), Number(row.version));
    }
    return out;
  }

  async insertAction(action: Omit<ClaimBulkActionEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(ClaimBulkActionEntity).insert(action);
  }

  async insertChanges(changes: readonly ClaimBulkChangeEntity[], manager: EntityManager): Promise<void> {
    // 200 rows × 4 columns per INSERT.
    for (let i = 0; i < changes.length; i += 200)
      await manager.getRepository(ClaimBulkChangeEntity).insert(changes.slice(i, i + 200));
  }

  findAction(bulkId: string, manager: EntityManager = this.dataSource.manager): Promise<ClaimBulkActionEntity | null> {
    return manager.getRepository(ClaimBulkActionEntity).findOneBy({ bulkId });
  }

  /** The user's most recent bulk action, undone or not. */
  async lastActionOf(userId: number | null, manager: EntityManager): Promise<ClaimBulkActionEntity | null> {
    const qb = manager.getRepository(ClaimBulkActionEntity).createQueryBuilder('b');
    qb.where(userId === null ? 'b.user_id IS NULL' : 'b.user_id = :userId', { userId });
    return qb.orderBy('b.id', 'DESC').limit(1).getOne();
  }

  changesOf(bulkId: string, manager: EntityManager): Promise<ClaimBulkChangeEntity[]> {
    return manager.getRepository(ClaimBulkChangeEntity).find({ where: { bulkId }, order: { claimId: 'ASC' } });
  }

  /** False when another undo marked it first. */
  async markUndone(bulkId: string, at: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ClaimBulkActionEntity)
      .set({ undoneAt: at })
      .where('bulk_id = :bulkId AND undone_at IS NULL', { bulkId })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
