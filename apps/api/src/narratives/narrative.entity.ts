import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('narratives')
export class NarrativeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The conflict (pack id) this row belongs to: lists, dashboards and exports read one conflict. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'name_ar', type: 'varchar', length: 120 })
  nameAr: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
