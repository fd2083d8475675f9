import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * Dashboard rollups and covering indexes, from the benchmarks in docs/benchmarks.md (1,000,000
 * claims on MariaDB, 2 cores): aggregates that scan the claims table grow linearly and miss the
 * 150 ms target; the same aggregates over these per-day counts read ~100× fewer rows.
 *
 * claim_counts_daily: claims per (event_day, camp, source, status), with the day's week and month
 * so every bucket size groups from this one table. source_id 0 stands for "no source" (a NULL could
 * not be part of the primary key). claim_narrative_counts_daily: the same per narrative, for the
 * narrative share and narrative series. Both are kept exact by RollupsRepository, called in the same
 * transaction as every claim write (see apps/api/src/rollups/rollups.repository.ts).
 */
export class ClaimRollups1764500000000 implements MigrationInterface {
  name = 'ClaimRollups1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'claim_counts_daily',
        columns: [
          { ...varchar('event_day', 10), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          { ...int('source_id'), isPrimary: true },
          { ...varchar('status', 20), isPrimary: true },
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
        ],
        indices: [
          new TableIndex({ name: 'idx_ccd_camp_day', columnNames: ['camp_id', 'event_day', 'source_id', 'n'] }),
          new TableIndex({ name: 'idx_ccd_week', columnNames: ['event_week', 'camp_id', 'source_id', 'n'] }),
          new TableIndex({ name: 'idx_ccd_month', columnNames: ['event_month', 'camp_id', 'n'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_daily',
        columns: [
          { ...varchar('event_day', 10), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          { ...int('narrative_id'), isPrimary: true },
          { ...varchar('status', 20), isPrimary: true },
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
        ],
        indices: [new TableIndex({ name: 'idx_cncd_camp_narrative', columnNames: ['camp_id', 'narrative_id', 'n'] })],
      }),
    );
    // Claims list filtered by camp and ordered by event date (keyset): without it the camp filter
    // walks idx_claims_event_date_id and discards the other camps' rows.
    await queryRunner.createIndex(
      'claims',
      new TableIndex({ name: 'idx_claims_camp_event_date_id', columnNames: ['camp_id', 'event_date', 'id'] }),
    );
    // Timeseries grouped by source within a camp (week buckets): a covering range scan.
    await queryRunner.createIndex(
      'claims',
      new TableIndex({ name: 'idx_claims_camp_week_source', columnNames: ['camp_id', 'event_week', 'source_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claims', 'idx_claims_camp_week_source');
    await queryRunner.dropIndex('claims', 'idx_claims_camp_event_date_id');
    await queryRunner.dropTable('claim_narrative_counts_daily', true);
    await queryRunner.dropTable('claim_counts_daily', true);
  }
}
