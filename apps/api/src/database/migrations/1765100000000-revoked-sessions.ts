import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, varchar } from './column-types.js';

/**
 * Sessions ended by logout before their token expired. In the database rather than in process memory, so a
 * logged-out token is refused by every API instance and after a restart; a row is useless once its token has
 * expired and is pruned then.
 */
export class RevokedSessions1765100000000 implements MigrationInterface {
  name = 'RevokedSessions1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'revoked_sessions',
        columns: [{ ...varchar('sid', 64), isPrimary: true }, timestamp('expires_at')],
        indices: [{ name: 'idx_revoked_sessions_expires_at', columnNames: ['expires_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('revoked_sessions');
  }
}
