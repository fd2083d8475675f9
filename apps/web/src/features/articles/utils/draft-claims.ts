import type { ClaimInput, EventDate, PreviewClaim, PreviewLocation } from '../api/types';

/** A previewed claim the analyst can still change before saving. */
export type DraftClaim = {
  key: string;
  text: string;
  start: number;
  end: number;
  cue: string;
  sourceId: number | null;
  sourceName: string;
  sourceMention: string;
  sourceStatus: PreviewClaim['sourceStatus'];
  // Any camp of the article's conflict (RSF, SAF…), not only the default pack's that PreviewClaimDto lists.
  camp: string;
  channel: string | null;
  eventDate: EventDate;
  locations: PreviewLocation[];
  locationIds: number[];
  /** True once the analyst changed it: stored with origin "manual". */
  edited: boolean;
};

export function previewToDrafts(claims: PreviewClaim[]): DraftClaim[] {
  return claims.map((claim, index) => ({
    key: `${index}-${claim.start}-${claim.end}`,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    cue: claim.cue,
    sourceId: claim.sourceId,
    sourceName: claim.sourceName,
    sourceMention: claim.sourceMention,
    sourceStatus: claim.sourceStatus,
    camp: claim.camp,
    channel: claim.channel,
    eventDate: claim.eventDate,
    locations: claim.locations,
    locationIds: claim.locationIds,
    edited: false,
  }));
}

/** The POST /api/articles claim list: nulls left out (the API treats absent as "use the default"). */
export function draftsToClaimInputs(drafts: DraftClaim[]): ClaimInput[] {
  return drafts.map((draft) => {
    const input: ClaimInput = { text: draft.text, start: draft.start, end: draft.end };
    if (draft.cue) input.cue = draft.cue;
    if (draft.sourceId !== null) input.sourceId = draft.sourceId;
    if (draft.sourceMention) input.sourceMention = draft.sourceMention;
    input.camp = draft.camp;
    if (draft.channel) input.channel = draft.channel;
    if (draft.eventDate?.date) input.eventDate = { date: draft.eventDate.date, precision: draft.eventDate.precision };
    input.locationIds = draft.locationIds;
    if (draft.edited) input.manual = true;
    return input;
  });
}
