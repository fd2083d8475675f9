import { Entity, PrimaryColumn } from 'typeorm';

@Entity('claim_narratives')
export class ClaimNarrativeEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'int' })
  claimId: number;

  @PrimaryColumn({ name: 'narrative_id', type: 'int' })
  narrativeId: number;
}
