import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampId, SourceKind } from '@claimline/contracts';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { serializedTransaction } from '../database/transactions.js';
import { ExtractorProvider } from './extractor.provider.js';
import type { SourceEntity } from './source.entity.js';
import { SourcesRepository, type AliasMatch, type NewAlias } from './sources.repository.js';

// Moved to source-aliases.ts; re-exported for the article ingestion that imports them from here.
export { aliasKey, normalizeMention, type MentionInput, type ResolvedSource } from './source-aliases.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { ConflictsRepository } from '../conflicts/conflicts.repository.js';
import { isGenericMention } from './generic-mention.js';
import {
  ARABIC,
  aliasKey,
  normalizeMention,
  snapshot,
  toAliases,
  type MentionInput,
  type ResolvedSource,
} from './source-aliases.js';
import {
  toSourceDto,
  type AcceptSourceDto,
  type CreateSourceDto,
  type MergeSourceDto,
  type SourceDto,
  type SourcePageDto,
  type SourceQueryDto,
  type UpdateSourceDto,
} from './dto/source.dto.js';

@Injectable()
export class SourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: SourcesRepository,
    private readonly audit: AuditService,
    private readonly extractor: ExtractorProvider,
    private readonly writer: ClaimWriter,
    private readonly scope: ConflictScope,
    private readonly conflicts: ConflictsRepository,
  ) {}

  async list(query: SourceQueryDto): Promise<SourcePageDto> {
    const limit = query.limit ?? 200;
    const rows = await this.sources.list({
      conflictId: this.scope.resolve(query.conflict),
      q: query.q ? normalizeMention(query.q) : undefined,
      camps: query.camp,
      statuses: query.status?.length ? query.status : ['active'],
      limit,
      afterId: query.cursor,
    });
    const counts = await this.sources.claimCounts(rows.map((row) => row.id));
    return {
      items: rows.map((row) => toSourceDto(row, counts.get(row.id) ?? 0)),
      nextCursor: rows.length === limit ? rows[rows.length - 1].id : null,
    };
  }

  async get(id: number): Promise<SourceDto> {
    return this.toDto(await this.require(id));
  }

  async create(input: CreateSourceDto, user: AuthUser | null): Promise<SourceDto> {
    const conflictId = this.scope.resolve(input.conflict);
    await this.assertCampOf(conflictId, input.camp);
    const id = await serializedTransaction(this.dataSource, async (manager) => {
      const aliases = toAliases([input.nameAr, input.nameEn, ...(input.aliases ?? [])]);
      await this.assertFree(conflictId, null, [input.nameAr, input.nameEn], aliases, manager);
      const sourceId = await this.sources.insertSource(
        {
          conflictId,
          registryKey: null,
          campId: input.camp,
          kind: input.kind,
          nameAr: input.nameAr.trim(),
          nameEn: input.nameEn.trim(),
          status: 'active',
        },
        manager,
      );
      await this.sources.insertAliases(
        aliases.map((alias) => ({ ...alias, sourceId })),
        manager,
      );
      const created = await this.requireIn(sourceId, manager);
      await this.audit.record(
        { user, entity: 'source', entityId: sourceId, action: 'create', after: snapshot(created) },
        manager,
      );
      return sourceId;
    });
    this.extractor.invalidate();
    return this.get(id);
  }

  async update(id: number, input: UpdateSourceDto, user: AuthUser | null): Promise<SourceDto> {
    await serializedTransaction(this.dataSource, async (manager) => {
      const before = await this.requireIn(id, manager);
      if (before.status === 'merged')
        throw new ConflictException({
          message: 'This source was merged into another one',
          mergedIntoId: before.mergedIntoId,
        });
      if (before.status === 'rejected') throw new ConflictException('This proposal was rejected');
      await this.applyChanges(before, input, input.aliases, manager, user);
      const after = await this.requireIn(id, manager);
      await this.audit.record(
        { user, entity: 'source', entityId: id, action: 'update', before: snapshot(before), after: snapshot(after) },
        manager,
      );
    });
    this.extractor.invalidate();
    return this.get(id);
  }

  async accept(id: number, input: AcceptSourceDto, user: AuthUser | null): Promise<SourceDto> {
    await serializedTransaction(this.dataSource, async (manager) => {
      const before = await this.requireIn(id, manager);
      if (before.status !== 'proposed')
        throw new ConflictException(`Only a proposed source can be accepted; this one is ${before.status}`);
      await this.applyChanges(before, input, undefined, manager, user);
      await this.sources.updateSource(id, { status: 'active' }, manager);
      const after = await this.requireIn(id, manager);
      await this.audit.record(
        { user, entity: 'source', entityId: id, action: 'accept', before: snapshot(before), after: snapshot(after) },
        manager,
      );
    });
    this.extractor.invalidate();
    return this.get(id);
  }

  /** A proposal that names no source: its claims lose the source (keeping their camp); the mention is not proposed again. */
  async reject(id: number, user: AuthUser | null): Promise<SourceDto> {
    await serializedTransaction(this.dataSource, async (manager) => {
      const before = await this.requireIn(id, manager);
      if (before.status !== 'proposed')
        throw new ConflictException(`Only a proposed source can be rejected; this one is ${before.status}`);
      const claimsDetached = await this.writer.detachSourceClaims(manager, id, user);
      await this.sources.updateSource(id, { status: 'rejected' }, manager);
      const after = { ...snapshot(await this.requireIn(id, manager)), claimsDetached };
      await this.audit.record(
        { user, entity: 'source', entityId: id, action: 'reject', before: snapshot(before), after },
        manager,
      );
    });
    return this.get(id);
  }

  async merge(id: number, input: MergeSourceDto, user: AuthUser | null): Promise<SourceDto> {
    if (id === input.intoId)
      throw new BadRequestException({
        message: 'A source cannot be merged into itself',
        errors: [{ field: 'intoId', messages: ['must differ from the merged source'] }],
      });
    await serializedTransaction(this.dataSource, async (manager) => {
      const from = await this.requireIn(id, manager);
      const into = await this.sources.findById(input.intoId, manager);
      if (!into) throw new NotFoundException(`Source ${input.intoId} not found`);
      if (from.status === 'merged') throw new ConflictException('This source was already merged');
      if (from.status === 'rejected' || into.status === 'rejected')
        throw new ConflictException('A rejected proposal cannot be merged');
      if (into.status === 'merged')
        throw new ConflictException({
          message: 'The target source was itself merged',
          mergedIntoId: into.mergedIntoId,
        });
      const before = { from: snapshot(from), into: snapshot(into) };
      const taken = new Set((into.aliases ?? []).map((alias) => aliasKey(alias.normalized)));
      const move: number[] = [];
      const drop: number[] = [];
      for (const alias of from.aliases ?? []) {
        if (taken.has(aliasKey(alias.normalized))) drop.push(alias.id);
        else {
          taken.add(aliasKey(alias.normalized));
          move.push(alias.id);
        }
      }
      const claimsMoved = await this.writer.moveSourceClaims(
        manager,
        { fromSourceId: from.id, intoSourceId: into.id, campId: into.campId },
        user,
      );
      await this.sources.deleteAliases(drop, manager);
      await this.sources.moveAliases(move, into.id, manager);
      await this.sources.updateSource(from.id, { status: 'merged', mergedIntoId: into.id }, manager);
      await this.sources.repointMerged(from.id, into.id, manager);
      const after = {
        from: snapshot(await this.requireIn(from.id, manager)),
        into: snapshot(await this.requireIn(into.id, manager)),
        claimsMoved,
      };
      await this.audit.record({ user, entity: 'source', entityId: from.id, action: 'merge', before, after }, manager);
    });
    this.extractor.invalidate();
    return this.get(input.intoId);
  }

  /**
   * Ingestion: maps each unregistered mention to a source, creating one proposal per distinct
   * normalized mention (the same mention in another article joins the existing proposal).
   * Runs inside the article's transaction: a refused article leaves no proposal behind.
   */
  async resolveMentions(
    conflictId: string,
    mentions: readonly MentionInput[],
    user: AuthUser | null,
    manager: EntityManager,
  ): Promise<Map<string, ResolvedSource>> {
    const wanted = new Map<string, MentionInput & { normalized: string }>();
    for (const mention of mentions) {
      // Unnamed speakers and unresolved back-references («المصدر», "the source") never become sources:
      // their claims keep the extractor's camp and no source.
      if (mention.kind === 'anonymous' || isGenericMention(mention.mention)) continue;
      const normalized = normalizeMention(mention.mention).slice(0, 255);
      if (normalized && !wanted.has(aliasKey(normalized))) wanted.set(aliasKey(normalized), { ...mention, normalized });
    }
    const { resolved, rejected } = await this.matchMentions(
      conflictId,
      [...wanted.values()].map((mention) => mention.normalized),
      manager,
    );
    for (const [key, mention] of wanted) {
      // A rejected proposal is remembered: the same mention is not proposed again.
      if (resolved.has(key) || rejected.has(key)) continue;
      const normalized = mention.normalized;
      const name = mention.mention.trim().replace(/\s+/g, ' ').slice(0, 255);
      const source = {
        conflictId,
        registryKey: null,
        campId: mention.camp,
        kind: mention.kind,
        nameAr: ARABIC.test(name) ? name : '',
        nameEn: ARABIC.test(name) ? '' : name,
        status: 'proposed' as const,
      };
      const proposal = await this.sources.insertProposal({ ...source, proposalKey: key.slice(0, 255) }, manager);
      if (!proposal.created) {
        // Another transaction proposed the same mention at the same time: its proposal is this one's too.
        resolved.set(key, { id: proposal.id, camp: proposal.campId, status: 'proposed', name: proposal.name });
        continue;
      }
      await this.sources.insertAliases([{ sourceId: proposal.id, alias: name, normalized }], manager);
      await this.audit.record(
        { user, entity: 'source', entityId: proposal.id, action: 'propose', after: { ...source, aliases: [name] } },
        manager,
      );
      resolved.set(key, { id: proposal.id, camp: mention.camp, status: 'proposed', name });
    }
    return resolved;
  }

  /** Read-only lookup of normalized mentions (preview), keyed by aliasKey: active sources win over proposals. */
  async lookupMentions(
    conflictId: string,
    normalized: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, ResolvedSource>> {
    return (await this.matchMentions(conflictId, normalized, manager)).resolved;
  }

  /** Sources owning these mentions (active before proposed), and the mentions only rejected proposals own. */
  private async matchMentions(conflictId: string, normalized: readonly string[], manager?: EntityManager) {
    const matches = await this.sources.findByNormalizedAliases(conflictId, normalized, manager);
    const resolved = new Map<string, ResolvedSource>();
    const rejected = new Set<string>();
    const rank = (match: AliasMatch) => (match.status === 'active' ? 0 : 1);
    for (const match of matches) {
      if (match.status === 'rejected') {
        rejected.add(aliasKey(match.normalized));
        continue;
      }
      const current = resolved.get(aliasKey(match.normalized));
      if (current && (current.status === 'active' || rank(match) >= 1)) continue;
      resolved.set(aliasKey(match.normalized), {
        id: match.sourceId,
        camp: match.campId,
        status: match.status === 'active' ? 'active' : 'proposed',
        name: match.nameAr || match.nameEn,
      });
    }
    return { resolved, rejected };
  }

  private async applyChanges(
    before: SourceEntity,
    input: { nameAr?: string; nameEn?: string; camp?: CampId; kind?: SourceKind },
    replaceAliases: string[] | undefined,
    manager: EntityManager,
    user: AuthUser | null,
  ): Promise<void> {
    const nameAr = input.nameAr?.trim() ?? before.nameAr;
    const nameEn = input.nameEn?.trim() ?? before.nameEn;
    const current = before.aliases ?? [];
    // Names of analyst-managed sources are matched too; the built-in ones keep the registry's alias list.
    const names = before.registryKey
      ? []
      : [input.nameAr, input.nameEn].filter((name): name is string => Boolean(name));
    const desired = toAliases(
      replaceAliases ? [...names, ...replaceAliases] : [...current.map((alias) => alias.alias), ...names],
    );
    const changedNames = [
      input.nameAr !== undefined && nameAr !== before.nameAr ? nameAr : null,
      input.nameEn !== undefined && nameEn !== before.nameEn ? nameEn : null,
    ].filter((name): name is string => Boolean(name));
    await this.assertFree(before.conflictId, before.id, changedNames, desired, manager);
    const desiredSet = new Set(desired.map((alias) => aliasKey(alias.normalized)));
    const currentSet = new Set(current.map((alias) => aliasKey(alias.normalized)));
    await this.sources.deleteAliases(
      current.filter((alias) => !desiredSet.has(aliasKey(alias.normalized))).map((alias) => alias.id),
      manager,
    );
    await this.sources.insertAliases(
      desired
        .filter((alias) => !currentSet.has(aliasKey(alias.normalized)))
        .map((alias) => ({ ...alias, sourceId: before.id })),
      manager,
    );
    if (input.camp && input.camp !== before.campId) await this.assertCampOf(before.conflictId, input.camp);
    const changes: Parameters<SourcesRepository['updateSource']>[1] = {
      nameAr,
      nameEn,
      campId: input.camp ?? before.campId,
      kind: input.kind ?? before.kind,
    };
    await this.sources.updateSource(before.id, changes, manager);
    if (input.camp && input.camp !== before.campId) {
      await this.writer.moveSourceClaims(
        manager,
        { fromSourceId: before.id, intoSourceId: before.id, campId: input.camp },
        user,
      );
    }
  }

  /** 409 when a name or alias already identifies another (non-merged) source: two sources must never match the same mention. */
  /** A source speaks for a camp of its own conflict. */
  private async assertCampOf(conflictId: string, camp: string): Promise<void> {
    if (!(await this.conflicts.findCamp(conflictId, camp)))
      throw new BadRequestException({
        message: 'Validation failed',
        errors: [{ field: 'camp', messages: [`${camp} is not a camp of ${conflictId}`] }],
      });
  }

  private async assertFree(
    conflictId: string,
    selfId: number | null,
    names: readonly string[],
    aliases: readonly NewAlias[],
    manager: EntityManager,
  ): Promise<void> {
    const wantedNames = new Set(names.map(normalizeMention).filter(Boolean));
    if (wantedNames.size) {
      const clash = (await this.sources.findOpenNames(conflictId, manager)).find(
        (other) =>
          other.id !== selfId &&
          [other.nameAr, other.nameEn].some((name) => name && wantedNames.has(normalizeMention(name))),
      );
      if (clash)
        throw new ConflictException({
          message: `A source with this name already exists (${clash.nameEn || clash.nameAr})`,
          existingId: clash.id,
        });
    }
    const owners = (
      await this.sources.findByNormalizedAliases(
        conflictId,
        aliases.map((alias) => alias.normalized),
        manager,
      )
    ).filter((match) => match.sourceId !== selfId && match.status !== 'rejected');
    if (owners.length) {
      const alias =
        aliases.find((candidate) => candidate.normalized === owners[0].normalized)?.alias ?? owners[0].normalized;
      throw new ConflictException({
        message: `The alias "${alias}" already belongs to another source`,
        existingId: owners[0].sourceId,
      });
    }
  }

  private async require(id: number): Promise<SourceEntity> {
    const source = await this.sources.findById(id);
    if (!source) throw new NotFoundException(`Source ${id} not found`);
    return source;
  }

  private async requireIn(id: number, manager: EntityManager): Promise<SourceEntity> {
    const source = await this.sources.findById(id, manager);
    if (!source) throw new NotFoundException(`Source ${id} not found`);
    return source;
  }

  private async toDto(source: SourceEntity): Promise<SourceDto> {
    const counts = await this.sources.claimCounts([source.id]);
    return toSourceDto(source, counts.get(source.id) ?? 0);
  }
}
