import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { GazetteerEntry } from '@claimline/contracts';
import { LocationEntity } from './location.entity.js';

@Injectable()
export class LocationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A conflict's places (its gazetteer), or every conflict's. */
  findAll(conflictId?: string, manager: EntityManager = this.dataSource.manager): Promise<LocationEntity[]> {
    return manager
      .getRepository(LocationEntity)
      .find({ where: conflictId ? { conflictId } : {}, order: { id: 'ASC' } });
  }

  async existingKeys(conflictId: string, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { key: string }[] = await manager
      .getRepository(LocationEntity)
      .createQueryBuilder('l')
      .select('l.location_key', 'key')
      .where('l.conflict_id = :conflictId', { conflictId })
      .getRawMany();
    return new Set(rows.map((row) => row.key));
  }

  /** One multi-row INSERT per chunk: a pack's gazetteer loads in a few statements. */
  async insertMany(
    conflictId: string,
    entries: readonly GazetteerEntry[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const rows = entries.map((entry) => ({
      conflictId,
      key: entry.key,
      nameAr: entry.nameAr,
      nameEn: entry.nameEn,
      aliases: entry.aliases.join('\n'),
      lat: entry.lat,
      lon: entry.lon,
      kind: entry.kind,
      ambiguous: Boolean(entry.ambiguous),
      ambiguousLanguage: typeof entry.ambiguous === 'string' ? entry.ambiguous : null,
      abroad: entry.abroad ?? false,
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(LocationEntity)
        .values(rows.slice(i, i + 200))
        .updateEntity(false)
        .execute();
    }
  }

  async existingIds(ids: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await manager
      .getRepository(LocationEntity)
      .find({ select: { id: true }, where: { id: In([...ids]) } });
    return new Set(rows.map((row) => row.id));
  }
}
