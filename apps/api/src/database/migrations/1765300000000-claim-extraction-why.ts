import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * claims.extraction_why: why the extractor attributed a claim as it did ({cue, source, camp}, each a rule id and a
 * sentence), as JSON text. Null for claims an analyst wrote or changed, and for claims stored before this column.
 */
export class ClaimExtractionWhy1765300000000 implements MigrationInterface {
  name = 'ClaimExtractionWhy1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('claims', new TableColumn({ name: 'extraction_why', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('claims', 'extraction_why');
  }
}
