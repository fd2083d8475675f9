import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditRepository, type NewAuditEvent } from './audit.repository.js';
import { toAuditEventDto, type AuditEventDto } from './dto/audit-event.dto.js';

export type AuditEntry = {
  user: AuthUser | null;
  entity: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
};

function toEvent(entry: AuditEntry, at: Date): NewAuditEvent {
  return {
    userId: entry.user?.id ?? null,
    userEmail: entry.user?.email ?? null,
    at,
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/** Every change an analyst makes leaves one entry: who, when, what, and the state before and after. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(toEvent(entry, new Date()), manager);
  }

  /** One entry per change, written in multi-row INSERTs (a bulk action's thousands of claims). */
  recordMany(entries: readonly AuditEntry[], manager?: EntityManager): Promise<void> {
    const at = new Date();
    return this.audit.insertMany(
      entries.map((entry) => toEvent(entry, at)),
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
