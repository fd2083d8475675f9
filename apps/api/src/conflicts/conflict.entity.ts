import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One conflict Claimline follows, with the database copy of its pack (see the 1765600000000 migration). */
@Entity('conflicts')
export class ConflictEntity {
  /** The pack id: kebab-case, also in URLs ("sudan-2023"). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ name: 'name_ar', type: 'varchar', length: 200 })
  nameAr: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'period_from', type: 'varchar', length: 10 })
  periodFrom: string;

  /** YYYY-MM-DD, or null while the conflict goes on. */
  @Column({ name: 'period_to', type: 'varchar', length: 10, nullable: true })
  periodTo: string | null;

  @Column({ name: 'pack_version', type: 'varchar', length: 32 })
  packVersion: string;

  /**
   * The pack as last imported (YAML). Its camps, sources, places and narratives are superseded by the
   * tables (analysts edit those); the rest (affiliations, government context, framing) is read from here.
   */
  @Column({ type: 'text', nullable: true })
  pack: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
