import type { Schemas } from '../../../lib/api/client';

export type EventDate = Schemas['EventDateOutDto'];
export type PreviewLocation = Schemas['PreviewLocationDto'];
/** One extracted claim as POST /api/articles/preview returns it. */
export type PreviewClaim = Schemas['PreviewClaimDto'];
export type PreviewResult = Schemas['PreviewDto'];
export type PreviewInput = Schemas['PreviewArticleDto'];

export type ClaimInput = Schemas['ClaimInputDto'];
export type CreateArticleInput = Schemas['CreateArticleDto'];

export type ArticlePage = Schemas['ArticlePageDto'];
export type ArticleDetail = Schemas['ArticleDetailDto'];

export type ImportJob = Schemas['ImportJobDto'];
