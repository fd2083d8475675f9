import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, id, int, varchar } from './column-types.js';

export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { longText, timestamp } = columnTypes(queryRunner);
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT' = 'RESTRICT') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });

    await queryRunner.createTable(
      new Table({
        name: 'camps',
        columns: [
          { ...varchar('id', 16), isPrimary: true },
          varchar('name_en', 120),
          varchar('name_ar', 120),
          varchar('description_en', 500),
          varchar('color', 7),
          int('sort_order'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          varchar('email', 255),
          varchar('password_hash', 255),
          varchar('role', 16),
          { name: 'active', type: 'boolean', default: true },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'uq_users_email', columnNames: ['email'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sources',
        columns: [
          id(),
          varchar('registry_key', 100, true),
          varchar('camp_id', 16),
          varchar('kind', 32),
          varchar('name_ar', 255),
          varchar('name_en', 255),
          varchar('status', 16),
          int('merged_into_id', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_sources_registry_key', columnNames: ['registry_key'], isUnique: true }),
          new TableIndex({ name: 'idx_sources_camp', columnNames: ['camp_id'] }),
          new TableIndex({ name: 'idx_sources_status', columnNames: ['status'] }),
        ],
        foreignKeys: [fk('camp_id', 'camps')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'source_aliases',
        columns: [id(), int('source_id'), varchar('alias', 255), varchar('normalized', 255)],
        indices: [
          new TableIndex({
            name: 'uq_source_aliases_source_norm',
            columnNames: ['source_id', 'normalized'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_source_aliases_normalized', columnNames: ['normalized'] }),
        ],
        foreignKeys: [fk('source_id', 'sources', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'outlets',
        columns: [id(), varchar('name', 255), varchar('url', 1000, true)],
        indices: [new TableIndex({ name: 'uq_outlets_name', columnNames: ['name'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'articles',
        columns: [
          id(),
          varchar('title', 500, true),
          { name: 'body', type: longText },
          varchar('language', 2),
          varchar('url', 1000, true),
          int('outlet_id', true),
          varchar('published_at', 10),
          { name: 'published_estimated', type: 'boolean', default: false },
          varchar('content_hash', 64),
          int('created_by_id', true),
          timestamp('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_articles_content_hash', columnNames: ['content_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_articles_outlet_published', columnNames: ['outlet_id', 'published_at'] }),
          new TableIndex({ name: 'idx_articles_published', columnNames: ['published_at', 'id'] }),
        ],
        foreignKeys: [fk('outlet_id', 'outlets', 'SET NULL'), fk('created_by_id', 'users', 'SET NULL')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'article_framing',
        columns: [
          id(),
          int('article_id'),
          varchar('camp_id', 16),
          varchar('label', 120),
          varchar('voice', 10),
          varchar('tone', 12),
          int('count'),
        ],
        indices: [new TableIndex({ name: 'idx_article_framing_article', columnNames: ['article_id', 'camp_id'] })],
        foreignKeys: [fk('article_id', 'articles', 'CASCADE'), fk('camp_id', 'camps')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'claims',
        columns: [
          id(),
          int('article_id'),
          int('source_id', true),
          varchar('camp_id', 16),
          varchar('source_mention', 500),
          varchar('cue', 120),
          { name: 'text', type: 'text' },
          { name: 'text_normalized', type: 'text' },
          int('start_offset'),
          int('end_offset'),
          varchar('channel', 255, true),
          varchar('event_date', 10),
          varchar('date_precision', 10),
          varchar('event_day', 10),
          varchar('event_week', 10),
          varchar('event_month', 7),
          varchar('claim_type', 32, true),
          varchar('status', 20),
          varchar('origin', 10),
          { name: 'note', type: 'text', isNullable: true },
          { name: 'version', type: 'int', default: 1 },
          int('created_by_id', true),
          int('updated_by_id', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          // Dashboard aggregates group by a bucket column within a camp/source: these make them index scans.
          new TableIndex({ name: 'idx_claims_camp_day', columnNames: ['camp_id', 'event_day'] }),
          new TableIndex({ name: 'idx_claims_source_day', columnNames: ['source_id', 'event_day'] }),
          new TableIndex({ name: 'idx_claims_day', columnNames: ['event_day', 'camp_id'] }),
          new TableIndex({ name: 'idx_claims_week', columnNames: ['event_week', 'camp_id'] }),
          new TableIndex({ name: 'idx_claims_month', columnNames: ['event_month', 'camp_id'] }),
          new TableIndex({ name: 'idx_claims_status', columnNames: ['status', 'event_day'] }),
          new TableIndex({ name: 'idx_claims_article', columnNames: ['article_id', 'start_offset'] }),
          // Keyset pagination orders.
          new TableIndex({ name: 'idx_claims_event_date_id', columnNames: ['event_date', 'id'] }),
          new TableIndex({ name: 'idx_claims_created_id', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [
          fk('article_id', 'articles', 'CASCADE'),
          fk('source_id', 'sources', 'SET NULL'),
          fk('camp_id', 'camps'),
          fk('created_by_id', 'users', 'SET NULL'),
          fk('updated_by_id', 'users', 'SET NULL'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'locations',
        columns: [
          id(),
          varchar('location_key', 100),
          varchar('name_ar', 255),
          varchar('name_en', 255),
          { name: 'aliases', type: 'text' },
          { name: 'lat', type: 'double' },
          { name: 'lon', type: 'double' },
          varchar('kind', 16),
          { name: 'ambiguous', type: 'boolean', default: false },
        ],
        indices: [new TableIndex({ name: 'uq_locations_key', columnNames: ['location_key'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'claim_locations',
        columns: [
          { ...int('claim_id'), isPrimary: true },
          { ...int('location_id'), isPrimary: true },
          varchar('mention', 255, true),
        ],
        indices: [new TableIndex({ name: 'idx_claim_locations_location', columnNames: ['location_id', 'claim_id'] })],
        foreignKeys: [fk('claim_id', 'claims', 'CASCADE'), fk('location_id', 'locations', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'narratives',
        columns: [
          id(),
          varchar('name_en', 120),
          varchar('name_ar', 120),
          varchar('description', 1000, true),
          varchar('color', 7),
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'uq_narratives_name_en', columnNames: ['name_en'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'claim_narratives',
        columns: [
          { ...int('claim_id'), isPrimary: true },
          { ...int('narrative_id'), isPrimary: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_claim_narratives_narrative', columnNames: ['narrative_id', 'claim_id'] }),
        ],
        foreignKeys: [fk('claim_id', 'claims', 'CASCADE'), fk('narrative_id', 'narratives', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'claim_links',
        columns: [
          id(),
          int('from_claim_id'),
          int('to_claim_id'),
          varchar('relation', 20),
          int('created_by_id', true),
          timestamp('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_claim_links_pair',
            columnNames: ['from_claim_id', 'to_claim_id', 'relation'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_claim_links_to', columnNames: ['to_claim_id'] }),
        ],
        foreignKeys: [
          fk('from_claim_id', 'claims', 'CASCADE'),
          fk('to_claim_id', 'claims', 'CASCADE'),
          fk('created_by_id', 'users', 'SET NULL'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          id(),
          int('user_id', true),
          varchar('user_email', 255, true),
          timestamp('at'),
          varchar('entity', 32),
          varchar('entity_id', 64),
          varchar('action', 32),
          { name: 'before', type: longText, isNullable: true },
          { name: 'after', type: longText, isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_entity', columnNames: ['entity', 'entity_id', 'id'] }),
          new TableIndex({ name: 'idx_audit_at', columnNames: ['at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'import_jobs',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('filename', 255),
          varchar('status', 10),
          int('total'),
          int('done'),
          int('failed'),
          int('duplicates'),
          { name: 'failures', type: longText },
          int('created_by_id', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      'import_jobs',
      'audit_events',
      'claim_links',
      'claim_narratives',
      'narratives',
      'claim_locations',
      'locations',
      'claims',
      'article_framing',
      'articles',
      'outlets',
      'source_aliases',
      'sources',
      'users',
      'camps',
    ];
    for (const table of tables) await queryRunner.dropTable(table, true);
  }
}
