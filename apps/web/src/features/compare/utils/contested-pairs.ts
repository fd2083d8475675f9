import type { ClaimArticle, ContestedEvidence, ContestedPair } from '../types';

/** One stretch of a claim's text, marked when it is a word of the opposition evidence. */
export type TextPart = { text: string; evidence: boolean };

/**
 * Splits a claim's text around the evidence quotes for its side ('a' or 'b'), so the card marks the
 * words that made the pair a contradiction. Quotes are the claim's own words, found as written; the
 * first occurrence of each is marked, overlapping ones merged.
 */
export function markEvidence(text: string, evidence: readonly ContestedEvidence[], side: 'a' | 'b'): TextPart[] {
  const ranges: [number, number][] = [];
  for (const item of evidence) {
    for (const quote of item.quotes) {
      if (quote.claim !== side || !quote.text) continue;
      const at = text.indexOf(quote.text);
      if (at >= 0) ranges.push([at, at + quote.text.length]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), evidence: false });
    parts.push({ text: text.slice(start, end), evidence: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), evidence: false });
  return parts;
}

/** The rule families the page names; an outcome rule is `opposite-outcome/<outcome id>`. */
export type EvidenceKind = 'denial' | 'accusation' | 'outcome' | 'other';

export function evidenceKind(rule: string): { kind: EvidenceKind; outcome?: string } {
  if (rule === 'denial') return { kind: 'denial' };
  if (rule === 'accusation-of-the-other-camp') return { kind: 'accusation' };
  if (rule.startsWith('opposite-outcome/')) return { kind: 'outcome', outcome: rule.slice('opposite-outcome/'.length) };
  return { kind: 'other' };
}

/** The articles of a response by id, for the cards' outlet and title. */
export function articlesById(articles: readonly ClaimArticle[] | undefined): Map<number, ClaimArticle> {
  return new Map((articles ?? []).map((article) => [article.id, article]));
}

/** A stable key for an unordered pair, the way the API stores links and dismissals (lower id first). */
export function pairKey(pair: Pick<ContestedPair, 'a' | 'b'>): string {
  const [low, high] = [pair.a.id, pair.b.id].sort((x, y) => x - y);
  return `${low}:${high}`;
}

/**
 * The pairs still to show after this session's actions: a dismissed pair leaves at once (the refetch
 * confirms it), a pair just linked stays, marked linked.
 */
export function withSessionActions(
  pairs: readonly ContestedPair[],
  dismissed: ReadonlySet<string>,
  linked: ReadonlySet<string>,
): ContestedPair[] {
  return pairs
    .filter((pair) => !dismissed.has(pairKey(pair)))
    .map((pair) => (linked.has(pairKey(pair)) && !pair.linked ? { ...pair, linked: true } : pair));
}
