import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { CampId, SourceKind } from '@claimline/contracts';
// Type-only, and the relation below names its target by entity name: under ESM the two entity modules
// import each other, and a value import would read SourceAliasEntity before its class is defined.
import type { SourceAliasEntity } from './source-alias.entity.js';

/** rejected: a proposal an analyst said names no source; kept so the mention is not proposed again. */
export type SourceStatus = 'active' | 'proposed' | 'merged' | 'rejected';

@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The conflict (pack id) this row belongs to: lists, dashboards and exports read one conflict. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  /** The extraction registry's key; null for sources analysts created or accepted. */
  @Column({ name: 'registry_key', type: 'varchar', length: 100, nullable: true })
  registryKey: string | null;

  @Column({ name: 'camp_id', type: 'varchar', length: 16 })
  campId: CampId;

  @Column({ type: 'varchar', length: 32 })
  kind: SourceKind;

  @Column({ name: 'name_ar', type: 'varchar', length: 255 })
  nameAr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 255 })
  nameEn: string;

  @Column({ type: 'varchar', length: 16 })
  status: SourceStatus;

  /**
   * The alias key of the mention an ingestion proposal waits for review under, unique in the conflict
   * (uq_sources_conflict_proposal): two transactions proposing the same new mention at once make one proposal.
   * Null once an analyst has changed or reviewed the source, and for every other source.
   */
  @Column({ name: 'proposal_key', type: 'varchar', length: 255, nullable: true })
  proposalKey: string | null;

  @Column({ name: 'merged_into_id', type: 'int', nullable: true })
  mergedIntoId: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @OneToMany('SourceAliasEntity', (alias: SourceAliasEntity) => alias.source)
  aliases?: Relation<SourceAliasEntity>[];
}
