import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, id, int, varchar } from './column-types.js';

/**
 * Feeds polled on a schedule (apps/api/src/feeds) and the items each has seen. A feed's URL is unique
 * by its SHA-256 (a 1000-character utf8mb4 column is too long for a MariaDB index). feed_items keeps
 * one row per entry (its guid, else its link) so a poll stores only what is new, and the hash of the
 * canonical URL of every stored article so a story in two feeds is stored once.
 */
export class Feeds1764950000000 implements MigrationInterface {
  name = 'Feeds1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'feeds',
        columns: [
          id(),
          varchar('url', 1000),
          varchar('url_hash', 64),
          varchar('title', 500, true),
          varchar('outlet', 255, true),
          varchar('conflict', 64, true),
          int('interval_minutes'),
          { name: 'paused', type: 'boolean', default: false },
          varchar('etag', 500, true),
          varchar('last_modified', 100, true),
          timestamp('last_polled_at', true),
          timestamp('last_success_at', true),
          varchar('last_error', 1000, true),
          { ...int('failures'), default: 0 },
          timestamp('next_poll_at', true),
          // Set while a poll runs; a poll that died with its process is recognised by its age.
          timestamp('polling_since', true),
          { ...int('items_seen'), default: 0 },
          { ...int('last_new_items'), default: 0 },
          { ...int('articles_stored'), default: 0 },
          int('created_by_id', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_feeds_url_hash', columnNames: ['url_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_feeds_due', columnNames: ['paused', 'next_poll_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feed_items',
        columns: [
          id(),
          int('feed_id'),
          // SHA-256 of the entry's guid (else its link).
          varchar('guid_hash', 64),
          varchar('url', 1000),
          // SHA-256 of the stored article's canonical URL.
          varchar('url_hash', 64, true),
          int('article_id', true),
          // stored | duplicate | failed | skipped
          varchar('status', 16),
          varchar('error', 500, true),
          { ...int('attempts'), default: 1 },
          timestamp('seen_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_feed_items_guid', columnNames: ['feed_id', 'guid_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_feed_items_url_hash', columnNames: ['url_hash'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['feed_id'],
            referencedTableName: 'feeds',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['article_id'],
            referencedTableName: 'articles',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feed_items');
    await queryRunner.dropTable('feeds');
  }
}
