import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import {
  CLAIM_ORIGINS,
  CLAIM_STATUSES,
  DATE_PRECISIONS,
  LANGUAGES,
  SOURCE_KINDS,
  type CampId,
  type ClaimOrigin,
  type ClaimStatus,
  type ClaimType,
  type DatePrecision,
  type Language,
  type SourceKind,
  type SourceProposal,
  CLAIM_TYPES,
} from '@claimline/contracts';
import { AttributionWhyDto } from './attribution-why.dto.js';
import type {
  ArticleRow,
  ArticleClaimRow,
  ArticleStoryRow,
  ClaimLocationRow,
  FramingRow,
} from '../articles.repository.js';
import type { NearDuplicate } from '../../stories/stories.service.js';

export class ArticleQueryDto extends ConflictQueryDto {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export class OutletRefDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class EventDateOutDto {
  @ApiProperty() date: string;
  @ApiProperty({ enum: DATE_PRECISIONS }) precision: DatePrecision;
}

export class ClaimLocationDto {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ nullable: true, type: String }) mention: string | null;
}

export class ArticleFramingDto {
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['narration', 'quote'] }) voice: 'narration' | 'quote';
  @ApiProperty({ enum: ['pejorative', 'neutral', 'legitimising'] }) tone: 'pejorative' | 'neutral' | 'legitimising';
  @ApiProperty() count: number;
}

export class ArticleClaimDto {
  @ApiProperty() id: number;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'Offset into the body (UTF-16 code units)' }) start: number;
  @ApiProperty() end: number;
  @ApiProperty() cue: string;
  @ApiProperty({ nullable: true, type: Number }) sourceId: number | null;
  @ApiProperty({ nullable: true, type: String }) sourceName: string | null;
  @ApiProperty() sourceMention: string;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ nullable: true, type: String }) channel: string | null;
  @ApiProperty({ type: EventDateOutDto }) eventDate: EventDateOutDto;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty({ enum: CLAIM_ORIGINS }) origin: ClaimOrigin;
  @ApiProperty({ nullable: true, enum: CLAIM_TYPES }) claimType: ClaimType | null;
  @ApiProperty({ type: [ClaimLocationDto] }) locations: ClaimLocationDto[];
}

export class ArticleSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The conflict the article belongs to' }) conflict: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ type: OutletRefDto, nullable: true }) outlet: OutletRefDto | null;
  @ApiProperty() publishedAt: string;
  @ApiProperty({ description: 'True when the publication date is an estimate' }) publishedEstimated: boolean;
  @ApiProperty() claimCount: number;
  @ApiProperty() createdAt: string;
}

export class ArticleDetailDto extends ArticleSummaryDto {
  @ApiProperty({ nullable: true, type: Number, description: 'The story (near-duplicate articles) it belongs to' })
  storyId: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      "A near-duplicate: the story's first article, whose claims count for it (this one stores none). Null for a story's first article",
  })
  attachedTo: number | null;
  @ApiProperty({ description: 'How many outlets carried the story (a signal in itself); 0 when none is named' })
  storyOutlets: number;
  @ApiProperty() body: string;
  @ApiProperty({ type: [ArticleClaimDto] }) claims: ArticleClaimDto[];
  @ApiProperty({ type: [ArticleFramingDto] }) framing: ArticleFramingDto[];
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleSummaryDto] }) items: ArticleSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PreviewLocationDto {
  @ApiProperty({ nullable: true, type: Number }) id: number | null;
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() mention: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
}

export class PreviewClaimDto {
  @ApiProperty() text: string;
  @ApiProperty() start: number;
  @ApiProperty() end: number;
  @ApiProperty() cue: string;
  @ApiProperty({
    nullable: true,
    description: 'The database source; null for a new (not yet proposed) source',
    type: Number,
  })
  sourceId: number | null;
  @ApiProperty() sourceName: string;
  @ApiProperty() sourceMention: string;
  @ApiProperty({ enum: ['active', 'proposed', 'new'] }) sourceStatus: 'active' | 'proposed' | 'new';
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ enum: SOURCE_KINDS }) kind: SourceKind;
  @ApiProperty({ nullable: true, type: String }) channel: string | null;
  @ApiProperty({ type: EventDateOutDto }) eventDate: EventDateOutDto;
  @ApiProperty({ type: AttributionWhyDto, description: 'Why the extractor chose this cue, source and camp' })
  why: AttributionWhyDto;
  @ApiProperty({ type: [PreviewLocationDto] }) locations: PreviewLocationDto[];
  @ApiProperty({ type: [Number], description: 'Ready to send back in POST /api/articles claims[].locationIds' })
  locationIds: number[];
}

