import { localName } from '../../../lib/lookups';
import type { Lang } from '../../../lib/i18n';

export type LinkedClaimSource = {
  sourceMention: string;
  source: { nameEn: string; nameAr: string } | null;
};

/**
 * Who a linked claim is attributed to: the resolved source in the UI language (the other language's name when
 * this one is empty), and the raw mention («الغرفة») only for a claim whose source was never resolved.
 */
export function linkedSourceLabel(claim: LinkedClaimSource, lang: Lang): string {
  return claim.source ? localName(claim.source, lang) || claim.sourceMention : claim.sourceMention;
}
