import { ApiProperty } from '@nestjs/swagger';
import {
  CLAIM_STATUSES,
  DATE_PRECISIONS,
  LOCATION_KINDS,
  type CampId,
  type ClaimStatus,
  type DatePrecision,
  type LocationKind,
} from '@claimline/contracts';

export class AnalyticsClaimDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty() text: string;
  @ApiProperty() cue: string;
  @ApiProperty({ description: 'The source as written in the article' }) sourceMention: string;
  @ApiProperty({ nullable: true, description: 'The registered source name (English)', type: String }) sourceName:
    string | null;
  @ApiProperty({ nullable: true, type: String }) sourceNameAr: string | null;
  @ApiProperty({ example: '2019-10-07' }) eventDate: string;
  @ApiProperty({ enum: DATE_PRECISIONS }) datePrecision: DatePrecision;
  @ApiProperty() articleId: number;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
}

export class LocationSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({ enum: LOCATION_KINDS }) kind: LocationKind;
}

/** Column values as the raw query returns them (prefix included), see AnalyticsRepository.claimColumns. */
export type RawClaimColumns = Record<string, unknown>;

export function toAnalyticsClaimDto(row: RawClaimColumns, prefix: string): AnalyticsClaimDto {
  const get = (name: string) => row[`${prefix}${name}`];
  return {
    id: Number(get('id')),
    camp: get('camp') as CampId,
    text: String(get('text')),
    cue: String(get('cue')),
    sourceMention: String(get('source_mention')),
    sourceName: (get('source_name') as string | null) ?? null,
    sourceNameAr: (get('source_name_ar') as string | null) ?? null,
    eventDate: String(get('event_date')),
    datePrecision: get('date_precision') as DatePrecision,
    articleId: Number(get('article_id')),
    status: get('status') as ClaimStatus,
  };
}

export function toLocationSummaryDto(row: RawClaimColumns, prefix = 'loc_'): LocationSummaryDto {
  return {
    id: Number(row[`${prefix}id`]),
    key: String(row[`${prefix}key`]),
    nameAr: String(row[`${prefix}name_ar`]),
    nameEn: String(row[`${prefix}name_en`]),
    lat: Number(row[`${prefix}lat`]),
    lon: Number(row[`${prefix}lon`]),
    kind: String(row[`${prefix}kind`]) as LocationKind,
  };
}
