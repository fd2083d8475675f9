import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * locations.abroad: a place outside the conflict's country (a capital where talks are held, a state backing a side),
 * which the extractor tags like any place but never takes as the country context an ambiguous name needs. A pack's
 * new places reach an existing database when the API starts (ConflictsService), with their flag.
 */
export class PlacesAbroad1768300000000 implements MigrationInterface {
  name = 'PlacesAbroad1768300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('locations', new TableColumn({ name: 'abroad', type: 'boolean', default: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('locations', 'abroad');
  }
}
