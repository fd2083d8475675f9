import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * claims (status, event_day) becomes (conflict_id, status, event_date, id). A status-narrowed search counts the
 * claims of one conflict and status that have its words: with the status first, MariaDB read each of those
 * claims' rows for its conflict (1 M claims, «مرتزقة» + contested: 40k primary-key lookups, 250 ms of a
 * 236–315 ms request). With the conflict first the index alone holds the ids, in the order a page walks them
 * (event date, id), and the count semi-joins them to the word's terms: 70 ms, the request 80 ms
 * (`bench.js --parts search`). Every claims statement is scoped to one conflict, so the prefix (conflict_id, status)
 * serves whatever the old index did.
 */
export class ClaimsStatusIndexByConflict1768100000000 implements MigrationInterface {
  name = 'ClaimsStatusIndexByConflict1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'claims',
      new TableIndex({
        name: 'idx_claims_conflict_status_event_date_id',
        columnNames: ['conflict_id', 'status', 'event_date', 'id'],
      }),
    );
    await queryRunner.dropIndex('claims', 'idx_claims_status');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'claims',
      new TableIndex({ name: 'idx_claims_status', columnNames: ['status', 'event_day'] }),
    );
    await queryRunner.dropIndex('claims', 'idx_claims_conflict_status_event_date_id');
  }
}
