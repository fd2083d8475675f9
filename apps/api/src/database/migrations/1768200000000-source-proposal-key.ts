import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { varchar } from './column-types.js';

/**
 * sources.proposal_key: the mention an ingestion proposal waits for review under (its alias key), unique in its
 * conflict. Two transactions that meet the same new mention at once (an overlapped import batch and a single
 * article, or two worker processes) cannot see each other's proposal in time to join it; the second one's insert
 * now waits for the first and takes its proposal instead of making a second. Reviewing a proposal clears the key.
 * Existing proposals keep none: committed, they were already found by their alias.
 */
export class SourceProposalKey1768200000000 implements MigrationInterface {
  name = 'SourceProposalKey1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sources', new TableColumn(varchar('proposal_key', 255, true)));
    await queryRunner.createIndex(
      'sources',
      new TableIndex({
        name: 'uq_sources_conflict_proposal',
        columnNames: ['conflict_id', 'proposal_key'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sources', 'uq_sources_conflict_proposal');
    await queryRunner.dropColumn('sources', 'proposal_key');
  }
}
