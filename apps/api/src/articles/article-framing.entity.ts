import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CampId } from '@claimline/contracts';

/** How one article labelled one camp's forces, from the extractor's framing lexicon. */
@Entity('article_framing')
export class ArticleFramingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId: number;

  @Column({ name: 'camp_id', type: 'varchar', length: 16 })
  campId: CampId;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  @Column({ type: 'varchar', length: 10 })
  voice: 'narration' | 'quote';

  @Column({ type: 'varchar', length: 12 })
  tone: 'pejorative' | 'neutral' | 'legitimising';

  @Column({ type: 'int' })
  count: number;
}
