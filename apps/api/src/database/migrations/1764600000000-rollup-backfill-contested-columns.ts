import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * 1. claim_counts_daily.tagged: claims of the row's key that carry at least one narrative. The
 *    narrative share and the narrative series show an "untagged" slice (n - tagged) that per-narrative
 *    counts cannot give (a claim with two narratives is in two of them).
 * 2. Backfills both rollups: 1764500000000 created them empty, and databases that already held claims
 *    (benchmarks, production) would otherwise chart zero.
 * 3. claim_locations.event_day/camp_id: copies of the claim's, so the contested view can find claims
 *    of other camps at the same place within a day from one index range
 *    (location_id, event_day, camp_id, claim_id) instead of a self-join over every claim of a place.
 *    Kept in sync by RollupsRepository.after(), which every claim writer calls.
 */
export class RollupBackfillContestedColumns1764600000000 implements MigrationInterface {
  name = 'RollupBackfillContestedColumns1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
    await queryRunner.addColumn('claim_counts_daily', new TableColumn({ ...int('tagged'), default: 0 }));
    await queryRunner.query('DELETE FROM claim_counts_daily');
    await queryRunner.query(
      `INSERT INTO claim_counts_daily (event_day, camp_id, source_id, status, event_week, event_month, n, tagged)
       SELECT c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, MIN(c.event_week), MIN(c.event_month), COUNT(*),
              SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)
       FROM claims c GROUP BY c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status`,
    );
    await queryRunner.query('DELETE FROM claim_narrative_counts_daily');
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_daily (event_day, camp_id, narrative_id, status, event_week, event_month, n)
       SELECT c.event_day, c.camp_id, cn.narrative_id, c.status, MIN(c.event_week), MIN(c.event_month), COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id
       GROUP BY c.event_day, c.camp_id, cn.narrative_id, c.status`,
    );

    await queryRunner.addColumns('claim_locations', [
      new TableColumn(varchar('event_day', 10, true)),
      new TableColumn(varchar('camp_id', 16, true)),
    ]);
    await queryRunner.query(
      sqlite
        ? `UPDATE claim_locations SET event_day = (SELECT c.event_day FROM claims c WHERE c.id = claim_locations.claim_id),
                                      camp_id = (SELECT c.camp_id FROM claims c WHERE c.id = claim_locations.claim_id)`
        : 'UPDATE claim_locations cl JOIN claims c ON c.id = cl.claim_id SET cl.event_day = c.event_day, cl.camp_id = c.camp_id',
    );
    // Other side of a contested pair: same place, a day window, another camp — a range of this index.
    await queryRunner.createIndex(
      'claim_locations',
      new TableIndex({
        name: 'idx_claim_locations_place_day',
        columnNames: ['location_id', 'event_day', 'camp_id', 'claim_id'],
      }),
    );
    // First side: the claims of one day, place by place (the contested walk goes day by day, newest first).
    await queryRunner.createIndex(
      'claim_locations',
      new TableIndex({
        name: 'idx_claim_locations_day_place',
        columnNames: ['event_day', 'location_id', 'camp_id', 'claim_id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claim_locations', 'idx_claim_locations_day_place');
    await queryRunner.dropIndex('claim_locations', 'idx_claim_locations_place_day');
    await queryRunner.dropColumn('claim_locations', 'camp_id');
    await queryRunner.dropColumn('claim_locations', 'event_day');
    await queryRunner.dropColumn('claim_counts_daily', 'tagged');
  }
}
