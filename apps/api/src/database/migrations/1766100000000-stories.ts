import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, id, int, varchar } from './column-types.js';

/**
 * Stories (issue #16): near-duplicate articles (reprints, light edits) belong to one story, so their claims are
 * stored and counted once. `stories` keeps how many articles and outlets carried each story; `articles.story_id`
 * says which story an article belongs to; `article_bands` is the LSH index over the articles' MinHash signatures
 * (one row per article and band), so a new article finds its candidates through `band_key` instead of a scan.
 *
 * Every existing article becomes a story of its own. Their bands are not computed here (that needs the
 * shingling code, which a migration must not depend on): `npm run stories:reindex` fills them.
 */
export class Stories1766100000000 implements MigrationInterface {
  name = 'Stories1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    // First: SQLite adds a column by rebuilding the table, which should not happen under new foreign keys.
    await queryRunner.addColumn('articles', new TableColumn(int('story_id', true)));
    await queryRunner.createIndex(
      'articles',
      new TableIndex({ name: 'idx_articles_story', columnNames: ['story_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'stories',
        columns: [id(), int('first_article_id'), int('article_count'), int('outlet_count'), timestamp('created_at')],
        indices: [
          new TableIndex({ name: 'uq_stories_first_article', columnNames: ['first_article_id'], isUnique: true }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['first_article_id'],
            referencedTableName: 'articles',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'article_bands',
        columns: [
          { ...varchar('band_key', 10), isPrimary: true },
          { ...int('article_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_article_bands_article', columnNames: ['article_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['article_id'],
            referencedTableName: 'articles',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO stories (first_article_id, article_count, outlet_count, created_at)
       SELECT id, 1, CASE WHEN outlet_id IS NULL THEN 0 ELSE 1 END, created_at FROM articles`,
    );
    // MariaDB refuses a subquery on the table being updated unless it is wrapped; a join works on both.
    if (queryRunner.connection.options.type === 'better-sqlite3') {
      await queryRunner.query(
        'UPDATE articles SET story_id = (SELECT s.id FROM stories s WHERE s.first_article_id = articles.id)',
      );
    } else {
      await queryRunner.query('UPDATE articles a JOIN stories s ON s.first_article_id = a.id SET a.story_id = s.id');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('article_bands');
    await queryRunner.dropIndex('articles', 'idx_articles_story');
    await queryRunner.dropColumn('articles', 'story_id');
    await queryRunner.dropTable('stories');
  }
}
