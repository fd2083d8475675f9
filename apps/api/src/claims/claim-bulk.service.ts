import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';
import {
  planClaimChange,
  planUndo,
  summarizeBulk,
  undoAudit,
  type BulkBefore,
  type BulkPlan,
  type BulkSummary,
} from './claim-bulk-plan.js';
import { ClaimBulkRepository, type BulkClaimRow } from './claim-bulk.repository.js';
import { DERIVED_STATUSES, gradeFromLinks } from './claim-grading.js';
import { ClaimsRepository } from './claims.repository.js';
import {
  MAX_BULK_CLAIMS,
  type ClaimBulkRequestDto,
  type ClaimBulkResultDto,
  type ClaimBulkSetDto,
  type ClaimBulkSkipDto,
  type ClaimBulkUndoDto,
} from './dto/claim-bulk.dto.js';
import { fieldError } from '../common/field-error.js';

type Change = Extract<BulkPlan, { kind: 'change' }> & { id: number };

/**
 * Bulk review: one status, narrative or source change applied to many claims in one transaction,
 * written through ClaimWriter.updateMany (rollups, audit, regrading) with a single edit's rules, set-based,
 * and recorded so that its author can undo the last such action.
 */
@Injectable()
export class ClaimBulkService {
  constructor(
    private readonly bulk: ClaimBulkRepository,
    private readonly claims: ClaimsRepository,
    private readonly writer: ClaimWriter,
    private readonly searchReferences: SearchReferencesRepository,
    private readonly scope: ConflictScope,
  ) {}

  async apply(dto: ClaimBulkRequestDto, user: AuthUser | undefined): Promise<ClaimBulkResultDto> {
    const { set } = dto;
    await this.checkSet(set);
    const ids = await this.targetIds(dto);
    const source = set.sourceId === undefined ? null : await this.claims.findSource(set.sourceId);
    const bulkId = randomUUID();
    return this.claims.transaction(async (manager) => {
      await this.writer.lock(manager, { claimIds: ids });
      const states = await this.bulk.states(ids, manager);
      await this.checkConflicts(set.addNarratives ?? [], source, states);
      const found = new Set(states.map((state) => state.id));
      const skipped: ClaimBulkSkipDto[] = ids
        .filter((id) => !found.has(id))
        .map((id) => ({ id, code: 'not-found', reason: 'Claim not found' }));
      const changes: Change[] = [];
      let unchanged = 0;
      // A derived status needs the links that justify it, under the camp the claim will have.
      const links =
        set.status && DERIVED_STATUSES.includes(set.status)
          ? await this.writer.gradingLinks(
              manager,
              states.map((state) => state.id),
            )
          : null;
      for (const state of states) {
        const grading = links ? gradeFromLinks(source?.campId ?? state.campId, links.get(state.id) ?? []) : undefined;
        const plan = planClaimChange(state, set, source, grading);
        if (plan.kind === 'skipped') skipped.push({ id: state.id, code: plan.code, reason: plan.reason });
        else if (plan.kind === 'unchanged') unchanged += 1;
        else changes.push({ ...plan, id: state.id });
      }
      const summary = summarizeBulk(changes);
      if (!changes.length) return { bulkId: null, changed: 0, unchanged, skipped, summary };
      await this.writer.updateMany(
        manager,
        changes.map((change) => ({
          id: change.id,
          change: {
            fields: change.fields,
            narratives: change.narratives,
            user: user ?? null,
            statusChosen: set.status !== undefined,
            audit: { action: 'update', before: change.audit.before, after: { ...change.audit.after, bulkId } },
          },
        })),
      );
      await this.record(manager, bulkId, user, set, summary, changes);
      return { bulkId, changed: changes.length, unchanged, skipped, summary };
    });
  }

  /** Puts back what the user's last bulk action changed, unless one of those claims changed since. */
  async undo(bulkId: string, user: AuthUser | undefined): Promise<ClaimBulkUndoDto> {
    const userId = user?.id ?? null;
    return this.claims.transaction(async (manager) => {
      const action = await this.bulk.findAction(bulkId, manager);
      if (!action) throw new NotFoundException(`Bulk action ${bulkId} not found`);
      if (action.userId !== userId) throw new ForbiddenException('Only the analyst who made a bulk action can undo it');
      if (action.undoneAt) throw new ConflictException({ message: 'This bulk action was already undone' });
      const last = await this.bulk.lastActionOf(userId, manager);
      if (last?.bulkId !== bulkId) throw new ConflictException({ message: 'Only your last bulk action can be undone' });
      const changes = await this.bulk.changesOf(bulkId, manager);
      const ids = changes.map((change) => change.claimId);
      await this.writer.lock(manager, { claimIds: ids });
      const versions = await this.bulk.versions(ids, manager);
      const changedSince = changes
        .filter((change) => versions.get(change.claimId) !== change.versionAfter)
        .map((change) => change.claimId);
      if (changedSince.length) {
        throw new ConflictException({
          message: `Cannot undo: ${changedSince.length} of these claims changed since (${changedSince.slice(0, 20).join(', ')})`,
          changedSince,
        });
      }
      if (!(await this.bulk.markUndone(bulkId, new Date(), manager)))
        throw new ConflictException({ message: 'This bulk action was already undone' });
      const current = new Map((await this.bulk.states(ids, manager)).map((state) => [state.id, state]));
      const restores = changes.map((change) => {
        const before = JSON.parse(change.before) as BulkBefore;
        return {
          id: change.claimId,
          restore: planUndo(before),
          audit: undoAudit(before, current.get(change.claimId)!),
        };
      });
      // Versions were checked under the claims' locks above: nothing can change them before this writes.
      await this.writer.updateMany(
        manager,
        restores.map(({ id, restore, audit }) => ({
          id,
          change: {
            fields: restore.fields,
            narratives: restore.narratives,
            user: user ?? null,
            statusChosen: restore.statusChosen,
            audit: { action: 'update', before: audit.before, after: { ...audit.after, undoOf: bulkId } },
          },
        })),
      );
      // A corroborated/contested claim got its analyst status back: its links decide again.
      await this.writer.regrade(
        manager,
        restores.filter(({ restore }) => restore.regrade).map(({ id }) => id),
        user ?? null,
      );
      return { bulkId, restored: changes.length };
    });
  }

