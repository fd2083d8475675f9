import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { claimColumns, type RawRow } from './analytics-columns.js';

export type DismissalRow = { id: number; low: number; high: number };

/** contested_dismissals: pairs analysts judged not to be contradictions, stored lower claim id first. */
@Injectable()
export class ContestedDismissalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async existingClaims(ids: readonly number[], manager: EntityManager): Promise<Set<number>> {
    const rows: { id: number }[] = await manager.query(
      `SELECT id FROM claims WHERE id IN (${ids.map(() => '?').join(', ')})`,
      [...ids],
    );
    return new Set(rows.map((row) => Number(row.id)));
  }

  async findPair(low: number, high: number, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<DismissalRow[]>(
      'SELECT id, low_claim_id AS low, high_claim_id AS high FROM contested_dismissals WHERE low_claim_id = ? AND high_claim_id = ?',
      [low, high],
    );
    return row ? toDismissalRow(row) : null;
  }

  async findById(id: number, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<DismissalRow[]>(
      'SELECT id, low_claim_id AS low, high_claim_id AS high FROM contested_dismissals WHERE id = ?',
      [id],
    );
    return row ? toDismissalRow(row) : null;
  }

  /** Inserts and returns the new id, read back through the unique pair index (insert ids differ by driver). The time is
   * written as UTC text, as TypeORM writes datetime columns: better-sqlite3 cannot bind a Date. */
  async insert(low: number, high: number, userId: number | null, manager: EntityManager): Promise<number> {
    await manager.query(
      'INSERT INTO contested_dismissals (low_claim_id, high_claim_id, dismissed_by_id, dismissed_at) VALUES (?, ?, ?, ?)',
      [low, high, userId, new Date().toISOString().replace('T', ' ').replace('Z', '')],
    );
    return (await this.findPair(low, high, manager))!.id;
  }

  async delete(id: number, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM contested_dismissals WHERE id = ?', [id]);
  }

  /** Newest first, with both claims as the analytics DTOs read them and who dismissed the pair. */
  list(limit: number): Promise<RawRow[]> {
    return this.dataSource.query(
      `SELECT d.id AS id, d.dismissed_at AS dismissed_at, d.dismissed_by_id AS user_id, u.email AS user_email,
         ${claimColumns('a', 'sa', 'a_').join(', ')}, ${claimColumns('b', 'sb', 'b_').join(', ')}
       FROM contested_dismissals d
       JOIN claims a ON a.id = d.low_claim_id
       JOIN claims b ON b.id = d.high_claim_id
       LEFT JOIN sources sa ON sa.id = a.source_id
       LEFT JOIN sources sb ON sb.id = b.source_id
       LEFT JOIN users u ON u.id = d.dismissed_by_id
       ORDER BY d.id DESC
       LIMIT ?`,
      [limit],
    );
  }
}

const toDismissalRow = (row: DismissalRow): DismissalRow => ({
  id: Number(row.id),
  low: Number(row.low),
  high: Number(row.high),
});
