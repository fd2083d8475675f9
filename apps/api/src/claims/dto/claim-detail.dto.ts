import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_LINK_RELATIONS, CLAIM_ORIGINS, LANGUAGES } from '@claimline/contracts';
import type { CampId, ClaimLinkRelation, ClaimOrigin, Language } from '@claimline/contracts';
import { OutletRefDto } from '../../articles/dto/article.dto.js';
import { AttributionWhyDto, toAttributionWhyDto } from '../../articles/dto/attribution-why.dto.js';
import type { Grading } from '../claim-grading.js';
import type { ClaimLinkRow } from '../claim-links.repository.js';
import type { ClaimRow } from '../claim-rows.js';
import type { ArticleContextRow, ClaimLocationRow, ClaimNarrativeRow } from '../claims.repository.js';
import { ClaimSourceRefDto, ClaimSummaryDto, toClaimSummaryDto, toIsoString } from './claim-summary.dto.js';

/** Characters of article text shown on each side of the claim. */
export const CONTEXT_WINDOW = 600;

export class ArticleExcerptDto {
  @ApiProperty({ description: 'A window of the article body around the claim' }) text: string;
  @ApiProperty({ description: 'Offset of the window in the article body' }) offset: number;
  @ApiProperty({ description: 'Start of the claim within `text`' }) highlightStart: number;
  @ApiProperty({ description: 'End (exclusive) of the claim within `text`' }) highlightEnd: number;
  @ApiProperty({ description: 'Length of the whole article body' }) bodyLength: number;
}

export class ClaimArticleDto {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: OutletRefDto }) outlet: OutletRefDto | null;
  @ApiProperty() publishedAt: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: ArticleExcerptDto }) excerpt: ArticleExcerptDto;
}

export class ClaimPlaceDto {
  @ApiProperty() id: number;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({ nullable: true, description: 'The place as written in the claim', type: String }) mention:
    string | null;
}

export class LinkedClaimDto {
  @ApiProperty() id: number;
  @ApiProperty() text: string;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ description: 'The source as written in the claim' }) sourceMention: string;
  @ApiProperty({ type: ClaimSourceRefDto, nullable: true, description: 'The resolved source; null when unresolved' })
  source: ClaimSourceRefDto | null;
}

export class ClaimLinkRefDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: CLAIM_LINK_RELATIONS }) relation: ClaimLinkRelation;
  @ApiProperty({ enum: ['from', 'to'], description: "'from': this claim is the link's origin" }) direction:
    'from' | 'to';
  @ApiProperty({ type: LinkedClaimDto }) otherClaim: LinkedClaimDto;
}

export class GradingReasonDto {
  @ApiProperty() linkId: number;
  @ApiProperty() claimId: number;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
}

export class ClaimGradingDto {
  @ApiProperty({ enum: ['contested', 'corroborated'], nullable: true, description: 'What the links alone justify' })
  derived: 'contested' | 'corroborated' | null;
  @ApiProperty() explanation: string;
  @ApiProperty({ type: [GradingReasonDto] }) contestedBy: GradingReasonDto[];
  @ApiProperty({ type: [GradingReasonDto] }) corroboratedBy: GradingReasonDto[];
}

export class ClaimDetailDto extends ClaimSummaryDto {
  @ApiProperty() version: number;
  @ApiProperty({ enum: CLAIM_ORIGINS }) origin: ClaimOrigin;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ description: 'Start offset of the claim in the article body' }) start: number;
  @ApiProperty({ description: 'End offset (exclusive)' }) end: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: ClaimArticleDto }) article: ClaimArticleDto;
  @ApiProperty({ type: [ClaimPlaceDto] }) places: ClaimPlaceDto[];
  @ApiProperty({ type: [ClaimLinkRefDto] }) links: ClaimLinkRefDto[];
  @ApiProperty({ type: ClaimGradingDto }) grading: ClaimGradingDto;
  @ApiProperty({
    type: AttributionWhyDto,
    nullable: true,
    description: "Why the extractor attributed the claim as it did; null for an analyst's claim",
  })
  why: AttributionWhyDto | null;
}

export function toArticleExcerpt(body: string, start: number, end: number): ArticleExcerptDto {
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const to = Math.min(body.length, end + CONTEXT_WINDOW);
  return {
    text: body.slice(from, to),
    offset: from,
    highlightStart: start - from,
    highlightEnd: end - from,
    bodyLength: body.length,
  };
}

export function toClaimDetailDto(parts: {
  row: ClaimRow;
  article: ArticleContextRow;
  narratives: ClaimNarrativeRow[];
  locations: ClaimLocationRow[];
  links: ClaimLinkRow[];
  grading: Grading;
  /** claims.extraction_why as stored. */
  why: string | null;
}): ClaimDetailDto {
  const { row, article, narratives, locations, links, grading } = parts;
  const reason = (link: Grading['contestedBy'][number]): GradingReasonDto => ({
    linkId: link.linkId,
    claimId: link.otherClaimId,
    camp: link.otherCamp,
  });
  return {
    ...toClaimSummaryDto(row, narratives, locations),
    version: row.version,
    origin: row.origin,
    note: row.note,
    start: row.startOffset,
    end: row.endOffset,
    createdAt: toIsoString(row.createdAt),
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outletId === null ? null : { id: article.outletId, name: article.outletName ?? '' },
      publishedAt: article.publishedAt,
      url: article.url,
      language: article.language,
      excerpt: toArticleExcerpt(article.body, row.startOffset, row.endOffset),
    },
    places: locations.map((l) => ({
      id: l.id,
      nameAr: l.nameAr,
      nameEn: l.nameEn,
      lat: l.lat,
      lon: l.lon,
      mention: l.mention,
    })),
    links: links.map((link) => ({
      id: link.id,
      relation: link.relation,
      direction: link.direction,
      otherClaim: {
        id: link.otherId,
        text: link.otherText,
        camp: link.otherCamp,
        sourceMention: link.otherSourceMention,
        source:
          link.otherSourceId === null
            ? null
            : { id: link.otherSourceId, nameEn: link.otherSourceNameEn ?? '', nameAr: link.otherSourceNameAr ?? '' },
      },
    })),
    grading: {
      derived: grading.derived,
      explanation: grading.explanation,
      contestedBy: grading.contestedBy.map(reason),
      corroboratedBy: grading.corroboratedBy.map(reason),
    },
    why: toAttributionWhyDto(parts.why),
  };
}
