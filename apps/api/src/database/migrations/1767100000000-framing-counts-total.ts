import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * framing_counts_total: framing_counts_daily without the publication day, for the framing chart of a whole
 * conflict (no from/to window). Grouped per outlet, camp, label, tone and voice, a conflict's labels are a
 * few hundred rows however many articles it has (1 M claims: 108 rows against 69k daily ones, whose
 * grouping was the costliest dashboard statement under a team's load with the cache off: ~0.45 s, 40 ms
 * alone). Filled from framing_counts_daily, which is exact; kept by RollupsRepository with it.
 */
export class FramingCountsTotal1767100000000 implements MigrationInterface {
  name = 'FramingCountsTotal1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'framing_counts_total',
        columns: [
          key(varchar('conflict_id', 64)),
          key(int('outlet_id')),
          key(varchar('camp_id', 16)),
          key(varchar('label', 120)),
          key(varchar('tone', 12)),
          key(varchar('voice', 10)),
          int('n'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO framing_counts_total (conflict_id, outlet_id, camp_id, label, tone, voice, n)
       SELECT r.conflict_id, r.outlet_id, r.camp_id, r.label, r.tone, r.voice, SUM(r.n)
       FROM framing_counts_daily r
       GROUP BY r.conflict_id, r.outlet_id, r.camp_id, r.label, r.tone, r.voice HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('framing_counts_total', true);
  }
}
