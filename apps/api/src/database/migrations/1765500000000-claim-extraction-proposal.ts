import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * claims.extraction_proposal: what the extractor proposed for an extracted claim ({start, end, sourceName, sourceId,
 * campId, placeIds, eventDate}), as JSON text, kept beside the reviewed state so analysts' corrections can be
 * measured. Null for analysts' claims and for claims stored before this column.
 */
export class ClaimExtractionProposal1765500000000 implements MigrationInterface {
  name = 'ClaimExtractionProposal1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'claims',
      new TableColumn({ name: 'extraction_proposal', type: 'text', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('claims', 'extraction_proposal');
  }
}
