import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClaimStatus } from '@claimline/contracts';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ClaimEntity } from '../claims/claim.entity.js';
import { DERIVED_STATUSES, deriveStatus, gradeFromLinks, type GradingLink } from '../claims/claim-grading.js';
import { ClaimLinksRepository } from '../claims/claim-links.repository.js';
import { RollupsRepository, type ClaimScope } from '../rollups/rollups.repository.js';
import type { DataDomain } from '../rollups/data-version.js';
import { ClaimTermsRepository } from '../search/claim-terms.repository.js';
import { ArticleClaimsBatch } from './article-claims-batch.js';
import { EDIT_COLUMNS, toClaimUnderEdit, type ClaimUnderEdit } from './claim-under-edit.js';
import {
  ClaimWritesRepository,
  type ClaimFieldChanges,
  type ClaimUpdateRow,
  type GradingState,
} from './claim-writes.repository.js';

export type { ClaimScope } from '../rollups/rollups.repository.js';
export type { ClaimUnderEdit } from './claim-under-edit.js';

/** An analyst's change to one claim, and how it is audited. */
export type ClaimChange = {
  fields: ClaimFieldChanges;
  /** Replacement lists; undefined leaves them as they are. */
  narratives?: readonly number[];
  locations?: readonly number[];
  /** null for an unconditional change; otherwise the optimistic lock (update returns false when stale). */
  version: number | null;
  user: AuthUser | null;
  /** The analyst named a status: a camp change then regrades only the linked claims, not this one. */
  statusChosen: boolean;
  audit: { action: 'update' | 'delete'; before: Record<string, unknown>; after: Record<string, unknown> };
};

const sorted = (ids: readonly number[]) => [...ids].sort((x, y) => x - y);

/** Claim fields nothing counts, filters or charts by: changing only these leaves the rollups and the dashboard as they are. */
const UNCOUNTED_FIELDS: ReadonlySet<string> = new Set<keyof ClaimFieldChanges>(['note']);

export function onlyUncountedFields(change: Pick<ClaimChange, 'fields' | 'narratives' | 'locations'>): boolean {
  return (
    change.narratives === undefined &&
    change.locations === undefined &&
    Object.keys(change.fields).every((field) => UNCOUNTED_FIELDS.has(field))
  );
}
/**
 * What a counted change makes different for the dashboard. Tags (a narrative added or removed) change only what
 * reads tags, a status only what reads statuses (regrading after a link is one): the counts per camp, source,
 * place and day stay, and so do the charts and totals built on them. Any other counted field or a place
 * changes the counts, which every reader of tags or statuses reads too.
 */
export function changedDomains(
  changes: readonly Pick<ClaimChange, 'fields' | 'narratives' | 'locations'>[],
): readonly DataDomain[] {
  const domains = new Set<DataDomain>();
  for (const change of changes) {
    if (change.locations !== undefined) return ['counts'];
    for (const field of Object.keys(change.fields)) {
      if (UNCOUNTED_FIELDS.has(field)) continue;
      if (field !== 'status') return ['counts'];
      domains.add('status');
    }
    if (change.narratives !== undefined) domains.add('narratives');
  }
  return [...domains];
}
const isDerived = (status: ClaimStatus) => DERIVED_STATUSES.includes(status);

/**
 * The one way claims are written. Every method keeps, in the caller's transaction (its manager), what
 * is derived from claims: the dashboard rollups and claim_locations copies (RollupsRepository), the
 * search word index (ClaimTermsRepository), the analyst status, link grading of the claims a change
 * affects, and the claim's audit events. ClaimWritesModule exports only this class, so a new writer
 * (a feed, a repair tool) gets the derived data by construction.
 */
