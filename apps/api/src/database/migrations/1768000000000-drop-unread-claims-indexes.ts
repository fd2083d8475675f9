import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Three claims indexes of the first schema that no statement reads any more: the conflict-led indexes and
 * the rollups answer what they were for. MariaDB's index statistics (`userstat`) at 1 M claims read none of
 * them over a team's mixed load, every single request of the bench (dashboard, lists, searches, export) and
 * the analytics that fall back to claims (outlet, place and narrative filters). Every claim written still
 * paid for them. Kept: idx_claims_day (from/to on claims: an outlet's month, 136k rows instead of a scan),
 * idx_claims_camp_day (camp_id's foreign key; a camp-narrowed search count) and idx_claims_status (a
 * status-narrowed search count).
 */
const UNREAD: readonly { name: string; columnNames: string[] }[] = [
  { name: 'idx_claims_week', columnNames: ['event_week', 'camp_id'] },
  { name: 'idx_claims_month', columnNames: ['event_month', 'camp_id'] },
  { name: 'idx_claims_camp_week_source', columnNames: ['camp_id', 'event_week', 'source_id'] },
];

export class DropUnreadClaimsIndexes1768000000000 implements MigrationInterface {
  name = 'DropUnreadClaimsIndexes1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { name } of UNREAD) await queryRunner.dropIndex('claims', name);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of UNREAD) await queryRunner.createIndex('claims', new TableIndex(index));
  }
}
