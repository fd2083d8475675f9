import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, LocationKind } from '@claimline/contracts';

@Entity('locations')
export class LocationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The conflict (pack id) this row belongs to: lists, dashboards and exports read one conflict. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  @Column({ name: 'location_key', type: 'varchar', length: 100 })
  key: string;

  @Column({ name: 'name_ar', type: 'varchar', length: 255 })
  nameAr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 255 })
  nameEn: string;

  /** Spelling variants, one per line (a plain text column: JSON columns are unsafe on MariaDB through TypeORM). */
  @Column({ type: 'text' })
  aliases: string;

  @Column({ type: 'double' })
  lat: number;

  @Column({ type: 'double' })
  lon: number;

  @Column({ type: 'varchar', length: 16 })
  kind: LocationKind;

  @Column({ type: 'boolean' })
  ambiguous: boolean;

  /** `ar` or `en` when only that language's names are ambiguous; null when all are (GazetteerEntry.ambiguous). */
  @Column({ name: 'ambiguous_language', type: 'varchar', length: 2, nullable: true })
  ambiguousLanguage: Language | null;

  /** Outside the conflict's country: never the country context of an ambiguous name (GazetteerEntry.abroad). */
  @Column({ type: 'boolean', default: false })
  abroad: boolean;
}
