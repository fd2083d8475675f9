import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_LINK_RELATIONS, type ClaimLinkRelation } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { AnalyticsClaimDto, LocationSummaryDto } from './analytics-claim.dto.js';
import { LimitQuery } from '../../common/query-params.js';

/**
 * The claims filters apply to both claims of a pair. Without from/to only the last 90 days that have
 * data are searched (the response's `window` says which): a request never walks the whole history.
 * Pairs come newest day first, then by place and claim id.
 */
export class ContestedQueryDto extends ClaimFiltersDto {
  @LimitQuery({ default: 50, maximum: 500 })
  limit?: number;
}

export class ContestedPairDto {
  @ApiProperty({ type: LocationSummaryDto }) location: LocationSummaryDto;
  @ApiProperty({
    type: AnalyticsClaimDto,
    description: 'The claim of the camp that comes first in camp order (LNA before GNA …)',
  })
  a: AnalyticsClaimDto;
  @ApiProperty({ type: AnalyticsClaimDto }) b: AnalyticsClaimDto;
  @ApiProperty({ description: 'Days between the two event days (0 or 1)' }) dayGap: number;
  @ApiProperty({ description: 'True when an analyst already linked the two claims; false for a suggestion' })
  linked: boolean;
  @ApiPropertyOptional() linkId?: number;
  @ApiPropertyOptional({ enum: CLAIM_LINK_RELATIONS }) relation?: ClaimLinkRelation;
}

export class ContestedWindowDto {
  @ApiProperty({ type: String, nullable: true, description: 'First event day searched (default: 89 days before `to`)' })
  from: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Last event day searched (default: the newest day with data)',
  })
  to: string | null;
}

export class ContestedDto {
  @ApiProperty({
    type: ContestedWindowDto,
    description: 'The event days searched: from/to as given, else the last 90 days with data',
  })
  window: ContestedWindowDto;
  @ApiProperty({
    type: [ContestedPairDto],
    description:
      'Up to limit pairs from the newest days of the window, ranked: LNA against GNA first, then the most specific place, the closest dates, exact days, the most recent',
  })
  pairs: ContestedPairDto[];
}
