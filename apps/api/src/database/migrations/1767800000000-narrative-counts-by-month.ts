import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_narrative_counts_by_month: tagged claims per (conflict, narrative, month), every camp and status summed,
 * for the month chart by narrative of a whole conflict (no camp, status, precision or window). Under a team's load
 * every tag makes that chart recomputed; at 1 M claims it summed the ~7k rows of claim_narrative_counts_monthly
 * (camps × statuses × months × narratives) into ~250. Filled from that rollup, which is exact; kept by
 * RollupsRepository with it.
 */
export class NarrativeCountsByMonth1767800000000 implements MigrationInterface {
  name = 'NarrativeCountsByMonth1767800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_by_month',
        columns: [key(varchar('conflict_id', 64)), key(varchar('event_month', 7)), key(int('narrative_id')), int('n')],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_by_month (conflict_id, event_month, narrative_id, n)
       SELECT r.conflict_id, r.event_month, r.narrative_id, SUM(r.n)
       FROM claim_narrative_counts_monthly r
       GROUP BY r.conflict_id, r.event_month, r.narrative_id HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_narrative_counts_by_month', true);
  }
}
