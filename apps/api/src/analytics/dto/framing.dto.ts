import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { CampId } from '@claimline/contracts';
import { DayQuery, IdListQuery } from '../../common/query-params.js';

export class FramingQueryDto extends ConflictQueryDto {
  @IdListQuery('Outlet ids, comma-separated')
  outlet?: number[];

  @DayQuery('Articles published from (inclusive), YYYY-MM-DD')
  from?: string;

  @DayQuery('Articles published to (inclusive), YYYY-MM-DD')
  to?: string;

  // include (default): each outlet's wording is its own, so a reprint's labels count for the outlet that ran it.
  // exclude: only each story's first article, as if near-duplicates had never been stored.
  @ApiPropertyOptional({
    enum: ['include', 'exclude'],
    default: 'include',
    description: 'Near-duplicate copies of a story: counted for the outlets that carried them (include) or not',
  })
  @IsOptional()
  @IsIn(['include', 'exclude'])
  copies?: 'include' | 'exclude';
}

export class FramingLabelDto {
  @ApiProperty({ example: 'LNA', description: 'The camp whose forces the label names' }) camp: CampId;
  @ApiProperty({ example: 'ميليشيات' }) label: string;
  @ApiProperty({ enum: ['pejorative', 'neutral', 'legitimising'] }) tone: string;
  @ApiProperty({ description: "Uses in the outlet's own words" }) narration: number;
  @ApiProperty({ description: 'Uses inside quoted claims' }) quote: number;
}

export class FramingOutletDto {
  @ApiProperty({ nullable: true, description: 'Null for articles without an outlet', type: Number }) outletId:
    number | null;
  @ApiProperty() outletName: string;
  @ApiProperty({ type: [FramingLabelDto], description: 'By camp, then most used first' }) labels: FramingLabelDto[];
}

export class FramingReportDto {
  @ApiProperty({ type: [FramingOutletDto] }) outlets: FramingOutletDto[];
}
