import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_counts_daily and claim_narrative_counts_daily gain date_precision as their last key column
 * (issue #15): a time series must leave claims known only to the week or the month out of finer
 * buckets, so the rollups have to tell them apart, and the dashboard's "leave out publication-only
 * dates" filter (precision) can then be answered from them instead of the claims table.
 *
 * Both tables are recreated and refilled from the claims, with the same statements as
 * RollupsRepository.rebuild frozen here so this migration never changes with the code. The monthly
 * rollups stay as they are (the narrative share does not need the precision).
 */
export class RollupsByDatePrecision1766300000000 implements MigrationInterface {
  name = 'RollupsByDatePrecision1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.recreate(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.recreate(queryRunner, false);
  }

  /** Both daily rollups with (withPrecision) or without the date_precision key column, filled from claims. */
  private async recreate(queryRunner: QueryRunner, withPrecision: boolean): Promise<void> {
    await queryRunner.dropTable('claim_counts_daily', true);
    await queryRunner.dropTable('claim_narrative_counts_daily', true);
    const key = (column: ReturnType<typeof varchar>) => ({ ...column, isPrimary: true });
    const precision = withPrecision ? [key(varchar('date_precision', 10))] : [];
    // In the covering indexes too: the series read it to keep coarser claims out of finer buckets.
    const precisionColumn = withPrecision ? ['date_precision'] : [];
    await queryRunner.createTable(
      new Table({
        name: 'claim_counts_daily',
        columns: [
          key(varchar('conflict_id', 64)),
          key(varchar('event_day', 10)),
          key(varchar('camp_id', 16)),
          { ...int('source_id'), isPrimary: true },
          key(varchar('status', 20)),
          ...precision,
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
          { ...int('tagged'), default: 0 },
        ],
        indices: [
          new TableIndex({
            name: 'idx_ccd_camp_day',
            columnNames: ['conflict_id', 'camp_id', 'event_day', 'source_id', ...precisionColumn, 'n'],
          }),
          new TableIndex({
            name: 'idx_ccd_week',
            columnNames: ['conflict_id', 'event_week', 'camp_id', 'source_id', ...precisionColumn, 'n'],
          }),
          new TableIndex({ name: 'idx_ccd_month', columnNames: ['conflict_id', 'event_month', 'camp_id', 'n'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_daily',
        columns: [
          key(varchar('conflict_id', 64)),
          key(varchar('event_day', 10)),
          key(varchar('camp_id', 16)),
          { ...int('narrative_id'), isPrimary: true },
          key(varchar('status', 20)),
          ...precision,
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
        ],
        indices: [
          new TableIndex({
            name: 'idx_cncd_camp_narrative',
            columnNames: ['conflict_id', 'camp_id', 'narrative_id', 'n'],
          }),
        ],
      }),
    );
    const p = withPrecision ? ', c.date_precision' : '';
    const pColumn = withPrecision ? ', date_precision' : '';
    const tagged = 'SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)';
    await queryRunner.query(
      `INSERT INTO claim_counts_daily (conflict_id, event_day, camp_id, source_id, status${pColumn}, event_week, event_month, n, tagged)
       SELECT c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status${p}, MIN(c.event_week), MIN(c.event_month), COUNT(*), ${tagged}
       FROM claims c GROUP BY c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status${p}`,
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_daily (conflict_id, event_day, camp_id, narrative_id, status${pColumn}, event_week, event_month, n)
       SELECT c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status${p}, MIN(c.event_week), MIN(c.event_month), COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id
       GROUP BY c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status${p}`,
    );
  }
}
