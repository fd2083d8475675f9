import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('claim_locations')
export class ClaimLocationEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'int' })
  claimId: number;

  @PrimaryColumn({ name: 'location_id', type: 'int' })
  locationId: number;

  /** The place as written in the claim, when the extractor found it. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  mention: string | null;
}
