import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty } from '@nestjs/swagger';
import { CAMP_IDS, type CampId } from '@claimline/contracts';
import { DayQuery, IdListQuery } from '../../common/query-params.js';

export class FramingQueryDto extends ConflictQueryDto {
  @IdListQuery('Outlet ids, comma-separated')
  outlet?: number[];

  @DayQuery('Articles published from (inclusive), YYYY-MM-DD')
  from?: string;

  @DayQuery('Articles published to (inclusive), YYYY-MM-DD')
  to?: string;
}

export class FramingLabelDto {
  @ApiProperty({ enum: CAMP_IDS, description: 'The camp whose forces the label names' }) camp: CampId;
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
