import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import {
  toNarrativeDto,
  type CreateNarrativeDto,
  type NarrativeDto,
  type UpdateNarrativeDto,
} from './dto/narrative.dto.js';
import { NarrativesRepository, type NarrativeFields, type NarrativeRow } from './narratives.repository.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';

const snapshot = (row: NarrativeRow): NarrativeFields => ({
  nameEn: row.nameEn,
  nameAr: row.nameAr,
  description: row.description,
  color: row.color,
});

@Injectable()
export class NarrativesService {
  constructor(
    private readonly narratives: NarrativesRepository,
    private readonly audit: AuditService,
    private readonly writer: ClaimWriter,
    private readonly scope: ConflictScope,
  ) {}

  async list(conflict: string | undefined): Promise<NarrativeDto[]> {
    return (await this.narratives.list(this.scope.resolve(conflict))).map(toNarrativeDto);
  }

  async create(dto: CreateNarrativeDto, user: AuthUser | undefined): Promise<NarrativeDto> {
    const conflictId = this.scope.resolve(dto.conflict);
    const id = await this.narratives.transaction(async (manager) => {
      await this.assertNameFree(conflictId, dto.nameEn, null, manager);
      const fields: NarrativeFields = {
        nameEn: dto.nameEn.trim(),
        nameAr: dto.nameAr.trim(),
        description: dto.description ?? null,
        color: dto.color.toUpperCase(),
      };
      const newId = await this.narratives.insert({ ...fields, conflictId }, manager);
      await this.audit.record(
        { user: user ?? null, entity: 'narrative', entityId: newId, action: 'create', after: fields },
        manager,
      );
      return newId;
    });
    return toNarrativeDto((await this.narratives.findOne(id))!);
  }

  async update(id: number, dto: UpdateNarrativeDto, user: AuthUser | undefined): Promise<NarrativeDto> {
    await this.narratives.transaction(async (manager) => {
      const current = await this.narratives.findOne(id, manager);
      if (!current) throw new NotFoundException(`Narrative ${id} not found`);
      const old = snapshot(current);
      const next: Partial<NarrativeFields> = {};
      if (dto.nameEn !== undefined && dto.nameEn.trim() !== old.nameEn) next.nameEn = dto.nameEn.trim();
      if (dto.nameAr !== undefined && dto.nameAr.trim() !== old.nameAr) next.nameAr = dto.nameAr.trim();
      if (dto.description !== undefined && (dto.description ?? null) !== old.description)
        next.description = dto.description ?? null;
      if (dto.color !== undefined && dto.color.toUpperCase() !== old.color.toUpperCase())
        next.color = dto.color.toUpperCase();
      const fields = Object.keys(next) as (keyof NarrativeFields)[];
      if (!fields.length) return;
      if (next.nameEn !== undefined)
        await this.assertNameFree((await this.narratives.conflictOf(id, manager)) ?? '', next.nameEn, id, manager);
      await this.narratives.update(id, next, manager);
      const before = Object.fromEntries(fields.map((field) => [field, old[field]]));
      await this.audit.record(
        { user: user ?? null, entity: 'narrative', entityId: id, action: 'update', before, after: next },
        manager,
      );
    });
    return toNarrativeDto((await this.narratives.findOne(id))!);
  }

  /** Deletes the narrative and its tags; the audit entry keeps which claims carried it. */
  async remove(id: number, user: AuthUser | undefined): Promise<void> {
    await this.narratives.transaction(async (manager) => {
      await this.narratives.lockForDelete(id, manager);
      const current = await this.narratives.findOne(id, manager);
      if (!current) throw new NotFoundException(`Narrative ${id} not found`);
      const claimIds = await this.narratives.taggedClaimIds(id, manager);
      await this.writer.untagNarrative(manager, id, claimIds, user ?? null);
      await this.narratives.delete(id, manager);
      await this.audit.record(
        {
          user: user ?? null,
          entity: 'narrative',
          entityId: id,
          action: 'delete',
          before: { ...snapshot(current), claimIds },
        },
        manager,
      );
    });
  }

  private async assertNameFree(
    conflictId: string,
    nameEn: string,
    exceptId: number | null,
    manager: EntityManager,
  ): Promise<void> {
    const existing = await this.narratives.findIdByNameEn(conflictId, nameEn.trim(), manager);
    if (existing !== null && existing !== exceptId) {
      throw new ConflictException({
        message: `A narrative named '${nameEn.trim()}' already exists`,
        errors: [{ field: 'nameEn', messages: ['nameEn is already in use'] }],
      });
    }
  }
}
