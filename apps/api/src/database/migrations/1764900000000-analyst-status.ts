import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { varchar } from './column-types.js';
import { analystStatusFromHistoryV1 } from './frozen/analyst-status-v1.js';

/** Claims read per backfill round (their audit events in one query). */
const BATCH = 500;

/**
 * claims.analyst_status: the status an analyst (or ingestion) last gave the claim, which link
 * grading falls back to when the links no longer justify corroborated/contested. It used to be
 * recovered from the claim's audit-log JSON on every regrade.
 * Backfill: a claim whose status is not derived from links has that status as its analyst status
 * (every such status was set by an analyst, by ingestion, or restored from the analyst status); only
 * corroborated/contested claims need their history, read in keyset batches.
 */
export class AnalystStatus1764900000000 implements MigrationInterface {
  name = 'AnalystStatus1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'claims',
      new TableColumn({ ...varchar('analyst_status', 20), default: "'unreviewed'" }),
    );
    await queryRunner.query(
      "UPDATE claims SET analyst_status = status WHERE status NOT IN ('corroborated', 'contested')",
    );
    let after = 0;
    for (;;) {
      const rows = (await queryRunner.query(
        `SELECT id FROM claims WHERE status IN ('corroborated', 'contested') AND id > ? ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: number | string }[];
      if (!rows.length) break;
      const ids = rows.map((row) => Number(row.id));
      // Aliased: BEFORE is a reserved word in MariaDB.
      const events = (await queryRunner.query(
        `SELECT a.entity_id AS claimId, a.before AS beforeJson, a.after AS afterJson FROM audit_events a
         WHERE a.entity = 'claim' AND a.entity_id IN (${ids.map(() => '?').join(', ')}) ORDER BY a.id`,
        ids.map(String),
      )) as { claimId: string | number; beforeJson: string | null; afterJson: string | null }[];
      const history = new Map<number, { before: string | null; after: string | null }[]>();
      for (const event of events) {
        const list = history.get(Number(event.claimId)) ?? [];
        list.push({ before: event.beforeJson, after: event.afterJson });
        history.set(Number(event.claimId), list);
      }
      for (const id of ids) {
        const status = analystStatusFromHistoryV1(history.get(id) ?? []);
        if (status !== 'unreviewed')
          await queryRunner.query('UPDATE claims SET analyst_status = ? WHERE id = ?', [status, id]);
      }
      after = ids[ids.length - 1];
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('claims', 'analyst_status');
  }
}
