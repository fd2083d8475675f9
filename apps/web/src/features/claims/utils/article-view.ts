import type { ClaimDetail } from '../api/types';

export type ArticleView = { text: string; start: number; end: number; truncatedStart: boolean; truncatedEnd: boolean };

const ELLIPSIS = '… ';

/**
 * The article text to show on the claim page and where the claim sits in it: the whole body when the
 * API sends it, otherwise its excerpt window (with an ellipsis where the window cuts the body).
 */
export function claimArticleView(claim: Pick<ClaimDetail, 'start' | 'end' | 'article'>): ArticleView {
  const { article } = claim;
  if (typeof article.body === 'string') {
    return { text: article.body, start: claim.start, end: claim.end, truncatedStart: false, truncatedEnd: false };
  }
  const excerpt = article.excerpt;
  if (!excerpt) return { text: '', start: 0, end: 0, truncatedStart: false, truncatedEnd: false };
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
