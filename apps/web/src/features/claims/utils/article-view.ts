import type { ClaimDetail } from '../api/types';

export type ArticleView = { text: string; start: number; end: number; truncatedStart: boolean; truncatedEnd: boolean };

const ELLIPSIS = '… ';

/**
 * The article text to show on the claim page and where the claim sits in it: the API's excerpt
 * window around the claim, with an ellipsis where the window cuts the body.
 */
export function claimArticleView(claim: Pick<ClaimDetail, 'article'>): ArticleView {
  const { excerpt } = claim.article;
  const truncatedStart = excerpt.offset > 0;
  const truncatedEnd = excerpt.offset + excerpt.text.length < excerpt.bodyLength;
  const prefix = truncatedStart ? ELLIPSIS : '';
  const suffix = truncatedEnd ? ' …' : '';
  return {
    text: `${prefix}${excerpt.text}${suffix}`,
    start: prefix.length + excerpt.highlightStart,
    end: prefix.length + excerpt.highlightEnd,
    truncatedStart,
    truncatedEnd,
  };
}
