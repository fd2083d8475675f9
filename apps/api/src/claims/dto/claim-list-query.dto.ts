import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CLAIM_SORTS, type ClaimSort } from '../claim-cursor.js';
import { ClaimFiltersDto } from './claim-filters.dto.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The shared filters plus keyset paging and order. */
export class ClaimListQueryDto extends ClaimFiltersDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
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
