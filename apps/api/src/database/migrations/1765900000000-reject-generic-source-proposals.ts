import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { rebuildDerivedClaimData } from '../../claim-writes/claim-writer.js';
import { isGenericMention } from '../../sources/generic-mention.js';

const CHUNK = 500;

/**
 * Proposals made before generic mentions were refused: «المصدر»، "the source", unnamed speakers (kind
 * anonymous). Each becomes a rejected proposal (kept, so the mention is not proposed again) and its claims
 * lose the source and keep their camp — what ingesting the article again would store. Then everything
 * derived from claims is rebuilt by the same function the write path's repair tools use, so rollups (Top
 * sources) stop counting them. Only proposals are touched: a source an analyst accepted stays as it is.
 */
export class RejectGenericSourceProposals1765900000000 implements MigrationInterface {
  name = 'RejectGenericSourceProposals1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT s.id AS id, s.kind AS kind, s.name_ar AS nameAr, s.name_en AS nameEn, a.alias AS alias
       FROM sources s LEFT JOIN source_aliases a ON a.source_id = s.id WHERE s.status = 'proposed'`,
    )) as { id: number | string; kind: string; nameAr: string; nameEn: string; alias: string | null }[];
    const names = new Map<number, { anonymous: boolean; names: string[] }>();
    for (const row of rows) {
      const id = Number(row.id);
      const entry = names.get(id) ?? { anonymous: row.kind === 'anonymous', names: [row.nameAr, row.nameEn] };
      if (row.alias) entry.names.push(row.alias);
      names.set(id, entry);
    }
    const ids = [...names]
      .filter(([, entry]) => entry.anonymous || entry.names.filter(Boolean).every(isGenericMention))
      .map(([id]) => id);
    if (!ids.length) return;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const marks = chunk.map(() => '?').join(', ');
      await queryRunner.query(
        `UPDATE claims SET source_id = NULL, version = version + 1, updated_at = CURRENT_TIMESTAMP
         WHERE source_id IN (${marks})`,
        chunk,
      );
      await queryRunner.query(
        `UPDATE sources SET status = 'rejected', updated_at = CURRENT_TIMESTAMP WHERE id IN (${marks})`,
        chunk,
      );
    }
    await queryRunner.manager.getRepository(AuditEventEntity).insert(
      ids.map((id) => ({
        userId: null,
        userEmail: null,
        at: new Date(),
        entity: 'source',
        entityId: String(id),
        action: 'reject',
        before: JSON.stringify({ status: 'proposed' }),
        after: JSON.stringify({ status: 'rejected', reason: 'generic mention (migration 1765900000000)' }),
      })),
    );
    await rebuildDerivedClaimData(queryRunner.connection, queryRunner.manager);
  }

  /** Data only: the claims' former sources are not restored (the audit events name the proposals). */
  async down(): Promise<void> {}
}
