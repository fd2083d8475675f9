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

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
