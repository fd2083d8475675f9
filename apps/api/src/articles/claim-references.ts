import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { FieldError } from '../common/validation.js';
import { LocationsRepository } from '../locations/locations.repository.js';
import { SourcesService, aliasKey, normalizeMention, type ResolvedSource } from '../sources/sources.service.js';
import { ArticlesRepository, type SourceRef } from './articles.repository.js';
import { ConflictsRepository } from '../conflicts/conflicts.repository.js';
import type { NewClaimRow } from '../claim-writes/claim-writes.repository.js';
import { badRequest, type PlannedClaim } from './claim-planning.js';

/**
 * What an article's planned claims name, checked and resolved before they are written: their sources (a given id
 * must exist, be of the article's conflict and not merged; a mention finds or proposes one), their camps (of the
 * conflict) and their places (known ids). Every problem is a field error of the article, and nothing is written.
 * A batch passes what it read once for all its articles.
 */
@Injectable()
export class ClaimReferences {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly sources: SourcesService,
    private readonly conflicts: ConflictsRepository,
    private readonly locations: LocationsRepository,
  ) {}

  /** Source ids and camps for every planned claim: given ids are checked, unknown mentions become (or join) proposals. */
  async resolveSources(
    conflictId: string,
    planned: PlannedClaim[],
    user: AuthUser | null,
    manager: EntityManager,
    batch: { sourceRefs: Map<number, SourceRef>; campsOf: Map<string, Set<string>> } | null,
  ): Promise<NewClaimRow[]> {
    const refs =
      batch?.sourceRefs ??
      new Map((await this.articles.findSourceRefs(givenSourceIds({ planned }), manager)).map((ref) => [ref.id, ref]));
    const errors: FieldError[] = [];
    const mentions = planned.flatMap((claim) => (claim.mention ? [claim.mention] : []));
    const resolved = mentions.length
      ? await this.sources.resolveMentions(conflictId, mentions, user, manager)
      : new Map<string, ResolvedSource>();
    const rows = planned.map((claim, index): NewClaimRow => {
      const row = { ...claim.row, conflictId };
      if (claim.mention) {
        const source = resolved.get(aliasKey(normalizeMention(claim.mention.mention).slice(0, 255)));
        return { ...row, sourceId: source?.id ?? null, campId: source?.camp ?? claim.campId };
      }
      if (claim.sourceId !== null) {
        const ref = refs.get(claim.sourceId);
        if (!ref) {
          errors.push({ field: `claims.${index}.sourceId`, messages: [`source ${claim.sourceId} does not exist`] });
          return { ...row, sourceId: null, campId: claim.campId };
        }
        if (ref.conflictId !== conflictId)
          errors.push({
            field: `claims.${index}.sourceId`,
            messages: [`source ${ref.id} belongs to ${ref.conflictId}, not to ${conflictId}`],
          });
        if (ref.status === 'merged') {
          errors.push({
            field: `claims.${index}.sourceId`,
            messages: [`source ${ref.id} was merged into source ${ref.mergedIntoId}`],
          });
        }
        // The camp always comes from the source (claims keep it denormalized).
        return { ...row, sourceId: ref.id, campId: ref.campId };
      }
      return { ...row, sourceId: null, campId: claim.campId };
    });
    const camps =
      batch?.campsOf.get(conflictId) ??
      new Set((await this.conflicts.findCamps([conflictId], manager)).map((camp) => camp.campId));
    rows.forEach((row, index) => {
      if (!camps.has(row.campId))
        errors.push({ field: `claims.${index}.camp`, messages: [`${row.campId} is not a camp of ${conflictId}`] });
    });
    if (errors.length) throw badRequest(errors);
    return rows;
  }

  async checkLocations(planned: PlannedClaim[], manager: EntityManager, known?: Set<number>): Promise<void> {
    const ids = [...new Set(planned.flatMap((claim) => claim.locations.map((location) => location.locationId)))];
    if (!ids.length) return;
    const existing = known ?? (await this.locations.existingIds(ids, manager));
    const errors: FieldError[] = [];
    planned.forEach((claim, index) => {
      const missing = claim.locations
        .filter((location) => !existing.has(location.locationId))
        .map((location) => location.locationId);
      if (missing.length)
        errors.push({
          field: `claims.${index}.locationIds`,
          messages: [`unknown location ids: ${missing.join(', ')}`],
        });
    });
    if (errors.length) throw badRequest(errors);
  }
}

/** The registered sources an article's claims name by id (the others are found by their mention). */
export function givenSourceIds(article: { planned: readonly PlannedClaim[] }): number[] {
  return [
    ...new Set(
      article.planned
        .filter((claim) => claim.sourceId !== null && claim.mention === null)
        .map((claim) => claim.sourceId as number),
    ),
  ];
}
