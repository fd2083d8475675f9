import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * locations.ambiguous_language: `ar` or `en` when only that language's names of an ambiguous place need context
 * (Arabic «سرت» is also a verb, English "Sirte" is only the city); null when all do. The bundled Libya places
 * whose pack says so (libya-2019 1.1.0) are set here, since a start-up sync adds new places but never rewrites the
 * stored ones.
 */
const ARABIC_ONLY = ['sirte', 'zawiya', 'khoms', 'al-khalla', 'al-hadba', 'mashrou-al-hadba', 'al-sawani', 'al-mayah'];

export class PlacesAmbiguousLanguage1768400000000 implements MigrationInterface {
  name = 'PlacesAmbiguousLanguage1768400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'locations',
      new TableColumn({ name: 'ambiguous_language', type: 'varchar', length: '2', isNullable: true }),
    );
    await queryRunner.query(
      `UPDATE locations SET ambiguous_language = 'ar'
        WHERE conflict_id = 'libya-2019' AND ambiguous = ? AND location_key IN (${ARABIC_ONLY.map(() => '?').join(', ')})`,
      [true, ...ARABIC_ONLY],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('locations', 'ambiguous_language');
  }
}
