import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('narratives')
export class NarrativeEntity {
  @PrimaryGeneratedColumn()
  id: number;

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
