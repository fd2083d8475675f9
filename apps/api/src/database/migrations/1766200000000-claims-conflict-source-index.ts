import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * claims (conflict_id, source_id): every claims query now carries the conflict, and no index had both it and
 * source_id. Top sources (GROUP BY source_id) then read every claim row of the conflict — SQLite through
 * the conflict index, MariaDB through the source index with a primary-key lookup per claim to check the
 * conflict — and so did the first-page total of a search that also names sources (`source_id IN …` OR'ed
 * with the word and place sets). This index covers both (measured on SQLite, 100k claims: top sources
 * 638 → 120 ms, that total 107 → 21 ms; see docs/benchmarks.md).
 */
export class ClaimsConflictSourceIndex1766200000000 implements MigrationInterface {
  name = 'ClaimsConflictSourceIndex1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'claims',
      new TableIndex({ name: 'idx_claims_conflict_source', columnNames: ['conflict_id', 'source_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claims', 'idx_claims_conflict_source');
  }
}
