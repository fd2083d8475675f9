import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
// Type-only, target by entity name: see source.entity.ts.
import type { SourceEntity } from './source.entity.js';

@Entity('source_aliases')
export class SourceAliasEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'source_id', type: 'int' })
  sourceId: number;

  /** As written by the analyst or the registry. */
  @Column({ type: 'varchar', length: 255 })
  alias: string;

  /** `normalizeArabic(alias)`: what mentions are matched against. */
  @Column({ type: 'varchar', length: 255 })
  normalized: string;

  @ManyToOne('SourceEntity', (source: SourceEntity) => source.aliases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: Relation<SourceEntity>;
}