  private async checkSet(set: ClaimBulkSetDto): Promise<void> {
    const add = set.addNarratives ?? [];
    const remove = set.removeNarratives ?? [];
    if (set.status === undefined && !add.length && !remove.length && set.sourceId === undefined)
      throw fieldError('set', 'Set at least one of status, addNarratives, removeNarratives, sourceId');
    const both = add.filter((id) => remove.includes(id));
    if (both.length) throw fieldError('set.removeNarratives', `Narratives both added and removed: ${both.join(', ')}`);
    for (const [field, ids] of [
      ['set.addNarratives', add],
      ['set.removeNarratives', remove],
    ] as const) {
      const existing = new Set(await this.claims.existingIds('narratives', ids));
      const missing = ids.filter((id) => !existing.has(id));
      if (missing.length) throw fieldError(field, `Unknown narratives: ${missing.join(', ')}`);
    }
    if (set.sourceId !== undefined) {
      const source = await this.claims.findSource(set.sourceId);
      if (!source) throw fieldError('set.sourceId', `Source ${set.sourceId} does not exist`);
      if (source.status === 'merged')
        throw fieldError(
          'set.sourceId',
          `Source ${source.id} was merged into source ${source.mergedIntoId}; use that one`,
        );
    }
  }

  /**
   * A narrative tags, and a source speaks for, only claims of its own conflict (removing a narrative from
   * claims it does not tag changes nothing).
   */
  private async checkConflicts(
    added: readonly number[],
    source: { id: number; conflictId: string } | null,
    claims: readonly BulkClaimRow[],
  ): Promise<void> {
    const outside = (conflict: string | undefined) => {
      const others = claims.filter((claim) => claim.conflictId !== conflict);
      if (!others.length) return null;
      const listed = others.slice(0, 20).map((claim) => `${claim.id}: ${claim.conflictId}`);
      return `${others.length} of these claims are of another conflict (${listed.join(', ')})`;
    };
    const conflicts = await this.claims.narrativeConflicts(added);
    for (const narrativeId of added) {
      const conflict = conflicts.get(narrativeId);
      const others = outside(conflict);
      if (others) throw fieldError('set.addNarratives', `Narrative ${narrativeId} is of ${conflict}; ${others}`);
    }
    const others = source && outside(source.conflictId);
    if (source && others) throw fieldError('set.sourceId', `Source ${source.id} is of ${source.conflictId}; ${others}`);
  }

  /** The claims the action is for: the ids given, or every claim the filter matches now (if still what the analyst saw). */
  private async targetIds(dto: ClaimBulkRequestDto): Promise<number[]> {
    if ((dto.ids === undefined) === (dto.filter === undefined))
      throw fieldError('ids', 'Give either ids or filter (with expectedTotal)');
    if (dto.ids) return [...new Set(dto.ids)].sort((a, b) => a - b);
    if (dto.expectedTotal === undefined)
      throw fieldError('expectedTotal', 'expectedTotal is required with filter: the number of claims you saw it match');
    // Without a conflict the list shows the default conflict's claims: so does the action, or it would count others.
    const filters = await this.searchReferences.resolve({
      ...dto.filter!,
      conflict: this.scope.resolve(dto.filter!.conflict),
    });
    const ids = await this.bulk.idsMatching(filters, MAX_BULK_CLAIMS + 1);
    if (ids.length > MAX_BULK_CLAIMS)
      throw fieldError(
        'filter',
        `The filter matches more than ${MAX_BULK_CLAIMS} claims; narrow it to change them in bulk`,
      );
    if (ids.length !== dto.expectedTotal)
      throw new ConflictException({
        message: `The filter now matches ${ids.length} claims, not ${dto.expectedTotal}: reload the list and try again`,
        total: ids.length,
      });
    return ids;
  }

  private async record(
    manager: EntityManager,
    bulkId: string,
    user: AuthUser | undefined,
    set: ClaimBulkSetDto,
    summary: BulkSummary,
    changes: Change[],
  ): Promise<void> {
    // Read after every write: a source change regrades linked claims, which may be in this action too.
    const versions = await this.bulk.versions(
      changes.map((change) => change.id),
      manager,
    );
    await this.bulk.insertAction(
      {
        bulkId,
        userId: user?.id ?? null,
        createdAt: new Date(),
        request: JSON.stringify(set),
        summary: JSON.stringify(summary),
        undoneAt: null,
      },
      manager,
    );
    await this.bulk.insertChanges(
      changes.map((change) => ({
        bulkId,
        claimId: change.id,
        before: JSON.stringify(change.before),
        versionAfter: versions.get(change.id)!,
      })),
      manager,
    );
  }
}
