import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, int, varchar } from './column-types.js';

/**
 * Several conflicts in one deployment (issue #13). Every article, claim, source, place and narrative
 * belongs to one conflict; camps keep their global id (a claim's camp_id still references camps) and
 * get per-conflict names, colours, roles and order in conflict_camps, so "UN" can be a camp of both
 * Libya 2019 and Sudan 2023 while "RSF" exists in Sudan only.
 *
 * Existing databases: every row the previous release wrote belongs to Libya 2019–2020, the only pack it
 * knew, so the new columns start as 'libya-2019' and the conflict row and its camps are created from
 * the camps table. The bundled pack itself is stored into conflicts.pack at the next start (seeding).
 *
 * The rollups gain conflict_id as the first key column (a dashboard always reads one conflict); they
 * are recreated and refilled from the claims (the same statements as RollupsRepository.rebuild, frozen
 * here so this migration never changes with the code).
 */
const LEGACY_CONFLICT = 'libya-2019';

/** Camps of the previous release and what each is to the engine (libs/contracts CampRole). */
const LEGACY_ROLES: Record<string, string> = { UN: 'un', INTERNATIONAL: 'international', UNKNOWN: 'unknown' };

export class Conflicts1765600000000 implements MigrationInterface {
  name = 'Conflicts1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { longText, timestamp } = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'conflicts',
        columns: [
          { ...varchar('id', 64), isPrimary: true },
          varchar('name_en', 200),
          varchar('name_ar', 200),
          varchar('period_from', 10),
          varchar('period_to', 10, true),
          varchar('pack_version', 32),
          // The database copy of the pack's knowledge that has no table of its own (affiliations,
          // government context, framing labels …), as YAML; camps, sources, places and narratives are
          // read from their tables when the pack is exported or compiled.
          { name: 'pack', type: longText, isNullable: true },
          int('sort_order'),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conflict_camps',
        columns: [
          { ...varchar('conflict_id', 64), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          varchar('name_en', 120),
          varchar('name_ar', 120),
          varchar('description_en', 500, true),
          varchar('description_ar', 500, true),
          varchar('color', 7),
          varchar('role', 16),
          int('sort_order'),
          varchar('opponent_id', 16, true),
        ],
        foreignKeys: [
          {
            columnNames: ['conflict_id'],
            referencedTableName: 'conflicts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          { columnNames: ['camp_id'], referencedTableName: 'camps', referencedColumnNames: ['id'] },
        ],
      }),
    );

