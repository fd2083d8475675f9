import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('feeds')
export class FeedEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 1000 })
  url: string;

  /** SHA-256 of the URL: one feed per URL. */
  @Column({ name: 'url_hash', type: 'varchar', length: 64 })
  urlHash: string;

  /** The feed's own title, read at each successful poll. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  title: string | null;

  /** Outlet the articles are stored under; null → the page's site name or host. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  outlet: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  conflict: string | null;

  @Column({ name: 'interval_minutes', type: 'int' })
  intervalMinutes: number;

  @Column({ type: 'boolean' })
  paused: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  etag: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 100, nullable: true })
  lastModified: string | null;

  @Column({ name: 'last_polled_at', type: 'datetime', nullable: true })
  lastPolledAt: Date | null;

  @Column({ name: 'last_success_at', type: 'datetime', nullable: true })
  lastSuccessAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  /** Consecutive failed polls: the backoff's exponent. */
  @Column({ type: 'int' })
  failures: number;

  @Column({ name: 'next_poll_at', type: 'datetime', nullable: true })
  nextPollAt: Date | null;

  /** Set while a poll runs. */
  @Column({ name: 'polling_since', type: 'datetime', nullable: true })
  pollingSince: Date | null;

  @Column({ name: 'items_seen', type: 'int' })
  itemsSeen: number;

  @Column({ name: 'last_new_items', type: 'int' })
  lastNewItems: number;

  @Column({ name: 'articles_stored', type: 'int' })
  articlesStored: number;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
