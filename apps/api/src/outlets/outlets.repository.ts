import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutletEntity } from './outlet.entity.js';

export type OutletWithCount = { id: number; name: string; url: string | null; articleCount: number };
import { insertedId } from '../articles/inserted-id.js';

@Injectable()
export class OutletsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByName(name: string, manager: EntityManager = this.dataSource.manager): Promise<OutletEntity | null> {
    return manager.getRepository(OutletEntity).findOne({ where: { name } });
  }

  async insert(name: string, url: string | null, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutletEntity)
      .values({ name, url })
      .updateEntity(false)
      .execute();
    return insertedId(result);
  }

  async findAllWithCounts(): Promise<OutletWithCount[]> {
    const rows: { id: number; name: string; url: string | null; articleCount: string | number }[] =
      await this.dataSource
        .getRepository(OutletEntity)
        .createQueryBuilder('o')
        .select(['o.id AS id', 'o.name AS name', 'o.url AS url'])
        .addSelect('(SELECT COUNT(*) FROM articles a WHERE a.outlet_id = o.id)', 'articleCount')
        .orderBy('o.name', 'ASC')
        .getRawMany();
    return rows.map((row) => ({
      id: Number(row.id),
      name: row.name,
      url: row.url,
      articleCount: Number(row.articleCount),
    }));
  }
}
