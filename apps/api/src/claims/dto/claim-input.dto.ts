import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  Matches,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/validation.js';
import { CLAIM_STATUSES, CLAIM_TYPES, CODE_PATTERN, DATE_PRECISIONS } from '@claimline/contracts';
import type { CampId, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import { IsDay } from '../../common/is-day.validator.js';

export class EventDateInputDto {
  @ApiProperty({ example: '2019-04-05', description: 'For week/month precision the first day of the period' })
  @IsDay()
  date: string;

  @ApiProperty({ enum: DATE_PRECISIONS })
  @IsIn(DATE_PRECISIONS)
  precision: DatePrecision;
}

/** A list of ids that replaces the claim's current set (narratives, places); absent keeps it, null is refused. */
const ReplacementIds = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number], description }),
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(100),
    ArrayUnique(),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

/** A review edit. `version` is the one the analyst read: a stale one is refused with 409. */
export class UpdateClaimDto {
  @ApiProperty({ description: 'The version this edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOmittable()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ enum: CLAIM_TYPES, nullable: true })
  @ValidateIf((_dto, value) => value !== null)
  @IsOptional()
  @IsIn(CLAIM_TYPES)
  claimType?: ClaimType | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Also sets the camp to the source’s' })
  @ValidateIf((_dto, value) => value !== null)
  @IsOptional()
  @IsInt()
  @Min(1)
  sourceId?: number | null;

  @ReplacementIds('Replaces the narrative tags')
  narratives?: number[];

  @ReplacementIds('Replaces the places')
  locations?: number[];

  @ApiPropertyOptional({ type: EventDateInputDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => EventDateInputDto)
  eventDate?: EventDateInputDto;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_dto, value) => value !== null)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;
}

/** A claim an analyst marks by hand on a span of an article. */
export class CreateClaimDto {
  @ApiProperty() @IsInt() @Min(1) articleId: number;

  @ApiProperty({ description: 'Start offset in the article body (UTF-16 code units)' })
  @IsInt()
  @Min(0)
  start: number;

  @ApiProperty({ description: 'End offset (exclusive)' })
  @IsInt()
  @Min(1)
  end: number;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) sourceId?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) sourceMention?: string;

  @ApiPropertyOptional({
    example: 'LNA',
    description: "A camp of the article's conflict; ignored when sourceId is given: the source decides",
  })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: 'camp must be a camp id such as LNA' })
  camp?: CampId;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) cue?: string;

  @ApiPropertyOptional({
    type: EventDateInputDto,
    description: 'Defaults to the publication date, precision "reported"',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventDateInputDto)
  eventDate?: EventDateInputDto;

  @ApiPropertyOptional({ enum: CLAIM_TYPES }) @IsOptional() @IsIn(CLAIM_TYPES) claimType?: ClaimType;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  narratives?: number[];

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  locations?: number[];
}
