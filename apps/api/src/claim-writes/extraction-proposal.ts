import type { CampId } from '@claimline/contracts';

/**
 * What the extractor proposed for one claim, stored as claims.extraction_proposal (JSON text) when the claim is
 * inserted and never changed afterwards: the reviewed claim is compared with it to measure the extractor.
 * `sourceName` is the source as written in the article (the mention); `placeIds` are sorted.
 */
export type ExtractionProposal = {
  start: number;
  end: number;
  sourceName: string;
  sourceId: number | null;
  campId: CampId;
  placeIds: number[];
  eventDate: string;
};

export function proposalOf(
  claim: {
    startOffset: number;
    endOffset: number;
    sourceMention: string;
    sourceId: number | null;
    campId: CampId;
    eventDate: string;
  },
  placeIds: readonly number[],
): ExtractionProposal {
  return {
    start: claim.startOffset,
    end: claim.endOffset,
    sourceName: claim.sourceMention,
    sourceId: claim.sourceId,
    campId: claim.campId,
    placeIds: [...new Set(placeIds)].sort((x, y) => x - y),
    eventDate: claim.eventDate,
  };
}

/** The stored text read back; null when absent or not an object of this shape. */
export function parseProposal(text: string | null): ExtractionProposal | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ExtractionProposal> | null;
    if (!value || typeof value !== 'object' || typeof value.campId !== 'string' || !Array.isArray(value.placeIds)) {
      return null;
    }
    return value as ExtractionProposal;
  } catch {
    return null;
  }
}
