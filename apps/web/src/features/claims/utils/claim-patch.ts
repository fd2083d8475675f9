import type { ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import type { ClaimDetail, ClaimPatch } from '../api/types';

export type TaggingValues = {
  sourceId: number | null;
  claimType: ClaimType | '';
  status: ClaimStatus;
  narratives: number[];
  locations: number[];
  eventDate: string;
  datePrecision: DatePrecision;
  note: string;
};

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}

/** Only the fields the analyst changed, so a save never overwrites someone else's edit of another field. */
export function buildClaimPatch(original: ClaimDetail, values: TaggingValues, version: number): ClaimPatch {
  const patch: ClaimPatch = { version };
  if ((original.source?.id ?? null) !== values.sourceId) patch.sourceId = values.sourceId;
  if ((original.claimType ?? '') !== values.claimType) patch.claimType = values.claimType || null;
  if (original.status !== values.status) patch.status = values.status;
  if (
    !sameSet(
      original.narratives.map((item) => item.id),
      values.narratives,
    )
  )
    patch.narratives = values.narratives;
  const places = (original.places ?? original.locations).map((item) => item.id);
  if (!sameSet(places, values.locations)) patch.locations = values.locations;
  if (
    values.eventDate &&
    (values.eventDate !== original.eventDate || values.datePrecision !== original.datePrecision)
  ) {
    patch.eventDate = { date: values.eventDate, precision: values.datePrecision };
  }
  if ((original.note ?? '') !== values.note.trim()) patch.note = values.note.trim() || null;
  return patch;
}
