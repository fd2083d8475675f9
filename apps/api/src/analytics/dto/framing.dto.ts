import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsInt, IsOptional } from 'class-validator';
import { CAMP_IDS, type CampId } from '@claimline/contracts';
import { toIntList } from '../../claims/dto/claim-filters.dto.js';
import { IsDay } from '../../claims/dto/is-day.validator.js';

export class FramingQueryDto {
  @ApiPropertyOptional({ description: 'Outlet ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  outlet?: number[];

  @ApiPropertyOptional({ description: 'Articles published from (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Articles published to (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  to?: string;
}

export class FramingLabelDto {
  @ApiProperty({ enum: CAMP_IDS, description: "The camp whose forces the label names" }) camp: CampId;
  @ApiProperty({ example: 'ميليشيات' }) label: string;
  @ApiProperty({ enum: ['pejorative', 'neutral', 'legitimising'] }) tone: string;
  @ApiProperty({ description: "Uses in the outlet's own words" }) narration: number;
  @ApiProperty({ description: 'Uses inside quoted claims' }) quote: number;
}

export class FramingOutletDto {
  @ApiPropertyOptional({ nullable: true, description: 'Null for articles without an outlet' }) outletId: number | null;
  @ApiProperty() outletName: string;
  @ApiProperty({ type: [FramingLabelDto], description: 'By camp, then most used first' }) labels: FramingLabelDto[];
}

export class FramingDto {
  @ApiProperty({ type: [FramingOutletDto] }) outlets: FramingOutletDto[];
}
