import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RawRow } from './analytics-columns.js';

/** The articles claims come from, for cards that name the outlet and link to the piece (compare, contested). */
@Injectable()
export class ClaimArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(ids: readonly number[]): Promise<RawRow[]> {
    const rows: RawRow[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      rows.push(
        ...(await this.dataSource.query<RawRow[]>(
          `SELECT a.id AS id, a.title AS title, a.url AS url, a.published_at AS published_at, o.name AS outlet
           FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
           WHERE a.id IN (${chunk.map(() => '?').join(', ')}) ORDER BY a.id`,
          chunk,
        )),
      );
    }
    return rows;
  }
}
