import { ApiProperty } from '@nestjs/swagger';
import type { CampId } from '@claimline/contracts';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { AnalyticsClaimDto, LocationSummaryDto } from './analytics-claim.dto.js';
import { AnalyticsArticleDto } from './claim-article.dto.js';

/** The claims filters; `location` is required and names exactly one place. */
export class CompareQueryDto extends ClaimFiltersDto {}

export class CompareWindowDto {
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty({ nullable: true, type: String }) to: string | null;
}

export class CompareCampDto {
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ type: [AnalyticsClaimDto], description: 'Oldest first' }) claims: AnalyticsClaimDto[];
}

export class CompareDto {
  @ApiProperty({ type: LocationSummaryDto }) location: LocationSummaryDto;
  @ApiProperty({ type: CompareWindowDto }) window: CompareWindowDto;
  @ApiProperty({ type: [CompareCampDto], description: 'All five camps in their canonical order, empty ones included' })
  camps: CompareCampDto[];
  @ApiProperty({
    type: [AnalyticsArticleDto],
    description: 'The articles of the claims (claim.articleId): outlet, title, link',
  })
  articles: AnalyticsArticleDto[];
}
