import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { columnTypes, varchar } from './column-types.js';

const CREATION_INDEX = 'idx_claims_conflict_created_id';

/**
 * For a from/to window sorted by creation (the list's "newest first" inside a period):
 * - claims (conflict_id, created_at, id) gains event_date as a last column, so a walk down the creation order can
 *   test each claim's date in the index itself. Appended after id, the index keeps its order, so the
 *   (created_at, id) keyset pages it serves are unchanged.
 * - claim_creation_bounds: per (conflict, event month), bounds of its claims' creation times: the walk starts at
 *   the window's latest (or, oldest first, earliest) creation instead of the conflict's newest claim. Claims are
 *   mostly created soon after their event, so the window's page is then a few hundred index entries away instead of
 *   every claim created since (1 M claims, four months of 2019 sorted by creation: ~0.2 s alone, 0.7 s under a
 *   team's load, reading and sorting the window's 193k entries). The bounds only widen (a claim moved to another
 *   month leaves its old month's bounds as they were): a wider bound is still a bound, and rebuild() makes them
 *   exact.
 */
export class ClaimCreationBounds1767400000000 implements MigrationInterface {
  name = 'ClaimCreationBounds1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.recreateIndex(queryRunner, ['conflict_id', 'created_at', 'id', 'event_date']);
    const { timestamp } = columnTypes(queryRunner);
    const key = (column: TableColumnOptions) => ({ ...column, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'claim_creation_bounds',
        columns: [
          key(varchar('conflict_id', 64)),
          key(varchar('event_month', 7)),
          timestamp('min_created_at'),
          timestamp('max_created_at'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO claim_creation_bounds (conflict_id, event_month, min_created_at, max_created_at)
       SELECT conflict_id, event_month, MIN(created_at), MAX(created_at) FROM claims GROUP BY conflict_id, event_month`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_creation_bounds', true);
    await this.recreateIndex(queryRunner, ['conflict_id', 'created_at', 'id']);
  }

  private async recreateIndex(queryRunner: QueryRunner, columns: string[]): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') {
      await queryRunner.query(`DROP INDEX "${CREATION_INDEX}"`);
      await queryRunner.query(
        `CREATE INDEX "${CREATION_INDEX}" ON "claims" (${columns.map((c) => `"${c}"`).join(', ')})`,
      );
      return;
    }
    // One ALTER: one rebuild of the index, and no moment without it.
    await queryRunner.query(
      `ALTER TABLE \`claims\` DROP INDEX \`${CREATION_INDEX}\`, ADD INDEX \`${CREATION_INDEX}\` (${columns.map((c) => `\`${c}\``).join(', ')})`,
    );
  }
}
