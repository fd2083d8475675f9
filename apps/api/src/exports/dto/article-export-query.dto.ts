import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsInt, IsOptional } from 'class-validator';
import { toIntList } from '../../claims/dto/claim-filters.dto.js';
import { IsDay } from '../../claims/dto/is-day.validator.js';

export class ArticleExportQueryDto {
  @ApiPropertyOptional({ description: 'Outlet ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  outlet?: number[];

  @ApiPropertyOptional({ description: 'Published from (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Published to (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  to?: string;
}
