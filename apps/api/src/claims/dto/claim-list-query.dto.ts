import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LimitQuery } from '../../common/query-params.js';
import { CLAIM_SORTS, type ClaimSort } from '../claim-cursor.js';
import { ClaimFiltersDto } from './claim-filters.dto.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The shared filters plus keyset paging and order. */
export class ClaimListQueryDto extends ClaimFiltersDto {
  @LimitQuery({ default: DEFAULT_PAGE_SIZE, maximum: MAX_PAGE_SIZE })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ enum: CLAIM_SORTS, default: '-eventDate' })
  @IsOptional()
  @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;
}
