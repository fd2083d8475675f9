import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runInTransaction } from '../database/transactions.js';
import { NarrativeEntity } from './narrative.entity.js';

export type NarrativeRow = {
  id: number;
  nameEn: string;
  nameAr: string;
  description: string | null;
  color: string;
  claimCount: number;
};
export type NarrativeFields = Pick<NarrativeEntity, 'nameEn' | 'nameAr' | 'description' | 'color'>;

@Injectable()
export class NarrativesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  private select(manager: EntityManager) {
    return manager
      .createQueryBuilder()
      .select([
        'n.id AS id',
        'n.name_en AS nameEn',
        'n.name_ar AS nameAr',
        'n.description AS description',
        'n.color AS color',
        // Through the (narrative_id, claim_id) index; every status counts, as in GET /api/claims?narrative=id.
        '(SELECT COUNT(*) FROM claim_narratives cn WHERE cn.narrative_id = n.id) AS claimCount',
      ])
      .from('narratives', 'n');
  }

  async list(conflictId: string): Promise<NarrativeRow[]> {
    const rows = await this.select(this.dataSource.manager)
      .where('n.conflict_id = :conflictId', { conflictId })
      .orderBy('n.name_en', 'ASC')
      .getRawMany<NarrativeRow>();
    return rows.map(normalize);
  }

  /** A conflict's narratives as rows (the pack export). */
  findAll(conflictId: string, manager: EntityManager = this.dataSource.manager): Promise<NarrativeEntity[]> {
    return manager.getRepository(NarrativeEntity).find({ where: { conflictId }, order: { id: 'ASC' } });
  }

  async conflictOf(id: number, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const row = await manager.getRepository(NarrativeEntity).findOne({ select: { conflictId: true }, where: { id } });
    return row?.conflictId ?? null;
  }

  async findOne(id: number, manager: EntityManager = this.dataSource.manager): Promise<NarrativeRow | null> {
    const row = await this.select(manager).where('n.id = :id', { id }).getRawOne<NarrativeRow>();
    return row ? normalize(row) : null;
  }

  /** Case-insensitively, as MariaDB's collation would compare it anyway; names are unique within a conflict. */
  async findIdByNameEn(conflictId: string, nameEn: string, manager: EntityManager): Promise<number | null> {
    const row = await manager
      .createQueryBuilder()
      .select('n.id', 'id')
      .from('narratives', 'n')
      .where('n.conflict_id = :conflictId AND LOWER(n.name_en) = LOWER(:nameEn)', { conflictId, nameEn })
      .getRawOne<{ id: number }>();
    return row ? Number(row.id) : null;
  }

  async insert(fields: NarrativeFields & { conflictId: string }, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(NarrativeEntity).insert({ ...fields, createdAt: new Date() });
    return Number(result.identifiers[0].id);
  }

  async update(id: number, fields: Partial<NarrativeFields>, manager: EntityManager): Promise<void> {
    await manager.getRepository(NarrativeEntity).update({ id }, fields);
  }

  /**
   * MariaDB: locks the narrative row before anything is read, so no claim can be tagged with it
   * (the foreign-key check needs a shared lock on it) between reading its claims and deleting the tags:
   * the rollups subtract exactly the claims read.
   */
  async lockForDelete(id: number, manager: EntityManager): Promise<void> {
    if (manager.connection.options.type === 'better-sqlite3') return;
    await manager.query('SELECT id FROM narratives WHERE id = ? FOR UPDATE', [id]);
  }

  async taggedClaimIds(id: number, manager: EntityManager): Promise<number[]> {
    const rows = await manager
      .createQueryBuilder()
      .select('cn.claim_id', 'claimId')
      .from('claim_narratives', 'cn')
      .where('cn.narrative_id = :id', { id })
      .orderBy('cn.claim_id', 'ASC')
      .getRawMany<{ claimId: number }>();
    return rows.map((row) => Number(row.claimId));
  }

  /** Removes the tags explicitly (not relying on the cascade) and then the narrative. */
  async delete(id: number, manager: EntityManager): Promise<void> {
    // Its tags are gone already: ClaimWriter.untagNarrative removes them with their rollups.
    await manager.getRepository(NarrativeEntity).delete({ id });
  }
}

function normalize(row: NarrativeRow): NarrativeRow {
  return { ...row, id: Number(row.id), claimCount: Number(row.claimCount) };
}
