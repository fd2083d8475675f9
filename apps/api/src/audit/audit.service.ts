import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditRepository } from './audit.repository.js';
import { toAuditEventDto, type AuditEventDto } from './dto/audit-event.dto.js';

export type AuditEntry = {
  user: AuthUser | null;
  entity: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
};

/** Every change an analyst makes leaves one entry: who, when, what, and the state before and after. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(
      {
        userId: entry.user?.id ?? null,
        userEmail: entry.user?.email ?? null,
        at: new Date(),
        entity: entry.entity,
        entityId: String(entry.entityId),
        action: entry.action,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      },
      manager,
    );
  }

  /** `reader`: who asks; only admins see editors' e-mail addresses. */
  async historyOf(entity: string, entityId: string | number, reader: AuthUser | undefined): Promise<AuditEventDto[]> {
    return (await this.audit.findForEntity(entity, String(entityId))).map((event) => toAuditEventDto(event, reader));
  }

  async page(
    reader: AuthUser | undefined,
    limit: number,
    beforeId?: number,
    entity?: string,
  ): Promise<AuditEventDto[]> {
    return (await this.audit.findPage(limit, beforeId, entity)).map((event) => toAuditEventDto(event, reader));
  }
}