/** A source the registry does not know, as the extractor saw it: stored as a proposed source with the article. */
export class SourceProposalDto implements SourceProposal {
  @ApiProperty({ description: 'The source as written in the article' }) mention: string;
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ enum: SOURCE_KINDS }) kind: SourceKind;
  @ApiProperty({ description: 'How many claims in the article cite it' }) occurrences: number;
}

/** A stored article the previewed text is nearly the same as (shingle Jaccard ≥ 0.85). */
export class NearDuplicateDto {
  @ApiProperty() articleId: number;
  @ApiProperty({ description: 'Share of shared five-word shingles, 0–1 (0.93 reads "93 % the same")' })
  similarity: number;
  @ApiProperty({ enum: ['reprint', 'light-edit'], description: 'reprint: ≥ 0.95; light-edit: ≥ 0.85' })
  rule: 'reprint' | 'light-edit';
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) outlet: string | null;
  @ApiProperty() publishedAt: string;
}

export function toNearDuplicateDto(near: NearDuplicate): NearDuplicateDto {
  return {
    articleId: near.articleId,
    similarity: Math.floor(near.similarity * 1000) / 1000,
    rule: near.rule,
    title: near.title,
    outlet: near.outlet,
    publishedAt: near.publishedAt,
  };
}

export class PreviewDto {
  @ApiProperty({ description: 'The conflict whose pack extracted the claims' }) conflict: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: [PreviewClaimDto] }) claims: PreviewClaimDto[];
  @ApiProperty({ type: [ArticleFramingDto] }) framing: ArticleFramingDto[];
  @ApiProperty({
    type: [SourceProposalDto],
    description: 'Sources the registry does not know: they become proposals when stored',
  })
  proposals: SourceProposalDto[];
  @ApiProperty({
    type: NearDuplicateDto,
    nullable: true,
    description:
      "Saving attaches the article to this article's story and stores no claims for it, unless `separate: true`",
  })
  nearDuplicate: NearDuplicateDto | null;
}

export function toArticleSummaryDto(row: ArticleRow): ArticleSummaryDto {
  return {
    id: row.id,
    conflict: row.conflictId,
    title: row.title,
    language: row.language,
    url: row.url,
    outlet: row.outletId ? { id: row.outletId, name: row.outletName ?? '' } : null,
    publishedAt: row.publishedAt,
    publishedEstimated: Boolean(row.publishedEstimated),
    claimCount: row.claimCount,
    createdAt: toIso(row.createdAt),
  };
}

export function toArticleDetailDto(
  row: ArticleRow & ArticleStoryRow & { body: string },
  claims: ArticleClaimRow[],
  locations: ClaimLocationRow[],
  framing: FramingRow[],
): ArticleDetailDto {
  const byClaim = new Map<number, ClaimLocationDto[]>();
  for (const location of locations) {
    const list = byClaim.get(location.claimId) ?? [];
    list.push({
      id: location.id,
      key: location.key,
      nameAr: location.nameAr,
      nameEn: location.nameEn,
      mention: location.mention,
    });
    byClaim.set(location.claimId, list);
  }
  return {
    ...toArticleSummaryDto(row),
    storyId: row.storyId,
    attachedTo: row.storyFirstArticleId !== null && row.storyFirstArticleId !== row.id ? row.storyFirstArticleId : null,
    storyOutlets: row.storyOutlets,
    body: row.body,
    claims: claims.map((claim) => ({
      id: claim.id,
      text: claim.text,
      start: claim.startOffset,
      end: claim.endOffset,
      cue: claim.cue,
      sourceId: claim.sourceId,
      sourceName: claim.sourceId
        ? ((row.language === 'ar'
            ? claim.sourceNameAr || claim.sourceNameEn
            : claim.sourceNameEn || claim.sourceNameAr) ?? null)
        : null,
      sourceMention: claim.sourceMention,
      camp: claim.campId,
      channel: claim.channel,
      eventDate: { date: claim.eventDate, precision: claim.datePrecision },
      status: claim.status,
      origin: claim.origin,
      claimType: claim.claimType,
      locations: byClaim.get(claim.id) ?? [],
    })),
    framing: framing.map((f) => ({ camp: f.campId, label: f.label, voice: f.voice, tone: f.tone, count: f.count })),
  };
}

/** Raw SQLite datetimes come back as "YYYY-MM-DD HH:MM:SS.SSS" in UTC, without a zone. */
export function toIso(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).toISOString();
}
