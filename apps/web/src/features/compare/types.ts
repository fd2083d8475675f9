import type { CampId, ClaimStatus, DatePrecision } from '@claimline/contracts';

export type ComparePlace = { id: number; nameAr: string; nameEn: string; key?: string };

export type CompareClaim = {
  id: number;
  text: string;
  cue: string;
  camp?: CampId | string;
  sourceMention: string;
  sourceName: string | null;
  sourceNameAr?: string | null;
  eventDate: string;
  datePrecision: DatePrecision | string;
  articleId: number;
  status: ClaimStatus | string;
};

export type CompareCamp = { camp: CampId | string; claims: CompareClaim[] };

export type CompareResponse = {
  location: ComparePlace;
  window: { from: string | null; to: string | null };
  camps: CompareCamp[];
};

export type CompareParams = { location?: string; from?: string; to?: string };
