import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CampDefinition } from '@claimline/contracts';
import { CampEntity } from './camp.entity.js';

@Injectable()
export class CampsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(): Promise<CampEntity[]> {
    return this.dataSource.getRepository(CampEntity).find({ order: { sortOrder: 'ASC' } });
  }

  /** Inserts missing camps and refreshes names and colours of existing ones. */
  async upsertMany(camps: readonly CampDefinition[]): Promise<void> {
    await this.dataSource.getRepository(CampEntity).upsert(
      camps.map((camp) => ({ ...camp })),
      ['id'],
    );
  }
}
