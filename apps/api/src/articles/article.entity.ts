import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@claimline/contracts';

@Entity('articles')
export class ArticleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The conflict (pack id) this row belongs to: lists, dashboards and exports read one conflict. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

  @Column({ name: 'outlet_id', type: 'int', nullable: true })
  outletId: number | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'published_at', type: 'varchar', length: 10 })
  publishedAt: string;

  /** True when the publication date is an estimate (not stated by the outlet). */
  @Column({ name: 'published_estimated', type: 'boolean' })
  publishedEstimated: boolean;

  /** SHA-256 of the normalized body: the same article twice is refused. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
