import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATUSES, CLAIM_TYPES, DATE_PRECISIONS } from '@claimline/contracts';
import type { CampId, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import type { ClaimRow } from '../claim-rows.js';
import type { ClaimLocationRow, ClaimNarrativeRow } from '../claims.repository.js';
import type { MatchedBy } from '../../search/search-references.js';

/** A first page counts its matches up to this many; past it the list says "more than" (ClaimListDto.totalCapped). */
export const TOTAL_CAP = 10_000;

const MATCHED_BY: MatchedBy[] = ['text', 'source', 'place'];

export class ClaimSourceRefDto {
  @ApiProperty() id: number;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
}

export class ClaimNarrativeRefDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ example: '#0072B2' }) color: string;
}

export class ClaimLocationRefDto {
  @ApiProperty() id: number;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
}

export class ClaimSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() text: string;
  @ApiProperty() cue: string;
  @ApiProperty() sourceMention: string;
  @ApiProperty({ type: ClaimSourceRefDto, nullable: true }) source: ClaimSourceRefDto | null;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ nullable: true, type: String }) channel: string | null;
  @ApiProperty({ example: '2019-04-05' }) eventDate: string;
  @ApiProperty({ enum: DATE_PRECISIONS }) datePrecision: DatePrecision;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty({ enum: CLAIM_TYPES, nullable: true }) claimType: ClaimType | null;
  @ApiProperty() articleId: number;
  @ApiProperty({ type: [ClaimNarrativeRefDto] }) narratives: ClaimNarrativeRefDto[];
  @ApiProperty({ type: [ClaimLocationRefDto] }) locations: ClaimLocationRefDto[];
  @ApiProperty() updatedAt: string;
  @ApiProperty({
    description:
      "How many outlets carried the claim's story (its article and the near-duplicates attached to it); the claim is counted once",
  })
  storyOutlets: number;
  @ApiPropertyOptional({
    enum: MATCHED_BY,
    isArray: true,
    description:
      'In the claims list with `q` only: why the claim matched: its text (every word starts a word of it), its source (name or alias) or a place (name or variant)',
  })
  matchedBy?: MatchedBy[];
}

export class ClaimListDto {
  @ApiProperty({ type: [ClaimSummaryDto] }) items: ClaimSummaryDto[];
  @ApiProperty({
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
    type: String,
  })
  nextCursor: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Claims matching the filters, across all pages, up to ${TOTAL_CAP.toLocaleString('en')} (see totalCapped); on the first page only (null on cursor pages: counting scans every match)`,
  })
  total: number | null;
  @ApiProperty({
    description: `True when more than ${TOTAL_CAP.toLocaleString('en')} claims match: total is then that lower bound, not the count`,
  })
  totalCapped: boolean;
}

/** What toISOString() writes: a value already in this form is returned as it is. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** SQLite hands back 'YYYY-MM-DD HH:MM:SS.SSS' (UTC), mysql2 a Date, a row already answered its ISO string. */
export function toIsoString(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  if (ISO_INSTANT.test(value)) return value;
  return new Date(`${value.replace(' ', 'T')}${/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`).toISOString();
}

export function toSourceRef(row: ClaimRow): ClaimSourceRefDto | null {
  return row.sourceId === null
    ? null
    : { id: row.sourceId, nameAr: row.sourceNameAr ?? '', nameEn: row.sourceNameEn ?? '' };
}

export const toNarrativeRef = (row: ClaimNarrativeRow): ClaimNarrativeRefDto => ({
  id: row.id,
  nameEn: row.nameEn,
  nameAr: row.nameAr,
  color: row.color,
});

export function toClaimSummaryDto(
  row: ClaimRow,
  narratives: ClaimNarrativeRow[],
  locations: ClaimLocationRow[],
  matchedBy?: MatchedBy[],
): ClaimSummaryDto {
  return {
    id: row.id,
    text: row.text,
    cue: row.cue,
    sourceMention: row.sourceMention,
    source: toSourceRef(row),
    camp: row.campId,
    channel: row.channel,
    eventDate: row.eventDate,
    datePrecision: row.datePrecision,
    status: row.status,
    claimType: row.claimType,
    articleId: row.articleId,
    narratives: narratives.map(toNarrativeRef),
    locations: locations.map((location) => ({ id: location.id, nameAr: location.nameAr, nameEn: location.nameEn })),
    updatedAt: toIsoString(row.updatedAt),
    // An article outside any story (written by a tool that bypassed ingestion) was carried by its own outlet.
    storyOutlets: Math.max(1, Number(row.storyOutlets ?? 1)),
    ...(matchedBy ? { matchedBy } : {}),
  };
}
