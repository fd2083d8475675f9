import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';
import { rebuildClaimTermsV1 } from './frozen/claim-terms-v1.js';

/**
 * Claims list and search at 1 M claims (docs/benchmarks.md, "Claims list and search"):
 * 1. claim_terms(term, claim_id): the word index of claims.text_normalized. The search filter reads
 *    a primary-key range per query word (`term` prefix) instead of `LIKE '%…%'` over every claim.
 *    Binary collation on MariaDB: terms are already folded by normalizeArabic + toLowerCase, the
 *    prefix range is computed in code-point order, and a case/accent-insensitive collation would
 *    make «café» and «cafe» collide in the primary key.
 * 2. (source_id, event_date, id): a first page filtered by one source walks that source's claims in
 *    list order and stops after one page, instead of walking every claim from the newest down.
 * Backfill: tokenizing needs JS, so the terms are written in keyset batches of 5,000 claims here
 * (1 M claims: see docs/benchmarks.md for the time); `npm run db:reindex-search` rebuilds them later.
 */
export class ClaimSearchTerms1764800000000 implements MigrationInterface {
  name = 'ClaimSearchTerms1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type !== 'better-sqlite3';
    await queryRunner.createTable(
      new Table({
        name: 'claim_terms',
        columns: [
          {
            ...varchar('term', 64),
            isPrimary: true,
            ...(mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}),
          },
          { ...int('claim_id'), isPrimary: true },
        ],
        // Deleting or re-indexing a claim finds its terms by claim_id (and the cascade needs it on MariaDB).
        indices: [new TableIndex({ name: 'idx_claim_terms_claim', columnNames: ['claim_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['claim_id'],
            referencedTableName: 'claims',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createIndex(
      'claims',
      new TableIndex({ name: 'idx_claims_source_date_id', columnNames: ['source_id', 'event_date', 'id'] }),
    );
    await rebuildClaimTermsV1(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('claims', 'idx_claims_source_date_id');
    await queryRunner.dropTable('claim_terms');
  }
}
