import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * claim_place_counts_total: claims per (conflict, place, camp, status), claim_place_counts_monthly without the
 * month, for the map and the blindspot places of a whole conflict (no window): 1 M claims, ~49k monthly rows
 * summed per request (0.2 s under a team's load with the cache off) become a few thousand. Filled from the monthly
 * rollup, which is exact; kept by RollupsRepository with it.
 */
export class PlaceCountsTotal1767600000000 implements MigrationInterface {
  name = 'PlaceCountsTotal1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_place_counts_total',
        columns: [
          key(varchar('conflict_id', 64)),
          key(int('location_id')),
          key(varchar('camp_id', 16)),
          key(varchar('status', 20)),
          int('n'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_place_counts_total (conflict_id, location_id, camp_id, status, n)
       SELECT r.conflict_id, r.location_id, r.camp_id, r.status, SUM(r.n)
       FROM claim_place_counts_monthly r
       GROUP BY r.conflict_id, r.location_id, r.camp_id, r.status HAVING SUM(r.n) > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_place_counts_total', true);
  }
}
