import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type FeedItemStatus = 'stored' | 'duplicate' | 'failed' | 'skipped';

/** One entry a feed has carried: seen once, stored once. */
@Entity('feed_items')
export class FeedItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'feed_id', type: 'int' })
  feedId: number;

  @Column({ name: 'guid_hash', type: 'varchar', length: 64 })
  guidHash: string;

  @Column({ type: 'varchar', length: 1000 })
  url: string;

  /** SHA-256 of the stored article's canonical URL. */
  @Column({ name: 'url_hash', type: 'varchar', length: 64, nullable: true })
  urlHash: string | null;

  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: FeedItemStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'seen_at', type: 'datetime' })
  seenAt: Date;
}