    for (const table of ['articles', 'claims', 'sources', 'locations', 'narratives']) {
      // Plain ALTER on both dialects (TypeORM's SQLite addColumn copies the whole table).
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN conflict_id varchar(64) NOT NULL DEFAULT '${LEGACY_CONFLICT}'`,
      );
    }
    await this.legacyConflict(queryRunner);

    // Keys unique within a conflict, no longer across the deployment.
    await queryRunner.dropIndex('sources', 'uq_sources_registry_key');
    await queryRunner.createIndex(
      'sources',
      new TableIndex({ name: 'uq_sources_conflict_key', columnNames: ['conflict_id', 'registry_key'], isUnique: true }),
    );
    await queryRunner.dropIndex('locations', 'uq_locations_key');
    await queryRunner.createIndex(
      'locations',
      new TableIndex({
        name: 'uq_locations_conflict_key',
        columnNames: ['conflict_id', 'location_key'],
        isUnique: true,
      }),
    );
    await queryRunner.dropIndex('narratives', 'uq_narratives_name_en');
    await queryRunner.createIndex(
      'narratives',
      new TableIndex({
        name: 'uq_narratives_conflict_name_en',
        columnNames: ['conflict_id', 'name_en'],
        isUnique: true,
      }),
    );

    // The claims list always filters by conflict: its keyset orders lead with it.
    await queryRunner.dropIndex('claims', 'idx_claims_event_date_id');
    await queryRunner.dropIndex('claims', 'idx_claims_camp_event_date_id');
    await queryRunner.dropIndex('claims', 'idx_claims_created_id');
    for (const [name, columns] of [
      ['idx_claims_conflict_event_date_id', ['conflict_id', 'event_date', 'id']],
      ['idx_claims_conflict_camp_event_date_id', ['conflict_id', 'camp_id', 'event_date', 'id']],
      ['idx_claims_conflict_created_id', ['conflict_id', 'created_at', 'id']],
    ] as const) {
      await queryRunner.createIndex('claims', new TableIndex({ name, columnNames: [...columns] }));
    }
    await queryRunner.createIndex(
      'articles',
      new TableIndex({ name: 'idx_articles_conflict_published', columnNames: ['conflict_id', 'published_at', 'id'] }),
    );

    await this.recreateRollups(queryRunner);
  }

  /** The conflict and camps rows of a database written by the previous release (nothing to do on a new one). */
  private async legacyConflict(queryRunner: QueryRunner): Promise<void> {
    type LegacyCamp = {
      id: string;
      name_en: string;
      name_ar: string;
      description_en: string;
      color: string;
      sort_order: number;
    };
    const camps = (await queryRunner.query(
      'SELECT id, name_en, name_ar, description_en, color, sort_order FROM camps ORDER BY sort_order',
    )) as LegacyCamp[];
    if (!camps.length) return;
    // Text both drivers bind and both column types read (better-sqlite3 binds no Date).
    const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
    await queryRunner.query(
      `INSERT INTO conflicts (id, name_en, name_ar, period_from, period_to, pack_version, pack, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)`,
      [LEGACY_CONFLICT, 'Libya 2019–2020', 'ليبيا 2019–2020', '2019-04-04', '2020-10-23', '0.0.0', now, now],
    );
    for (const camp of camps) {
      await queryRunner.query(
        `INSERT INTO conflict_camps (conflict_id, camp_id, name_en, name_ar, description_en, description_ar, color, role, sort_order, opponent_id)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL)`,
        [
          LEGACY_CONFLICT,
          camp.id,
          camp.name_en,
          camp.name_ar,
          camp.description_en,
          camp.color,
          LEGACY_ROLES[camp.id] ?? 'belligerent',
          camp.sort_order,
        ],
      );
    }
  }

  private async recreateRollups(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'claim_counts_daily',
      'claim_narrative_counts_daily',
      'claim_counts_monthly',
      'claim_narrative_counts_monthly',
      'framing_counts_daily',
    ]) {
      await queryRunner.dropTable(table, true);
    }
    const conflict = { ...varchar('conflict_id', 64), isPrimary: true };
    const camp = { ...varchar('camp_id', 16), isPrimary: true };
    const status = { ...varchar('status', 20), isPrimary: true };
    await queryRunner.createTable(
      new Table({
        name: 'claim_counts_daily',
        columns: [
          conflict,
          { ...varchar('event_day', 10), isPrimary: true },
          camp,
          { ...int('source_id'), isPrimary: true },
          status,
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
          { ...int('tagged'), default: 0 },
        ],
        indices: [
          new TableIndex({
            name: 'idx_ccd_camp_day',
            columnNames: ['conflict_id', 'camp_id', 'event_day', 'source_id', 'n'],
          }),
          new TableIndex({
            name: 'idx_ccd_week',
            columnNames: ['conflict_id', 'event_week', 'camp_id', 'source_id', 'n'],
          }),
          new TableIndex({ name: 'idx_ccd_month', columnNames: ['conflict_id', 'event_month', 'camp_id', 'n'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_daily',
        columns: [
          conflict,
          { ...varchar('event_day', 10), isPrimary: true },
          camp,
          { ...int('narrative_id'), isPrimary: true },
          status,
          varchar('event_week', 10),
          varchar('event_month', 7),
          int('n'),
        ],
        indices: [
          new TableIndex({
            name: 'idx_cncd_camp_narrative',
            columnNames: ['conflict_id', 'camp_id', 'narrative_id', 'n'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_counts_monthly',
        columns: [conflict, { ...varchar('event_month', 7), isPrimary: true }, camp, status, int('n'), int('tagged')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_monthly',
        columns: [
          conflict,
          { ...varchar('event_month', 7), isPrimary: true },
          camp,
          { ...int('narrative_id'), isPrimary: true },
          status,
          int('n'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'framing_counts_daily',
        columns: [
          conflict,
          { ...int('outlet_id'), isPrimary: true },
          camp,
          { ...varchar('label', 120), isPrimary: true },
          { ...varchar('tone', 12), isPrimary: true },
          { ...varchar('voice', 10), isPrimary: true },
          { ...varchar('published_day', 10), isPrimary: true },
          int('n'),
        ],
      }),
    );
    const tagged = 'SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)';
    await queryRunner.query(
      `INSERT INTO claim_counts_daily (conflict_id, event_day, camp_id, source_id, status, event_week, event_month, n, tagged)
       SELECT c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, MIN(c.event_week), MIN(c.event_month), COUNT(*), ${tagged}
       FROM claims c GROUP BY c.conflict_id, c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status`,
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_daily (conflict_id, event_day, camp_id, narrative_id, status, event_week, event_month, n)
       SELECT c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status, MIN(c.event_week), MIN(c.event_month), COUNT(*)
       FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id
       GROUP BY c.conflict_id, c.event_day, c.camp_id, cn.narrative_id, c.status`,
    );
    await queryRunner.query(
      `INSERT INTO claim_counts_monthly (conflict_id, event_month, camp_id, status, n, tagged)
       SELECT r.conflict_id, r.event_month, r.camp_id, r.status, SUM(r.n), SUM(r.tagged) FROM claim_counts_daily r
       GROUP BY r.conflict_id, r.event_month, r.camp_id, r.status`,
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_monthly (conflict_id, event_month, camp_id, narrative_id, status, n)
       SELECT r.conflict_id, r.event_month, r.camp_id, r.narrative_id, r.status, SUM(r.n) FROM claim_narrative_counts_daily r
       GROUP BY r.conflict_id, r.event_month, r.camp_id, r.narrative_id, r.status`,
    );
    await queryRunner.query(
      `INSERT INTO framing_counts_daily (conflict_id, outlet_id, camp_id, label, tone, voice, published_day, n)
       SELECT a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at, SUM(f.count)
       FROM article_framing f JOIN articles a ON a.id = f.article_id
       GROUP BY a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at`,
    );
  }

  down(): Promise<void> {
    // Going back would have to drop every conflict but one and its data: restore a backup instead.
    return Promise.reject(new Error('Conflicts1765600000000 cannot be reverted: restore the database from a backup'));
  }
}
