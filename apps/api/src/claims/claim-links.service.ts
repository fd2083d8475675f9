import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import { fieldError } from '../common/field-error.js';
import { bumpDataVersion, declareAnalyticsWrites } from '../rollups/data-version.js';
import { ClaimLinksRepository } from './claim-links.repository.js';
import { ClaimsRepository } from './claims.repository.js';
import { toClaimLinkDto, type ClaimLinkDto, type CreateClaimLinkDto } from './dto/claim-link.dto.js';

/** Links between claims (contradicts, corroborates, same event): made and removed, audited, and regraded. */
@Injectable()
export class ClaimLinksService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly links: ClaimLinksRepository,
    private readonly audit: AuditService,
    private readonly writer: ClaimWriter,
  ) {}

  async link(dto: CreateClaimLinkDto, user: AuthUser | undefined): Promise<ClaimLinkDto> {
    if (dto.fromId === dto.toId) throw fieldError('toId', 'A claim cannot be linked to itself');
    // Every relation is symmetric (A contradicts B is B contradicts A): stored lower id first, so the unique
    // (from, to, relation) index holds A→B and B→A as one link.
    const [fromId, toId] = dto.fromId < dto.toId ? [dto.fromId, dto.toId] : [dto.toId, dto.fromId];
    const linkId = await this.claims.transaction(async (manager) => {
      // A link changes the contested pairs; the regrade below names the counts if a status changes.
      declareAnalyticsWrites(manager);
      bumpDataVersion(manager.connection, { domains: ['links'], keys: { links: [fromId, toId] }, manager });
      // MariaDB: the two claims locked first, so racing links of one pair queue here instead of both passing the
      // check below (and deadlocking on the regrade); the same read is the regrade's.
      const states = await this.writer.lockForLinking(manager, [fromId, toId]);
      if (!states.has(dto.fromId)) throw new NotFoundException(`Claim ${dto.fromId} not found`);
      if (!states.has(dto.toId)) throw new NotFoundException(`Claim ${dto.toId} not found`);
      if (await this.links.findLinkBetween(fromId, toId, dto.relation, manager)) {
        throw new ConflictException(`Claims ${dto.fromId} and ${dto.toId} are already linked as '${dto.relation}'`);
      }
      const id = await this.links.insertLink(
        {
          fromClaimId: fromId,
          toClaimId: toId,
          relation: dto.relation,
          createdById: user?.id ?? null,
          createdAt: new Date(),
        },
        manager,
      );
      const after = { linkId: id, fromId, toId, relation: dto.relation };
      await this.audit.recordMany(
        [fromId, toId].map((claimId) => ({
          user: user ?? null,
          entity: 'claim',
          entityId: claimId,
          action: 'link',
          after,
        })),
        manager,
      );
      await this.writer.regrade(manager, [fromId, toId], user ?? null, states);
      return id;
    });
    return toClaimLinkDto((await this.links.findLink(linkId))!);
  }

  async unlink(linkId: number, user: AuthUser | undefined): Promise<void> {
    await this.claims.transaction(async (manager) => {
      declareAnalyticsWrites(manager);
      const link = await this.links.findLink(linkId, manager);
      if (!link) throw new NotFoundException(`Claim link ${linkId} not found`);
      bumpDataVersion(manager.connection, {
        domains: ['links'],
        keys: { links: [link.fromClaimId, link.toClaimId] },
        manager,
      });
      await this.links.deleteLink(linkId, manager);
      const before = { linkId, fromId: link.fromClaimId, toId: link.toClaimId, relation: link.relation };
      await this.audit.recordMany(
        [link.fromClaimId, link.toClaimId].map((claimId) => ({
          user: user ?? null,
          entity: 'claim',
          entityId: claimId,
          action: 'unlink',
          before,
        })),
        manager,
      );
      await this.writer.regrade(manager, [link.fromClaimId, link.toClaimId], user ?? null);
    });
  }
}
