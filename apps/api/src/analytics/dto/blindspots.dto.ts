import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { CampId } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { LocationSummaryDto } from './analytics-claim.dto.js';
import { LimitQuery, toBoolean } from '../../common/query-params.js';

export class BlindspotsQueryDto extends ClaimFiltersDto {
  @ApiPropertyOptional({
    default: true,
    description:
      'true: claims of unknown sources are left out, so a place only LNA and "observers" mention still counts as LNA-only',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  ignoreUnknown?: boolean;

  @LimitQuery({ default: 50, maximum: 500, description: 'Most places and most narratives returned' })
  limit?: number;
}

export class NarrativeSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() color: string;
}

export class PlaceBlindspotDto {
  @ApiProperty({ type: LocationSummaryDto }) location: LocationSummaryDto;
  @ApiProperty({ example: 'LNA', description: 'The only camp that talks about it' }) camp: CampId;
  @ApiProperty() claims: number;
}

export class NarrativeBlindspotDto {
  @ApiProperty({ type: NarrativeSummaryDto }) narrative: NarrativeSummaryDto;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty() claims: number;
}

export class BlindspotsDto {
  @ApiProperty({ type: [PlaceBlindspotDto], description: 'Most claims first' }) places: PlaceBlindspotDto[];
  @ApiProperty({ type: [NarrativeBlindspotDto], description: 'Most claims first' }) narratives: NarrativeBlindspotDto[];
}
