import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimLinkRelation } from '@claimline/contracts';

@Entity('claim_links')
export class ClaimLinkEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'from_claim_id', type: 'int' })
  fromClaimId: number;

  @Column({ name: 'to_claim_id', type: 'int' })
  toClaimId: number;

  @Column({ type: 'varchar', length: 20 })
  relation: ClaimLinkRelation;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
