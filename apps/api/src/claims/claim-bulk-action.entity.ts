import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One bulk review action: what it set and what it changed, kept so its author can undo it. */
@Entity('claim_bulk_actions')
export class ClaimBulkActionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'bulk_id', type: 'varchar', length: 36 })
  bulkId: string;

  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** JSON text of the request's `set`. */
  @Column({ type: 'text' })
  request: string;

  /** JSON text of the summary returned to the analyst. */
  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'undone_at', type: 'datetime', nullable: true })
  undoneAt: Date | null;
}
