import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_LINK_RELATIONS, type ClaimLinkRelation } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { AnalyticsClaimDto, LocationSummaryDto } from './analytics-claim.dto.js';
import { AnalyticsArticleDto } from './claim-article.dto.js';
import { LimitQuery } from '../../common/query-params.js';

/**
 * The claims filters apply to both claims of a pair. Without from/to only the last 90 days that have
 * data are searched (the response's `window` says which): a request never walks the whole history.
 */
export class ContestedQueryDto extends ClaimFiltersDto {
  @LimitQuery({ default: 50, maximum: 500 })
  limit?: number;
}

export class ContestedQuoteDto {
  @ApiProperty({ enum: ['a', 'b'], description: 'Which claim of the pair the words are from' }) claim: 'a' | 'b';
  @ApiProperty({ description: 'The words as written in the claim' }) text: string;
}

export class ContestedEvidenceDto {
  @ApiProperty({
    description:
      'The rule that fired: denial, accusation-of-the-other-camp, or opposite-outcome/<outcome> (libs/extraction opposition lexicon)',
    example: 'opposite-outcome/took-control-vs-repelled',
  })
  rule: string;
  @ApiProperty({ description: "The rule's weight in the score" }) weight: number;
  @ApiProperty({ type: [ContestedQuoteDto] }) quotes: ContestedQuoteDto[];
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
  @ApiProperty({ description: 'Sum of the weights of the opposition rules that fired; 0 only for a linked pair' })
  score: number;
  @ApiProperty({ type: [ContestedEvidenceDto], description: 'Why the two claims oppose each other' })
  evidence: ContestedEvidenceDto[];
  @ApiProperty({
    description:
      "How directly the camps oppose, from the conflict pack's roles: 0 opposed belligerents, 1 a belligerent and another camp, 2 neither a belligerent",
  })
  campOpposition: number;
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
      'Up to limit pairs, ranked: opposed belligerents first, then the opposition score, the most specific place, the closest dates, exact days, the most recent. A suggestion needs opposition evidence, is not dismissed, and no claim appears in more than perClaimCap pairs; linked pairs are always listed',
  })
  pairs: ContestedPairDto[];
  @ApiProperty({ type: [AnalyticsArticleDto], description: "The articles of the pairs' claims (claim.articleId)" })
  articles: AnalyticsArticleDto[];
  @ApiProperty({
    description:
      'Cross-camp pairs about the same place within a day that were searched but carry no opposition evidence: not offered as contradictions (Compare shows them side by side)',
  })
  withoutEvidence: number;
  @ApiProperty({ description: 'Suggestions left out because the analysts dismissed them' }) dismissed: number;
  @ApiProperty({ description: 'Most suggested pairs one claim appears in' }) perClaimCap: number;
}
