import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('outlets')
export class OutletEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;
}
