import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * The three dashboard reads still grouping claims at 1 M claims (docs/benchmarks.md, issue #18): the
 * blindspots places (claims ⋈ claim_locations GROUP BY place HAVING one camp, 40–70 s on MariaDB), the
 * map's claims per (place, camp), and the top sources (every claim of the conflict grouped by source).
 *
 * claim_place_counts_monthly: claims per (conflict, place, camp, event month, status); a claim with two
 * places counts once in each, as the claims ⋈ claim_locations join does.
 * claim_source_counts_monthly: claims per (conflict, source, camp, event month, status); source_id 0 is
 * "no source", as in claim_counts_daily.
 * Both primary keys start with the conflict and the readers' GROUP BY column, so MariaDB aggregates a
 * conflict's rows in index order without a temporary table; the month and status are filters within it.
 * Kept by RollupsRepository.adjust next to the other rollups.
 *
 * claim_locations.conflict_id/status: copies of the claim's (next to event_day/camp_id), so the partial
 * months at the edges of a from/to window are one range of (conflict_id, event_day, …) read from the
 * index alone, not a join to claims per place mention. Kept by RollupsRepository.after.
 */
export class PlaceAndSourceMonthlyRollups1766400000000 implements MigrationInterface {
  name = 'PlaceAndSourceMonthlyRollups1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
    const conflict = { ...varchar('conflict_id', 64), isPrimary: true };
    const camp = { ...varchar('camp_id', 16), isPrimary: true };
    const month = { ...varchar('event_month', 7), isPrimary: true };
    const status = { ...varchar('status', 20), isPrimary: true };
    // Column order is primary-key order.
    await queryRunner.createTable(
      new Table({
        name: 'claim_place_counts_monthly',
        columns: [conflict, { ...int('location_id'), isPrimary: true }, camp, month, status, int('n')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_source_counts_monthly',
        columns: [conflict, { ...int('source_id'), isPrimary: true }, camp, month, status, int('n')],
      }),
    );
    await queryRunner.addColumns('claim_locations', [
      new TableColumn(varchar('conflict_id', 64, true)),
      new TableColumn(varchar('status', 20, true)),
    ]);
    await queryRunner.query(
      sqlite
        ? `UPDATE claim_locations SET conflict_id = (SELECT c.conflict_id FROM claims c WHERE c.id = claim_locations.claim_id),
                                      status = (SELECT c.status FROM claims c WHERE c.id = claim_locations.claim_id)`
        : 'UPDATE claim_locations cl JOIN claims c ON c.id = cl.claim_id SET cl.conflict_id = c.conflict_id, cl.status = c.status',
    );
    // The edge days of a window: conflict, day range, then everything the place readers group and filter by.
    await queryRunner.createIndex(
      'claim_locations',
      new TableIndex({
        name: 'idx_claim_locations_conflict_day',
        columnNames: ['conflict_id', 'event_day', 'location_id', 'camp_id', 'status'],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_place_counts_monthly (conflict_id, location_id, camp_id, event_month, status, n)
       SELECT c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status, COUNT(*)
       FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id
       GROUP BY c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status`,
    );
    // claim_counts_daily is exact (RollupsRepository), and ~100× smaller than claims.
    await queryRunner.query(
      `INSERT INTO claim_source_counts_monthly (conflict_id, source_id, camp_id, event_month, status, n)
       SELECT r.conflict_id, r.source_id, r.camp_id, r.event_month, r.status, SUM(r.n) FROM claim_counts_daily r
       GROUP BY r.conflict_id, r.source_id, r.camp_id, r.event_month, r.status HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claim_locations', 'idx_claim_locations_conflict_day');
    await queryRunner.dropColumn('claim_locations', 'status');
    await queryRunner.dropColumn('claim_locations', 'conflict_id');
    await queryRunner.dropTable('claim_source_counts_monthly', true);
    await queryRunner.dropTable('claim_place_counts_monthly', true);
  }
}
