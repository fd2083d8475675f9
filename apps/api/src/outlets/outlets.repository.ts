import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutletEntity } from './outlet.entity.js';

export type OutletWithCount = { id: number; name: string; url: string | null; articleCount: number };
import { insertedId } from '../articles/inserted-id.js';

@Injectable()
export class OutletsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The stored outlet of that name. On MariaDB a locking read: it waits for a transaction that has just inserted the
   * name and sees the row only once committed, where an overlapped import batch's READ UNCOMMITTED would see it at once
   * and OutletsService would cache an id that a rollback can undo.
   */
  async findByName(name: string, manager: EntityManager = this.dataSource.manager): Promise<OutletEntity | null> {
    if (manager.connection.options.type === 'better-sqlite3')
      return manager.getRepository(OutletEntity).findOne({ where: { name } });
    const [row] = await manager.query<{ id: number; name: string; url: string | null }[]>(
      'SELECT id, name, url FROM outlets WHERE name = ? LOCK IN SHARE MODE',
      [name],
    );
    return row ? Object.assign(new OutletEntity(), { ...row, id: Number(row.id) }) : null;
  }

  /**
   * Inserts the outlet, or returns the id of the outlet of that name (uq_outlets_name) another transaction stored
   * first: two transactions (an import batch and a single article, say) may both look a new name up before either
   * has inserted it, then both insert. On MariaDB the duplicate-key check waits for the other transaction and takes
   * its row, where a plain INSERT failed (the single article with a 409).
   */
  async insertOrFind(
    name: string,
    url: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (manager.connection.options.type === 'better-sqlite3') {
      // SQLite writes one transaction at a time: no other can hold the name unseen.
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(OutletEntity)
        .values({ name, url })
        .updateEntity(false)
        .execute();
      return insertedId(result);
    }
    const header = await manager.query<{ insertId: number }>(
      'INSERT INTO outlets (name, url) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)',
      [name, url],
    );
    return Number(header.insertId);
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
