import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CAMP_IDS, type CampId } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { toInt } from './query-params.js';

export class TopSourcesQueryDto extends ClaimFiltersDto {
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class TopSourceDto {
  @ApiProperty() sourceId: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ enum: CAMP_IDS }) camp: CampId;
  @ApiProperty() claims: number;
}

export class TopSourcesDto {
  @ApiProperty({ type: [TopSourceDto], description: 'Most claims first (claims without a source are not ranked)' }) sources: TopSourceDto[];
}
