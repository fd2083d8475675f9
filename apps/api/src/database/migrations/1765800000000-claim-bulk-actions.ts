import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, id, int, varchar } from './column-types.js';

/**
 * What undoing a bulk review needs: one row per bulk action (who, when, what it set, its summary) and one
 * per claim it changed, with the claim's state before (JSON as text: no JSON columns on MariaDB) and its
 * version right after, so an undo can tell a claim edited since from one left as the action wrote it.
 */
export class ClaimBulkActions1765800000000 implements MigrationInterface {
  name = 'ClaimBulkActions1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'claim_bulk_actions',
        columns: [
          id(),
          varchar('bulk_id', 36),
          int('user_id', true),
          timestamp('created_at'),
          { name: 'request', type: 'text', isNullable: false },
          { name: 'summary', type: 'text', isNullable: false },
          timestamp('undone_at', true),
        ],
        indices: [
          { name: 'uq_claim_bulk_actions_bulk_id', columnNames: ['bulk_id'], isUnique: true },
          // "The last bulk action of this user" is the highest id of the user.
          { name: 'idx_claim_bulk_actions_user', columnNames: ['user_id', 'id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_bulk_changes',
        columns: [
          { ...varchar('bulk_id', 36), isPrimary: true },
          { ...int('claim_id'), isPrimary: true },
          { name: 'before', type: 'text', isNullable: false },
          int('version_after'),
        ],
        foreignKeys: [
          {
            columnNames: ['claim_id'],
            referencedTableName: 'claims',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_bulk_changes');
    await queryRunner.dropTable('claim_bulk_actions');
  }
}
