import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_camp_counts_daily: claim_counts_daily without the source, for every count that neither filters
 * nor groups by source (the camp, status and narrative series, first-page totals, the narrative share's
 * edge days). claim_counts_daily grows with sources × days (52k rows at 100k claims, about half a million
 * at 1 M); without the source a conflict's rows stop growing at days × camps × statuses × precisions
 * (20k at 100k claims, little more at 1 M), so a week or status total reads a few thousand index entries
 * instead of the conflict's whole source-keyed rollup. Filled from claim_counts_daily, which is exact.
 * Kept by RollupsRepository.adjust with the others.
 */
export class CampCountsDaily1766600000000 implements MigrationInterface {
  name = 'CampCountsDaily1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: ReturnType<typeof varchar>) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_camp_counts_daily',
        columns: [
          key(varchar('conflict_id', 64)),
          key(varchar('event_day', 10)),
          key(varchar('camp_id', 16)),
          key(varchar('status', 20)),
          key(varchar('date_precision', 10)),
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
          { ...int('tagged'), default: 0 },
        ],
        indices: [
          // Weekly and monthly series: the conflict's rows in bucket order, read from the index alone.
          new TableIndex({
            name: 'idx_cccd_week',
            columnNames: ['conflict_id', 'event_week', 'camp_id', 'status', 'date_precision', 'n', 'tagged'],
          }),
          new TableIndex({
            name: 'idx_cccd_month',
            columnNames: ['conflict_id', 'event_month', 'camp_id', 'status', 'date_precision', 'n', 'tagged'],
          }),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_camp_counts_daily (conflict_id, event_day, camp_id, status, date_precision, event_week, event_month, n, tagged)
       SELECT r.conflict_id, r.event_day, r.camp_id, r.status, r.date_precision, MIN(r.event_week), MIN(r.event_month), SUM(r.n), SUM(r.tagged)
       FROM claim_counts_daily r
       GROUP BY r.conflict_id, r.event_day, r.camp_id, r.status, r.date_precision HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_camp_counts_daily', true);
  }
}
