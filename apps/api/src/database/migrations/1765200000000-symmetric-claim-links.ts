import type { MigrationInterface, QueryRunner } from 'typeorm';

type LinkRow = { id: number | string; fromId: number | string; toId: number | string; relation: string };

/**
 * Every link relation (contradicts, corroborates, same-event) is symmetric, and links are now stored lower claim id
 * first, so the unique (from_claim_id, to_claim_id, relation) index also holds B→A against A→B. Existing links are
 * turned round to match; one that duplicates its reverse (two racing requests could store both) is removed, which
 * changes no grading: the pair stays linked by the same relation.
 */
export class SymmetricClaimLinks1765200000000 implements MigrationInterface {
  name = 'SymmetricClaimLinks1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const reversed = (await queryRunner.query(
      'SELECT id, from_claim_id AS fromId, to_claim_id AS toId, relation FROM claim_links WHERE from_claim_id > to_claim_id ORDER BY id',
    )) as LinkRow[];
    for (const link of reversed) {
      const [low, high] = [Number(link.toId), Number(link.fromId)];
      const twin = (await queryRunner.query(
        'SELECT id FROM claim_links WHERE from_claim_id = ? AND to_claim_id = ? AND relation = ?',
        [low, high, link.relation],
      )) as unknown[];
      if (twin.length) await queryRunner.query('DELETE FROM claim_links WHERE id = ?', [Number(link.id)]);
      // Both columns set from values read here: MariaDB assigns left to right, so a column swap in SQL would not.
      else
        await queryRunner.query('UPDATE claim_links SET from_claim_id = ?, to_claim_id = ? WHERE id = ?', [
          low,
          high,
          Number(link.id),
        ]);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: lower id first is a valid order for the schema before this migration too.
  }
}
