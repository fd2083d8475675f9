import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CampId, CampRole } from '@claimline/contracts';

/** A camp as one conflict presents it: a camp id (global, claims reference it) with this conflict's names, colour, role and order. */
@Entity('conflict_camps')
export class ConflictCampEntity {
  @PrimaryColumn({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  @PrimaryColumn({ name: 'camp_id', type: 'varchar', length: 16 })
  campId: CampId;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'name_ar', type: 'varchar', length: 120 })
  nameAr: string;

  @Column({ name: 'description_en', type: 'varchar', length: 500, nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_ar', type: 'varchar', length: 500, nullable: true })
  descriptionAr: string | null;

  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Column({ type: 'varchar', length: 16 })
  role: CampRole;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  /** The camp a pejorative label for this camp's forces speaks for (packs with more than two belligerents). */
  @Column({ name: 'opponent_id', type: 'varchar', length: 16, nullable: true })
  opponentId: CampId | null;
}
