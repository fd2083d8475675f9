import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A claim a bulk action changed: its values before (JSON text) and its version right after the action. */
@Entity('claim_bulk_changes')
export class ClaimBulkChangeEntity {
  @PrimaryColumn({ name: 'bulk_id', type: 'varchar', length: 36 })
  bulkId: string;

  @PrimaryColumn({ name: 'claim_id', type: 'int' })
  claimId: number;

  @Column({ type: 'text' })
  before: string;

  @Column({ name: 'version_after', type: 'int' })
  versionAfter: number;
}
