import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import type { BucketSize } from '../utils/fill-buckets.js';
import type { CoarserPrecision } from '../utils/coarser-precision.js';

export const BUCKET_SIZES = ['day', 'week', 'month'] as const;
const COARSER_PRECISION_VALUES: readonly CoarserPrecision[] = ['week', 'month'];
export const SERIES_GROUPINGS = ['camp', 'source', 'narrative', 'status'] as const;
export type SeriesGrouping = (typeof SERIES_GROUPINGS)[number];

export class TimeseriesQueryDto extends ClaimFiltersDto {
  @ApiPropertyOptional({
    enum: BUCKET_SIZES,
    default: 'week',
    description: 'Bucket size: day, ISO week (keyed by its Monday) or month',
  })
  @IsOptional()
  @IsIn(BUCKET_SIZES)
  bucket?: BucketSize;

  @ApiPropertyOptional({
    enum: SERIES_GROUPINGS,
    default: 'camp',
    description:
      'One series per camp, source, narrative or status. camp, source and status count each claim once (the series ' +
      'add up to the claims list total; claims without a source form the series "none"). narrative counts a claim ' +
      'once per narrative it carries, so series can add up to more than the total; untagged claims form the series "none".',
  })
  @IsOptional()
  @IsIn(SERIES_GROUPINGS)
  groupBy?: SeriesGrouping;
}

export class TimeseriesSeriesDto {
  @ApiProperty({ description: 'Camp id, status, source id, narrative id, or "none"', example: 'LNA' })
  key: string;

  @ApiProperty() label: string;
  @ApiProperty() labelAr: string;
  @ApiProperty({ example: '#D55E00' }) color: string;

  @ApiProperty({ type: [Number], description: 'Claims per bucket, aligned with `buckets`' })
  counts: number[];
}

export class TimeseriesCoarserSeriesDto {
  @ApiProperty({ description: 'The series key, as in `series` (camp id, status, source id, narrative id, or "none")' })
  key: string;

  @ApiProperty() label: string;
  @ApiProperty() labelAr: string;
  @ApiProperty({ example: '#D55E00' }) color: string;

  @ApiProperty({ description: 'Claims of this series known only to this precision' })
  count: number;
}

export class TimeseriesCoarserDto {
  @ApiProperty({
    enum: COARSER_PRECISION_VALUES,
    description: 'week: claims known only to their week (left out of day buckets); month: only to their month',
  })
  precision: CoarserPrecision;

  @ApiProperty({
    description:
      'Claims matching the filters known only to this precision, counted once each (also with groupBy=narrative)',
  })
  count: number;

  @ApiProperty({
    type: [TimeseriesCoarserSeriesDto],
    description: 'The same claims per series (narrative: once per narrative, so they can add up to more than count)',
  })
  series: TimeseriesCoarserSeriesDto[];
}

export class TimeseriesDto {
  @ApiProperty({ enum: BUCKET_SIZES }) bucket: BucketSize;
  @ApiProperty({ enum: SERIES_GROUPINGS }) groupBy: SeriesGrouping;

  @ApiProperty({
    type: [String],
    example: ['2019-10-07', '2019-10-14'],
    description: 'Every bucket from the first to the last (or from/to), empty ones included',
  })
  buckets: string[];

  @ApiProperty({ type: [TimeseriesSeriesDto] }) series: TimeseriesSeriesDto[];

  @ApiProperty({
    type: [TimeseriesCoarserDto],
    description:
      'Claims whose date is coarser than the bucket, which `series` leaves out rather than put them in the ' +
      'first day or week of their period: with bucket=week the claims known only to their month, with ' +
      'bucket=day those known only to their week or month; empty with bucket=month and when there are none. ' +
      'Claims dated by their publication (precision "reported") are day-exact and always in `series`.',
  })
  coarser: TimeseriesCoarserDto[];

  @ApiProperty({
    description: 'Claims matching the filters: the claims list total for the same filters (`coarser` included)',
  })
  total: number;
}
