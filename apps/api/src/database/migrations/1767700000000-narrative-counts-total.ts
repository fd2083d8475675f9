import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_narrative_counts_total: tagged claims per (conflict, narrative, camp, status), claim_narrative_counts_monthly
 * without the month, for what reads a whole conflict's tags (no window): the narrative share, the blindspot
 * narratives and a narrative's list total. Keyed narrative first, so one narrative's total is one short range.
 * Under a team's load every tag makes these recomputed, and at 1 M claims each summed the ~7k monthly rows (the
 * total of one narrative read them all: the monthly key has no narrative before the month): over half the rows
 * MariaDB examined with the analytics cache on. Filled from the monthly rollup, which is exact; kept by
 * RollupsRepository with it.
 */
export class NarrativeCountsTotal1767700000000 implements MigrationInterface {
  name = 'NarrativeCountsTotal1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_total',
        columns: [
          key(varchar('conflict_id', 64)),
          key(int('narrative_id')),
          key(varchar('camp_id', 16)),
          key(varchar('status', 20)),
          int('n'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_total (conflict_id, narrative_id, camp_id, status, n)
       SELECT r.conflict_id, r.narrative_id, r.camp_id, r.status, SUM(r.n)
       FROM claim_narrative_counts_monthly r
       GROUP BY r.conflict_id, r.narrative_id, r.camp_id, r.status HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_narrative_counts_total', true);
  }
}
