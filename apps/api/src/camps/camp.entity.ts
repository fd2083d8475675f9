import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CampId } from '@claimline/contracts';

@Entity('camps')
export class CampEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: CampId;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'name_ar', type: 'varchar', length: 120 })
  nameAr: string;

  @Column({ name: 'description_en', type: 'varchar', length: 500 })
  descriptionEn: string;

  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
