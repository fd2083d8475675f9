import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ImportJobStatus = 'running' | 'done' | 'failed';

@Entity('import_jobs')
export class ImportJobEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'varchar', length: 10 })
  status: ImportJobStatus;

  /** Rows seen so far; the final total once the file has been read to its end. */
  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int' })
  done: number;

  @Column({ type: 'int' })
  failed: number;

  @Column({ type: 'int' })
  duplicates: number;

  /** JSON text: [{ line, reason }], capped. */
  @Column({ type: 'text' })
  failures: string;

  /** The uploaded file, kept until the job ends so that an interrupted job can resume from it. */
  @Column({ name: 'file_path', type: 'varchar', length: 1024, nullable: true })
  filePath: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  format: 'jsonl' | 'csv' | null;

  /** The last line whose outcome is committed, together with the counters, in the batch's own transaction. */
  @Column({ name: 'resume_line', type: 'int', default: 0 })
  resumeLine: number;

  /** The process working on the job; another may take it over once `leaseExpiresAt` has passed. */
  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_expires_at', type: 'datetime', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_by_email', type: 'varchar', length: 255, nullable: true })
  createdByEmail: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
