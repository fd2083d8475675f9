import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLAIM_STATUSES, type ClaimStatus } from '@claimline/contracts';
import { IsOmittable } from '../../common/validation.js';
import { ClaimFiltersDto } from './claim-filters.dto.js';

/** The most claims one bulk action may change: beyond it the request is refused, not cut short. */
export const MAX_BULK_CLAIMS = 5000;

const NarrativeIds = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number], description }),
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(100),
    ArrayUnique(),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

/** What a bulk action sets on every claim; at least one field. */
export class ClaimBulkSetDto {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES, description: 'The same rules as a single edit' })
  @IsOmittable()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @NarrativeIds('Narratives to add to each claim (those it has stay)')
  addNarratives?: number[];

  @NarrativeIds('Narratives to remove from each claim')
  removeNarratives?: number[];

  @ApiPropertyOptional({ description: 'The source (and so the camp) of each claim' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  sourceId?: number;
}

/**
 * Either `ids` or `filter` with `expectedTotal`: the claims list's filters, as it sends them, and the
 * total the analyst saw, so a filter that matches other claims by now is refused instead of applied.
 */
export class ClaimBulkRequestDto {
  @ApiPropertyOptional({ type: [Number], description: `Claim ids, at most ${MAX_BULK_CLAIMS}` })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_CLAIMS, { message: `ids may hold at most ${MAX_BULK_CLAIMS} claims` })
  @IsInt({ each: true })
  @Min(1, { each: true })
  ids?: number[];

  @ApiPropertyOptional({ type: ClaimFiltersDto, description: 'Every claim matching these list filters' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimFiltersDto)
  filter?: ClaimFiltersDto;

  @ApiPropertyOptional({ description: 'With filter: the number of claims the analyst saw it match' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  expectedTotal?: number;

  @ApiProperty({ type: ClaimBulkSetDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimBulkSetDto)
  set: ClaimBulkSetDto;
}

export const BULK_SKIP_CODES = ['not-found', 'status-needs-links'] as const;
export type BulkSkipCode = (typeof BULK_SKIP_CODES)[number];

export class ClaimBulkSkipDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: BULK_SKIP_CODES, description: 'The reason as a code, for the interface to word' })
  code: BulkSkipCode;
  @ApiProperty({ description: 'Why this claim was left as it was' }) reason: string;
}

export class ClaimBulkCountDto {
  @ApiProperty({ description: 'A status, narrative id or source id' }) key: string;
  @ApiProperty() claims: number;
}

/** What changed, counted in claims. */
export class ClaimBulkSummaryDto {
  @ApiProperty({ type: [ClaimBulkCountDto], description: 'Claims whose status changed, by the status they had' })
  statusFrom: ClaimBulkCountDto[];
  @ApiProperty({ type: [ClaimBulkCountDto], description: 'Claims given each added narrative' })
  narrativesAdded: ClaimBulkCountDto[];
  @ApiProperty({ type: [ClaimBulkCountDto], description: 'Claims that lost each removed narrative' })
  narrativesRemoved: ClaimBulkCountDto[];
  @ApiProperty({ description: 'Claims moved to the new source' }) sourceChanged: number;
  @ApiProperty({ description: 'Claims whose camp changed with their source' }) campChanged: number;
}

export class ClaimBulkResultDto {
  @ApiProperty({ description: 'Names this action for undo; null when nothing changed', nullable: true, type: String })
  bulkId: string | null;
  @ApiProperty() changed: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: [ClaimBulkSkipDto] }) skipped: ClaimBulkSkipDto[];
  @ApiProperty({ type: ClaimBulkSummaryDto }) summary: ClaimBulkSummaryDto;
}

export class ClaimBulkUndoDto {
  @ApiProperty() bulkId: string;
  @ApiProperty({ description: 'Claims put back as they were before the action' }) restored: number;
}
