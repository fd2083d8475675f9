import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, id, int } from './column-types.js';

/**
 * contested_dismissals: a suggested contradiction an analyst judged not to be one (issue #15). One row per
 * unordered pair of claims, stored lower id first like claim_links, so the pair is never offered again
 * whichever way round it is found; deleting the row (undo) offers it again. Rows go with their claims.
 */
export class ContestedDismissals1766000000000 implements MigrationInterface {
  name = 'ContestedDismissals1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    await queryRunner.createTable(
      new Table({
        name: 'contested_dismissals',
        columns: [
          id(),
          int('low_claim_id'),
          int('high_claim_id'),
          int('dismissed_by_id', true),
          timestamp('dismissed_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_contested_dismissals_pair',
            columnNames: ['low_claim_id', 'high_claim_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_contested_dismissals_high', columnNames: ['high_claim_id'] }),
        ],
        foreignKeys: [
          fk('low_claim_id', 'claims', 'CASCADE'),
          fk('high_claim_id', 'claims', 'CASCADE'),
          fk('dismissed_by_id', 'users', 'SET NULL'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contested_dismissals');
  }
}
