import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, varchar } from './column-types.js';

/**
 * Bounded reads for the two dashboard requests still over 150 ms at 1 M claims (docs/benchmarks.md):
 *
 * framing_counts_daily: SUM(article_framing.count) per (outlet, camp, label, tone, voice, publication
 * day). The framing view joined all 396k framing rows to articles on every request; this holds ~69k
 * rows at 1 M claims, and its primary key starts with the view's GROUP BY columns, so MariaDB
 * aggregates it in index order without a temporary table. outlet_id 0 stands for "no outlet" (a NULL
 * cannot be part of a primary key). article_framing is written only at ingestion and articles are
 * never updated or deleted (nor outlets), so the ingestion writer adds an article's rows once
 * (RollupsRepository.addFraming) in its transaction.
 *
 * claim_counts_monthly / claim_narrative_counts_monthly: the daily rollups summed per month (without
 * source: only the narrative share reads them, and it has no source filter). The share read both
 * daily rollups whole (~200k rows); whole months now come from ~8k rows and only the partial months
 * at the edges of a from/to window from the daily tables. Kept by RollupsRepository.adjust next to
 * the daily rows.
 */
export class FramingAndMonthlyRollups1764700000000 implements MigrationInterface {
  name = 'FramingAndMonthlyRollups1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'framing_counts_daily',
        columns: [
          { ...int('outlet_id'), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          { ...varchar('label', 120), isPrimary: true },
          { ...varchar('tone', 12), isPrimary: true },
          { ...varchar('voice', 10), isPrimary: true },
          { ...varchar('published_day', 10), isPrimary: true },
          int('n'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_counts_monthly',
        columns: [
          { ...varchar('event_month', 7), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          { ...varchar('status', 20), isPrimary: true },
          int('n'),
          int('tagged'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_narrative_counts_monthly',
        columns: [
          { ...varchar('event_month', 7), isPrimary: true },
          { ...varchar('camp_id', 16), isPrimary: true },
          { ...int('narrative_id'), isPrimary: true },
          { ...varchar('status', 20), isPrimary: true },
          int('n'),
        ],
      }),
    );
    // Backfill (databases that already hold articles and claims would otherwise show nothing). The
    // monthly rows come from the daily rollups, which 1764600000000 made exact.
    await queryRunner.query(
      `INSERT INTO framing_counts_daily (outlet_id, camp_id, label, tone, voice, published_day, n)
       SELECT COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at, SUM(f.count)
       FROM article_framing f JOIN articles a ON a.id = f.article_id
       GROUP BY COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at`,
    );
    await queryRunner.query(
      `INSERT INTO claim_counts_monthly (event_month, camp_id, status, n, tagged)
       SELECT r.event_month, r.camp_id, r.status, SUM(r.n), SUM(r.tagged) FROM claim_counts_daily r
       GROUP BY r.event_month, r.camp_id, r.status`,
    );
    await queryRunner.query(
      `INSERT INTO claim_narrative_counts_monthly (event_month, camp_id, narrative_id, status, n)
       SELECT r.event_month, r.camp_id, r.narrative_id, r.status, SUM(r.n) FROM claim_narrative_counts_daily r
       GROUP BY r.event_month, r.camp_id, r.narrative_id, r.status`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claim_narrative_counts_monthly', true);
    await queryRunner.dropTable('claim_counts_monthly', true);
    await queryRunner.dropTable('framing_counts_daily', true);
  }
}
