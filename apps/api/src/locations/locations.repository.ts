import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { GazetteerEntry } from '@claimline/contracts';
import { LocationEntity } from './location.entity.js';

@Injectable()
export class LocationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(): Promise<LocationEntity[]> {
    return this.dataSource.getRepository(LocationEntity).find({ order: { id: 'ASC' } });
  }

  async existingKeys(): Promise<Set<string>> {
    const rows: { key: string }[] = await this.dataSource
      .getRepository(LocationEntity)
      .createQueryBuilder('l')
      .select('l.location_key', 'key')
      .getRawMany();
    return new Set(rows.map((row) => row.key));
  }

  /** One multi-row INSERT per chunk: the gazetteer loads in a few statements at first start. */
  async insertMany(entries: readonly GazetteerEntry[]): Promise<void> {
    const rows = entries.map((entry) => ({
      key: entry.key,
      nameAr: entry.nameAr,
      nameEn: entry.nameEn,
      aliases: entry.aliases.join('\n'),
      lat: entry.lat,
      lon: entry.lon,
      kind: entry.kind,
      ambiguous: entry.ambiguous ?? false,
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.dataSource
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
