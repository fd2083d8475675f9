import { ApiProperty } from '@nestjs/swagger';
import type { CampId } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { LimitQuery } from '../../common/query-params.js';

export class TopSourcesQueryDto extends ClaimFiltersDto {
  @LimitQuery({ default: 10, maximum: 100 })
  limit?: number;
}

export class TopSourceDto {
  @ApiProperty() sourceId: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty() claims: number;
}

export class TopSourcesDto {
  @ApiProperty({ type: [TopSourceDto], description: 'Most claims first (claims without a source are not ranked)' })
  sources: TopSourceDto[];
}
