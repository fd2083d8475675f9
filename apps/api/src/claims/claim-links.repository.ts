import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampId, ClaimLinkRelation, ClaimStatus } from '@claimline/contracts';
import { ClaimLinkEntity } from './claim-link.entity.js';

export type ClaimLinkRow = {
  id: number;
  relation: ClaimLinkRelation;
  direction: 'from' | 'to';
  otherId: number;
  otherText: string;
  otherCamp: CampId;
  otherStatus: ClaimStatus;
  otherSourceMention: string;
  /** The other claim's resolved source (LEFT JOIN): all null when it has none. */
  otherSourceId: number | null;
  otherSourceNameEn: string | null;
  otherSourceNameAr: string | null;
};
export type NewClaimLink = Omit<ClaimLinkEntity, 'id'>;

/** Links between claims: read with the claim at their other end, found, added and removed. */
@Injectable()
export class ClaimLinksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Links in both directions, each with the claim at its other end. */
  async linksOf(claimId: number, manager: EntityManager = this.dataSource.manager): Promise<ClaimLinkRow[]> {
    // Both directions in one statement (UNION ALL of the from- and to-claim index lookups): every claim page and
    // every regrade reads them.
    const side = (own: string, other: string, direction: 'from' | 'to') =>
      `SELECT l.id AS id, l.relation AS relation, '${direction}' AS direction, o.id AS otherId, o.text AS otherText,
              o.camp_id AS otherCamp, o.status AS otherStatus, o.source_mention AS otherSourceMention,
              s.id AS otherSourceId, s.name_en AS otherSourceNameEn, s.name_ar AS otherSourceNameAr
         FROM claim_links l JOIN claims o ON o.id = l.${other} LEFT JOIN sources s ON s.id = o.source_id
        WHERE l.${own} = ?`;
    const rows = await manager.query<ClaimLinkRow[]>(
      `${side('from_claim_id', 'to_claim_id', 'from')} UNION ALL ${side('to_claim_id', 'from_claim_id', 'to')}
       ORDER BY id`,
      [claimId, claimId],
    );
    return rows.map((row) => ({
      ...row,
      id: Number(row.id),
      otherId: Number(row.otherId),
      otherSourceId: row.otherSourceId === null ? null : Number(row.otherSourceId),
    }));
  }

  /** A link between the two claims with this relation, in either direction. */
  async findLinkBetween(
    a: number,
    b: number,
    relation: ClaimLinkRelation,
    manager: EntityManager,
  ): Promise<number | null> {
    const row = await manager
      .createQueryBuilder()
      .select('l.id', 'id')
      .from('claim_links', 'l')
      .where('l.relation = :relation', { relation })
      .andWhere('((l.from_claim_id = :a AND l.to_claim_id = :b) OR (l.from_claim_id = :b AND l.to_claim_id = :a))', {
        a,
        b,
      })
      .getRawOne<{ id: number }>();
    return row ? Number(row.id) : null;
  }

  async insertLink(link: NewClaimLink, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(ClaimLinkEntity).insert(link);
    return Number(result.identifiers[0].id);
  }

  findLink(id: number, manager: EntityManager = this.dataSource.manager): Promise<ClaimLinkEntity | null> {
    return manager.getRepository(ClaimLinkEntity).findOneBy({ id });
  }

  async deleteLink(id: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(ClaimLinkEntity).delete({ id });
  }
}