@Injectable()
export class ClaimWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: ClaimWritesRepository,
    private readonly links: ClaimLinksRepository,
    private readonly rollups: RollupsRepository,
    private readonly terms: ClaimTermsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * New articles' claims, places and framing rows: `work` inserts them through the batch (one article
   * per call, inside savepoints if it likes), then the search index, rollups and framing rollups of
   * all of them are written once, set-based. Those steps read the stored rows (article_id IN …), so
   * an article whose savepoint was rolled back contributes nothing. `beforeDerived` runs between the two halves,
   * once every row of the articles themselves is written (an overlapped import batch waits there for the batch
   * before to commit).
   */
  async insertForArticles<T>(
    manager: EntityManager,
    work: (batch: ArticleClaimsBatch) => Promise<T>,
    beforeDerived?: () => Promise<void>,
  ): Promise<T> {
    const batch = new ArticleClaimsBatch(manager, this.writes);
    const result = await work(batch);
    await batch.flush();
    await beforeDerived?.();
    const articleIds = batch.articleIds();
    if (articleIds.length) {
      await this.terms.indexNew(manager, await this.writes.indexableClaimsOfArticles(articleIds, manager));
      await this.rollups.addArticles(manager, articleIds);
      await this.rollups.addFramingOfArticles(manager, articleIds);
    }
    return result;
  }

  /** One claim an analyst marked in an article, with its tags and places; audited as 'create'. */
  async create(
    manager: EntityManager,
    claim: Omit<ClaimEntity, 'id' | 'analystStatus' | 'extractionProposal'>,
    tags: { narratives: readonly number[]; locations: readonly number[] },
    user: AuthUser | null,
  ): Promise<number> {
    const id = await this.writes.insertClaim(
      { ...claim, analystStatus: claim.status, extractionProposal: null },
      manager,
    );
    await this.terms.index(manager, [{ id, textNormalized: claim.textNormalized }]);
    if (tags.narratives.length) await this.writes.replaceNarratives(id, tags.narratives, manager);
    if (tags.locations.length) await this.writes.replaceLocations(id, tags.locations, manager);
    await this.rollups.add(manager, { claimIds: [id] });
    // The extractor's reasons: an analyst's claim has none, and they are not the analyst's to audit.
    const { textNormalized: _n, createdAt: _c, updatedAt: _u, extractionWhy: _w, ...snapshot } = claim;
    await this.audit.record(
      {
        user,
        entity: 'claim',
        entityId: id,
        action: 'create',
        after: { ...snapshot, narratives: sorted(tags.narratives), locations: sorted(tags.locations) },
      },
      manager,
    );
    return id;
  }

  /** Locks the claims (MariaDB) before the caller reads what it will change. */
  lock(manager: EntityManager, scope: ClaimScope): Promise<void> {
    return this.rollups.lock(manager, scope);
  }

  /**
   * Locks one claim (MariaDB) and reads what an analyst's edit compares; `withTags` also reads its narratives and
   * places, which makes the read the rollups' baseline for update(). Null when the claim does not exist.
   */
  async openForEdit(manager: EntityManager, id: number, { withTags }: { withTags: boolean }) {
    return toClaimUnderEdit(await this.rollups.lockAndRead(manager, { claimIds: [id] }, EDIT_COLUMNS, { withTags }));
  }

  /**
   * Changes one claim; false (and nothing written) when `change.version` is stale. `opened`: the claim as
   * openForEdit() read it in this transaction, with nothing written to it since; update() then does not read it again.
   */
  async update(manager: EntityManager, id: number, change: ClaimChange, opened?: ClaimUnderEdit): Promise<boolean> {
    const { fields, user } = change;
    if (opened && opened.id !== id) throw new Error(`update(): claim ${opened.id} was opened, not ${id}`);
    const previous = fields.status === undefined ? null : (opened ?? (await this.writes.findGradingState(id, manager)));
    // A change no count, filter or chart reads (a note) leaves the rollups alone: reading the claim before and
    // after would cost four statements and, worse, make every cached dashboard answer cold.
    const counted = !onlyUncountedFields(change);
    const domains = changedDomains([change]);
    const locked = opened?.locked.withTags ? opened.locked : undefined;
    const baseline = counted
      ? await this.rollups.before(manager, locked?.scope ?? { claimIds: [id] }, domains, locked)
      : null;
    const analystStatus = fields.status !== undefined && !isDerived(fields.status) ? fields.status : undefined;
    const updated = await this.writes.update(
      id,
      change.version,
      { ...fields, ...(analystStatus ? { analystStatus } : {}), updatedById: user?.id ?? null, updatedAt: new Date() },
      manager,
    );
    if (!updated) return false;
    if (change.narratives) await this.writes.replaceNarratives(id, change.narratives, manager);
    if (change.locations) await this.writes.replaceLocations(id, change.locations, manager);
    if (baseline) await this.rollups.after(manager, baseline);
    await this.audit.record({ user, entity: 'claim', entityId: id, ...change.audit }, manager);
    // Another camp changes which links count as independent; a rejected claim (or one no longer
    // rejected) changes what it corroborates and contests: regrade the claims at the other end.
    const rejectionToggled = previous !== null && (previous.status === 'rejected') !== (fields.status === 'rejected');
    if (fields.campId !== undefined || rejectionToggled) {
      const linked = (await this.links.linksOf(id, manager)).map((link) => link.otherId);
      const self = fields.campId !== undefined && !change.statusChosen ? [id] : [];
      await this.regrade(manager, [...self, ...linked], user);
    }
    return true;
  }

  /**
   * update() for many claims at once (bulk review and its undo), unconditionally: the caller has locked them
   * and checked what it needed. The same writes and one audit entry per claim, set-based: the rollups are
   * taken out and put back once for the whole set, claims with the same change share one UPDATE per chunk,
   * tags and audit entries go in multi-row INSERTs (5,000 claims on MariaDB: ~9–19 s one by one). Linked
   * claims are regraded only after that, so no claim is taken out twice.
   */
  async updateMany(
    manager: EntityManager,
    changes: readonly { id: number; change: Omit<ClaimChange, 'version' | 'locations'> }[],
  ): Promise<void> {
    if (!changes.length) return;
    const ids = changes.map(({ id }) => id);
    const previous = await this.writes.findGradingStates(
      changes.filter(({ change }) => change.fields.status !== undefined).map(({ id }) => id),
      manager,
    );
    const domains = changedDomains(changes.map(({ change }) => change));
    const baseline = await this.rollups.before(manager, { claimIds: ids }, domains);
    const updatedAt = new Date();
    const sameChange = new Map<string, { row: ClaimUpdateRow; ids: number[] }>();
    for (const { id, change } of changes) {
      const { fields, user } = change;
      const analystStatus = fields.status !== undefined && !isDerived(fields.status) ? fields.status : undefined;
      const row = { ...fields, ...(analystStatus ? { analystStatus } : {}), updatedById: user?.id ?? null };
      const key = JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
      const group = sameChange.get(key);
      if (group) group.ids.push(id);
      else sameChange.set(key, { row: { ...row, updatedAt }, ids: [id] });
    }
    for (const group of sameChange.values()) await this.writes.updateEach(group.ids, group.row, manager);
    await this.writes.replaceNarrativesOfMany(
      changes.flatMap(({ id, change }) =>
        change.narratives ? [{ claimId: id, narrativeIds: change.narratives }] : [],
      ),
      manager,
    );
    await this.rollups.after(manager, baseline);
    await this.audit.recordMany(
      changes.map(({ id, change }) => ({ user: change.user, entity: 'claim', entityId: id, ...change.audit })),
      manager,
    );
    // As update(): another camp or a rejection toggled regrades the claims at the other end of the links.
    const toRegrade: number[] = [];
    const linkedTo: number[] = [];
    for (const { id, change } of changes) {
      const { fields } = change;
      const was = previous.get(id);
      const rejectionToggled = was !== undefined && (was.status === 'rejected') !== (fields.status === 'rejected');
      if (fields.campId !== undefined || rejectionToggled) {
        if (fields.campId !== undefined && !change.statusChosen) toRegrade.push(id);
        linkedTo.push(id);
      }
    }
    const links = await this.writes.findGradingLinks(linkedTo, manager);
    for (const claimLinks of links.values()) toRegrade.push(...claimLinks.map((link) => link.otherClaimId));
    await this.regrade(manager, toRegrade, changes[0].change.user);
  }

  /** Each claim's links as link grading reads them, in the caller's transaction (claims without links have none). */
  gradingLinks(manager: EntityManager, claimIds: readonly number[]): Promise<Map<number, GradingLink[]>> {
    return this.writes.findGradingLinks(claimIds, manager);
  }

  /**
   * Moves every claim of `fromSourceId` to `intoSourceId` with its camp (a merge, or a camp change when
   * both are the same source) and regrades the linked claims. Returns how many claims moved.
   */
  async moveSourceClaims(
    manager: EntityManager,
    move: { fromSourceId: number; intoSourceId: number; campId: ClaimEntity['campId'] },
    user: AuthUser | null,
  ): Promise<number> {
    // Both sources' claims out, the surviving source's (old and moved) back in.
    const baseline = await this.rollups.before(manager, {
      sourceIds: [...new Set([move.fromSourceId, move.intoSourceId])],
    });
    const moved = await this.writes.reassignSource(move.fromSourceId, move.intoSourceId, move.campId, manager);
    await this.rollups.after(manager, baseline, { sourceIds: [move.intoSourceId] });
    await this.regrade(manager, await this.writes.linkedClaimIdsOfSource(move.intoSourceId, manager), user);
    return moved;
  }

  /** Every claim of `sourceId` loses its source and keeps its camp (a rejected proposal). Returns how many. */
  async detachSourceClaims(manager: EntityManager, sourceId: number, _user: AuthUser | null): Promise<number> {
    const claimIds = await this.writes.claimIdsOfSource(sourceId, manager);
    if (!claimIds.length) return 0;
    // The camp stays, so link grading is unchanged; only the rollups' source key moves (to "no source").
    const baseline = await this.rollups.before(manager, { claimIds });
    const detached = await this.writes.detachSource(sourceId, manager);
    await this.rollups.after(manager, baseline);
    return detached;
  }

  /** Removes a narrative from every claim it tags (the narrative row itself is the caller's). */
  async untagNarrative(
    manager: EntityManager,
    narrativeId: number,
    claimIds: readonly number[],
    user: AuthUser | null,
  ): Promise<void> {
    // Untagging changes the claims' narrative counts and whether they count as tagged at all: tags only.
    const baseline = await this.rollups.before(manager, { claimIds }, ['narratives']);
    await this.writes.untagNarrative(narrativeId, manager);
    // Every change of a claim's tags is a new version of it: an analyst's form open on the old tags gets a 409, and
    // what remembers tags by claim version (claims/claim-version-memo.ts) reads them again.
    await this.writes.updateEach(claimIds, { updatedById: user?.id ?? null, updatedAt: new Date() }, manager);
    await this.rollups.after(manager, baseline);
  }

  /**
   * Locks the claims (MariaDB, in id order) whose links a writer will add or remove, and reads their grading state:
   * regrade() takes it as `known`, since adding or removing a link changes no claim's camp or status. The claims
   * that exist are the map's keys.
   */
  lockForLinking(manager: EntityManager, claimIds: readonly number[]): Promise<Map<number, GradingState>> {
    return this.writes.findGradingStates(claimIds, manager, { lock: true });
  }

  /**
   * Recomputes the link-derived status of each claim; analysts' decisions (confirmed, discounted, rejected) stay.
   * Set-based: the claims are read once, and those whose status changes are written per status (before()
   * locks only those, as one by one did: locking every linked claim would widen what concurrent edits wait on).
   * Grading reads only the other claims' camps and whether they are rejected, which regrading never changes,
   * so grading them all from one read gives what grading them one after the other would. `known`: their states as
   * lockForLinking() read them in this transaction, when nothing has changed them since.
   */
  async regrade(
    manager: EntityManager,
    claimIds: readonly number[],
    user: AuthUser | null,
    known?: ReadonlyMap<number, GradingState>,
  ): Promise<void> {
    const ids = [...new Set(claimIds)].sort((a, b) => a - b);
    if (!ids.length) return;
    const states =
      known && ids.every((id) => known.has(id)) ? known : await this.writes.findGradingStates(ids, manager);
    const links = await this.writes.findGradingLinks(ids, manager);
    const regraded: { id: number; was: ClaimStatus; status: ClaimStatus; reason: string }[] = [];
    for (const id of ids) {
      const state = states.get(id);
      if (!state) continue;
      const grading = gradeFromLinks(state.campId, links.get(id) ?? []);
      const status = deriveStatus(state.status, state.analystStatus, grading);
      if (status !== state.status) regraded.push({ id, was: state.status, status, reason: grading.explanation });
    }
    if (!regraded.length) return;
    const regradedIds = regraded.map(({ id }) => id);
    // A status alone: the charts and totals that do not look at statuses stay as they were.
    const baseline = await this.rollups.before(manager, { claimIds: regradedIds }, ['status']);
    const updatedAt = new Date();
    // Not the analyst status: grading only ever sets a derived status or falls back to it.
    for (const status of new Set(regraded.map((claim) => claim.status)))
      await this.writes.updateEach(
        regraded.filter((claim) => claim.status === status).map(({ id }) => id),
        { status, updatedById: user?.id ?? null, updatedAt },
        manager,
      );
    await this.rollups.after(manager, baseline);
    await this.audit.recordMany(
      regraded.map(({ id, was, status, reason }) => ({
        user,
        entity: 'claim',
        entityId: id,
        action: 'grade',
        before: { status: was },
        after: { status, reason },
      })),
      manager,
    );
  }

  /** After a bulk writer that bypassed this class (the generator): everything derived, recomputed. */
  async rebuild(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await rebuildDerivedClaimData(this.dataSource, manager);
  }
}

/**
 * Rollups, claim_locations copies and the analyst-status invariant recomputed from the claims. For
 * tools that hold a bare DataSource (the generator); the search index has its own rebuild
 * (`npm run db:reindex-search`).
 */
export async function rebuildDerivedClaimData(
  dataSource: DataSource,
  manager: EntityManager,
  options: { copiesWritten?: boolean } = {},
): Promise<void> {
  await new ClaimWritesRepository().syncAnalystStatus(manager);
  await new RollupsRepository(dataSource).rebuild(manager, options);
}
