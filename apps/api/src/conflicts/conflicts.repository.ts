import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CampEntity } from '../camps/camp.entity.js';
import { ConflictCampEntity } from './conflict-camp.entity.js';
import { ConflictEntity } from './conflict.entity.js';
import type { ConflictCampRow } from './pack-rows.js';

export type ConflictFields = Omit<ConflictEntity, 'createdAt' | 'updatedAt' | 'sortOrder'>;

@Injectable()
export class ConflictsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findIdsInOrder(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(ConflictEntity)
      .find({ select: { id: true }, order: { sortOrder: 'ASC', id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  findAll(): Promise<ConflictEntity[]> {
    return this.dataSource.getRepository(ConflictEntity).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  findOne(id: string, manager?: EntityManager): Promise<ConflictEntity | null> {
    return this.m(manager).getRepository(ConflictEntity).findOneBy({ id });
  }

  findCamps(conflictIds?: readonly string[], manager?: EntityManager): Promise<ConflictCampEntity[]> {
    const qb = this.m(manager)
      .getRepository(ConflictCampEntity)
      .createQueryBuilder('cc')
      .orderBy('cc.conflict_id', 'ASC')
      .addOrderBy('cc.sort_order', 'ASC')
      .addOrderBy('cc.camp_id', 'ASC');
    if (conflictIds) qb.where('cc.conflict_id IN (:...conflictIds)', { conflictIds: [...conflictIds, ''] });
    return qb.getMany();
  }

  findCamp(conflictId: string, campId: string, manager?: EntityManager): Promise<ConflictCampEntity | null> {
    return this.m(manager).getRepository(ConflictCampEntity).findOneBy({ conflictId, campId });
  }

  /** Inserts a conflict or replaces its fields (never its order or creation time). */
  async upsert(fields: ConflictFields, manager: EntityManager): Promise<void> {
    const repository = manager.getRepository(ConflictEntity);
    const now = new Date();
    const existing = await repository.findOneBy({ id: fields.id });
    if (existing) {
      await repository.update({ id: fields.id }, { ...fields, updatedAt: now });
      return;
    }
    const last = await repository
      .createQueryBuilder('c')
      .select('MAX(c.sort_order)', 'max')
      .getRawOne<{ max: number | null }>();
    await repository.insert({ ...fields, sortOrder: Number(last?.max ?? 0) + 1, createdAt: now, updatedAt: now });
  }

  async touch(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ConflictEntity).update({ id }, { updatedAt: new Date() });
  }

  /**
   * Writes a conflict's camps: the global camps row when the id is new (claims reference it; an existing
   * one keeps its first names), and the conflict's own names, colour, role and order.
   */
  async upsertCamps(conflictId: string, camps: readonly ConflictCampRow[], manager: EntityManager): Promise<void> {
    if (!camps.length) return;
    const known = new Set(
      (await manager.getRepository(CampEntity).find({ select: { id: true } })).map((camp) => camp.id),
    );
    const missing = camps.filter((camp) => !known.has(camp.campId));
    if (missing.length)
      await manager.getRepository(CampEntity).insert(
        missing.map((camp) => ({
          id: camp.campId,
          nameEn: camp.nameEn,
          nameAr: camp.nameAr,
          descriptionEn: camp.descriptionEn ?? '',
          color: camp.color,
          sortOrder: camp.sortOrder,
        })),
      );
    await manager.getRepository(ConflictCampEntity).upsert(
      camps.map((camp) => ({ ...camp, conflictId })),
      ['conflictId', 'campId'],
    );
  }
}
