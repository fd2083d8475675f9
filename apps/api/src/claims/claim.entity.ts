import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CampId, ClaimOrigin, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The conflict (pack id) this row belongs to: lists, dashboards and exports read one conflict. */
  @Column({ name: 'conflict_id', type: 'varchar', length: 64 })
  conflictId: string;

  @Column({ name: 'article_id', type: 'int' })
  articleId: number;

  @Column({ name: 'source_id', type: 'int', nullable: true })
  sourceId: number | null;

  /**
   * Copied from the source (or inferred for an unregistered one) so that the dashboard
   * groups by camp from one index without joining sources.
   */
  @Column({ name: 'camp_id', type: 'varchar', length: 16 })
  campId: CampId;

  @Column({ name: 'source_mention', type: 'varchar', length: 500 })
  sourceMention: string;

  @Column({ type: 'varchar', length: 120 })
  cue: string;

  @Column({ type: 'text' })
  text: string;

  /** The text normalized for search (hamza, taa marbuta, alef maqsura, diacritics folded). */
  @Column({ name: 'text_normalized', type: 'text' })
  textNormalized: string;

  @Column({ name: 'start_offset', type: 'int' })
  startOffset: number;

  @Column({ name: 'end_offset', type: 'int' })
  endOffset: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  channel: string | null;

  /** YYYY-MM-DD; for week and month precision the first day of the period. */
  @Column({ name: 'event_date', type: 'varchar', length: 10 })
  eventDate: string;

  @Column({ name: 'date_precision', type: 'varchar', length: 10 })
  datePrecision: DatePrecision;

  /** Precomputed buckets (day, ISO week's Monday, YYYY-MM) so aggregates group by an indexed column. */
  @Column({ name: 'event_day', type: 'varchar', length: 10 })
  eventDay: string;

  @Column({ name: 'event_week', type: 'varchar', length: 10 })
  eventWeek: string;

  @Column({ name: 'event_month', type: 'varchar', length: 7 })
  eventMonth: string;

  @Column({ name: 'claim_type', type: 'varchar', length: 32, nullable: true })
  claimType: ClaimType | null;

  @Column({ type: 'varchar', length: 20 })
  status: ClaimStatus;

  /**
   * The status an analyst (or ingestion) last gave the claim: never corroborated/contested, which only
   * follow from links. Link grading falls back to it when the links stop justifying those. Written
   * only by ClaimWriter.
   */
  @Column({ name: 'analyst_status', type: 'varchar', length: 20, default: 'unreviewed' })
  analystStatus: ClaimStatus;

  @Column({ type: 'varchar', length: 10 })
  origin: ClaimOrigin;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The extractor's AttributionWhy as JSON text; null for claims an analyst made or changed before storing. */
  @Column({ name: 'extraction_why', type: 'text', nullable: true })
  extractionWhy: string | null;

  /**
   * What the extractor proposed (ExtractionProposal as JSON text), written once at ingestion by ClaimWriter's batch
   * and never changed, so the reviewed state can be compared with it; null for analysts' claims.
   */
  @Column({ name: 'extraction_proposal', type: 'text', nullable: true })
  extractionProposal: string | null;

  /** Optimistic lock: a PATCH names the version it read; a stale one gets 409. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'updated_by_id', type: 'int', nullable: true })
  updatedById: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
