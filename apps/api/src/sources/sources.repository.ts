import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import type { CampId, SourceKind } from '@claimline/contracts';
import { ClaimEntity } from '../claims/claim.entity.js';
import { SourceAliasEntity } from './source-alias.entity.js';
import { SourceEntity, type SourceStatus } from './source.entity.js';

export type NewSource = {
  conflictId: string;
  registryKey: string | null;
  campId: CampId;
  kind: SourceKind;
  nameAr: string;
  nameEn: string;
  status: SourceStatus;
  proposalKey?: string | null;
};

export type NewAlias = { alias: string; normalized: string };

export type AliasMatch = {
  normalized: string;
  sourceId: number;
  campId: CampId;
  status: SourceStatus;
  nameAr: string;
  nameEn: string;
};

export type SourceListFilters = {
  conflictId: string;
  /** Already normalized with normalizeArabic. */
  q?: string;
  camps?: CampId[];
  statuses: SourceStatus[];
  limit: number;
  afterId?: number;
};

const CHUNK = 300;
import { insertedId } from '../articles/inserted-id.js';
import { isUniqueViolation } from '../database/unique-violation.js';

@Injectable()
export class SourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async existingRegistryKeys(conflictId: string, manager?: EntityManager): Promise<Set<string>> {
    const rows: { key: string }[] = await this.m(manager)
      .getRepository(SourceEntity)
      .createQueryBuilder('s')
      .select('s.registry_key', 'key')
      .where('s.conflict_id = :conflictId AND s.registry_key IS NOT NULL', { conflictId })
      .getRawMany();
    return new Set(rows.map((row) => row.key));
  }

  /** Bulk insert of registry sources and their aliases: a handful of statements, whatever the registry's size. */
  async insertRegistry(
    entries: readonly (NewSource & { aliases: NewAlias[] })[],
    manager: EntityManager,
  ): Promise<void> {
    const now = new Date();
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = entries.slice(i, i + CHUNK);
      await manager
        .createQueryBuilder()
        .insert()
        .into(SourceEntity)
        .values(
          chunk.map(({ aliases: _aliases, ...source }) => ({
            ...source,
            mergedIntoId: null,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .updateEntity(false)
        .execute();
      const keys = chunk.map((entry) => entry.registryKey as string);
      const ids = await manager.getRepository(SourceEntity).find({
        select: { id: true, registryKey: true, conflictId: true },
        where: { registryKey: In(keys) },
      });
      const idByKey = new Map(ids.map((row) => [`${row.conflictId} ${row.registryKey}`, row.id]));
      const aliasRows = chunk.flatMap((entry) =>
        entry.aliases.map((alias) => ({
          ...alias,
          sourceId: idByKey.get(`${entry.conflictId} ${entry.registryKey}`) as number,
        })),
      );
      await this.insertAliases(aliasRows, manager);
    }
  }

  async insertAliases(rows: readonly (NewAlias & { sourceId: number })[], manager?: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.m(manager)
        .createQueryBuilder()
        .insert()
        .into(SourceAliasEntity)
        .values(rows.slice(i, i + CHUNK))
        .updateEntity(false)
        .execute();
    }
  }

  /** The sources extraction uses: a conflict's active ones, with their aliases. */
  findActiveWithAliases(conflictId: string): Promise<SourceEntity[]> {
    return this.findWithAliases(conflictId, ['active']);
  }

  /** A conflict's sources of these statuses with their aliases (extraction, pack export). */
  findWithAliases(
    conflictId: string,
    statuses: readonly SourceStatus[],
    manager?: EntityManager,
  ): Promise<SourceEntity[]> {
    return this.m(manager)
      .getRepository(SourceEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.aliases', 'a')
      .where('s.conflict_id = :conflictId AND s.status IN (:...statuses)', { conflictId, statuses })
      .orderBy('s.id', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** A conflict's non-merged sources owning any of these normalized aliases (one query for all of an article's unknown mentions). */
  async findByNormalizedAliases(
    conflictId: string,
    normalized: readonly string[],
    manager?: EntityManager,
  ): Promise<AliasMatch[]> {
    if (!normalized.length) return [];
    const rows: AliasMatch[] = await this.m(manager)
      .getRepository(SourceAliasEntity)
      .createQueryBuilder('a')
      .innerJoin(SourceEntity, 's', 's.id = a.source_id')
      .select([
        'a.normalized AS normalized',
        's.id AS sourceId',
        's.camp_id AS campId',
        's.status AS status',
        's.name_ar AS nameAr',
        's.name_en AS nameEn',
      ])
      .where('a.normalized IN (:...normalized)', { normalized: [...normalized] })
      .andWhere('s.conflict_id = :conflictId', { conflictId })
      .andWhere("s.status <> 'merged'")
      .orderBy('s.id', 'ASC')
      .getRawMany();
    return rows.map((row) => ({ ...row, sourceId: Number(row.sourceId) }));
  }

  async insertSource(source: NewSource, manager: EntityManager): Promise<number> {
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SourceEntity)
      .values({ ...source, mergedIntoId: null, createdAt: now, updatedAt: now })
      .updateEntity(false)
      .execute();
    return insertedId(result);
  }

  /**
   * Inserts an ingestion proposal under its key, or finds the one another transaction made under that key first
   * (uq_sources_conflict_proposal). On MariaDB the insert waits for that transaction: it fails only once the other
   * committed (it goes in if the other rolled back), and the locking read then sees the committed row.
   */
  async insertProposal(
    source: NewSource & { proposalKey: string },
    manager: EntityManager,
  ): Promise<{ created: true; id: number } | { created: false; id: number; campId: CampId; name: string }> {
    try {
      return { created: true, id: await this.insertSource(source, manager) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const lock = manager.connection.options.type === 'better-sqlite3' ? '' : ' LOCK IN SHARE MODE';
      const [row] = await manager.query<{ id: number; campId: CampId; nameAr: string; nameEn: string }[]>(
        `SELECT id, camp_id AS campId, name_ar AS nameAr, name_en AS nameEn FROM sources
          WHERE conflict_id = ? AND proposal_key = ?${lock}`,
        [source.conflictId, source.proposalKey],
      );
      if (!row) throw error;
      return { created: false, id: Number(row.id), campId: row.campId, name: row.nameAr || row.nameEn };
    }
  }

  findById(id: number, manager?: EntityManager): Promise<SourceEntity | null> {
    return this.m(manager)
      .getRepository(SourceEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.aliases', 'a')
      .where('s.id = :id', { id })
      .orderBy('a.id', 'ASC')
      .getOne();
  }

  list(filters: SourceListFilters): Promise<SourceEntity[]> {
    const idQuery = this.dataSource
      .getRepository(SourceEntity)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .where('s.conflict_id = :conflictId', { conflictId: filters.conflictId })
      .andWhere('s.status IN (:...statuses)', { statuses: filters.statuses })
      .orderBy('s.id', 'ASC')
      .limit(filters.limit);
    if (filters.camps?.length) idQuery.andWhere('s.camp_id IN (:...camps)', { camps: filters.camps });
    if (filters.afterId) idQuery.andWhere('s.id > :afterId', { afterId: filters.afterId });
    if (filters.q) {
      const like = `%${filters.q.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      idQuery.andWhere(
        new Brackets((qb) => {
          qb.where("LOWER(s.name_en) LIKE :like ESCAPE '!'", { like })
            .orWhere("s.name_ar LIKE :like ESCAPE '!'", { like })
            .orWhere(
              "EXISTS (SELECT 1 FROM source_aliases qa WHERE qa.source_id = s.id AND qa.normalized LIKE :like ESCAPE '!')",
              { like },
            );
        }),
      );
    }
    return idQuery.getRawMany<{ id: number }>().then(async (rows) => {
      if (!rows.length) return [];
      return this.dataSource
        .getRepository(SourceEntity)
        .createQueryBuilder('s')
        .leftJoinAndSelect('s.aliases', 'a')
        .where('s.id IN (:...ids)', { ids: rows.map((row) => Number(row.id)) })
        .orderBy('s.id', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany();
    });
  }

  async claimCounts(sourceIds: readonly number[], manager?: EntityManager): Promise<Map<number, number>> {
    if (!sourceIds.length) return new Map();
    const rows: { sourceId: number; count: string | number }[] = await this.m(manager)
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .select('c.source_id', 'sourceId')
      .addSelect('COUNT(*)', 'count')
      .where('c.source_id IN (:...ids)', { ids: [...sourceIds] })
      .groupBy('c.source_id')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.sourceId), Number(row.count)]));
  }

  /** Non-merged sources, for duplicate-name checks (names only: small rows). */
  findOpenNames(
    conflictId: string,
    manager?: EntityManager,
  ): Promise<Pick<SourceEntity, 'id' | 'nameAr' | 'nameEn'>[]> {
    return this.m(manager)
      .getRepository(SourceEntity)
      .find({
        select: { id: true, nameAr: true, nameEn: true },
        where: { conflictId, status: In(['active', 'proposed']) },
      });
  }

  async updateSource(
    id: number,
    changes: Partial<Pick<SourceEntity, 'campId' | 'kind' | 'nameAr' | 'nameEn' | 'status' | 'mergedIntoId'>>,
    manager: EntityManager,
  ): Promise<void> {
    // Every change is an analyst's: the source no longer waits for review under its proposal key.
    await manager.getRepository(SourceEntity).update({ id }, { ...changes, proposalKey: null, updatedAt: new Date() });
  }

  async deleteAliases(ids: readonly number[], manager: EntityManager): Promise<void> {
    if (ids.length) await manager.getRepository(SourceAliasEntity).delete({ id: In([...ids]) });
  }

  async moveAliases(ids: readonly number[], toSourceId: number, manager: EntityManager): Promise<void> {
    if (ids.length)
      await manager.getRepository(SourceAliasEntity).update({ id: In([...ids]) }, { sourceId: toSourceId });
  }

  /**
   * Claims keep camp_id denormalized: a camp change or a merge rewrites them in the same transaction.
   * The version bump makes an analyst's edit based on the old state fail with 409 instead of undoing this.
   */
  async repointMerged(fromSourceId: number, toSourceId: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(SourceEntity).update({ mergedIntoId: fromSourceId }, { mergedIntoId: toSourceId });
  }
}
