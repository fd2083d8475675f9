import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import type { BucketSize } from '../utils/fill-buckets.js';

export const BUCKET_SIZES = ['day', 'week', 'month'] as const;
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

  @ApiProperty({ description: 'Claims matching the filters: the claims list total for the same filters' })
  total: number;
}
