import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { insertRows } from '../database/insert-rows.js';
import { AuditEventEntity } from './audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'id'>;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Written through the caller's transaction when given one, so a change and its audit entry commit together. */
  async insert(event: NewAuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AuditEventEntity).insert(event);
  }

  /** insert() of many events in multi-row INSERTs. */
  async insertMany(events: readonly NewAuditEvent[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await insertRows(manager, AuditEventEntity, events);
  }

  findForEntity(entity: string, entityId: string): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({ where: { entity, entityId }, order: { id: 'ASC' } });
  }

  /** Newest first, keyset on id. */
  findPage(limit: number, beforeId?: number, entity?: string): Promise<AuditEventEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    if (entity) qb.andWhere('a.entity = :entity', { entity });
    return qb.getMany();
  }
}
