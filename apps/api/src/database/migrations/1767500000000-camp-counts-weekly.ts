import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_camp_counts_weekly: claims (and tagged claims) per (conflict, week, camp, status, date precision), for the
 * weekly series by camp or status without a window — the dashboard's first chart. Read from claim_camp_counts_daily,
 * that series grouped every daily row of the conflict (1 M claims: ~44k rows, 0.3 s under a team's load with the
 * cache off); a week's rows are about a seventh of them. Filled from claim_camp_counts_daily, which is exact; kept
 * by RollupsRepository.adjust with the others.
 */
export class CampCountsWeekly1767500000000 implements MigrationInterface {
  name = 'CampCountsWeekly1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_camp_counts_weekly',
        columns: [
          key(varchar('conflict_id', 64)),
          key(varchar('event_week', 10)),
          key(varchar('camp_id', 16)),
          key(varchar('status', 20)),
          key(varchar('date_precision', 10)),
          int('n'),
          int('tagged'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_camp_counts_weekly (conflict_id, event_week, camp_id, status, date_precision, n, tagged)
       SELECT r.conflict_id, r.event_week, r.camp_id, r.status, r.date_precision, SUM(r.n), SUM(r.tagged)
       FROM claim_camp_counts_daily r
       GROUP BY r.conflict_id, r.event_week, r.camp_id, r.status, r.date_precision HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_camp_counts_weekly', true);
  }
}
