import type { CampId, ClaimLinkRelation, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';

export type NamedRef = { id: number; nameAr: string; nameEn: string };
export type NarrativeRef = NamedRef & { color: string };

export type ClaimListItem = {
  id: number;
  text: string;
  cue: string | null;
  sourceMention: string | null;
  source: NamedRef | null;
  camp: CampId;
  channel: string | null;
  eventDate: string | null;
  datePrecision: DatePrecision | null;
  status: ClaimStatus;
  claimType: ClaimType | null;
  articleId: number;
  narratives: NarrativeRef[];
  locations: NamedRef[];
  updatedAt: string;
  version?: number;
};

export type ClaimPage = {
  items: ClaimListItem[];
  nextCursor: string | null;
  /** Only on the first page (null on cursor pages). */ total: number | null;
};

export type ClaimLink = {
  id: number;
  relation: ClaimLinkRelation;
  /** 'from': this claim is the link's origin. */
  direction: 'from' | 'to' | string;
  otherClaim: { id: number; text: string; camp: CampId; sourceMention: string | null };
};

export type ClaimArticle = {
  id: number;
  title: string | null;
  language: 'ar' | 'en';
  publishedAt: string;
  outlet: { id: number; name: string } | string | null;
  url: string | null;
  /** The whole body (older payloads) … */
  body?: string;
  /** … or a window of it around the claim. */
  excerpt?: { text: string; offset: number; highlightStart: number; highlightEnd: number; bodyLength: number };
};

export type ClaimDetail = {
  id: number;
  text: string;
  start: number;
  end: number;
  cue: string | null;
  sourceMention: string | null;
  source: (NamedRef & { camp?: CampId }) | null;
  camp: CampId;
  channel: string | null;
  eventDate: string | null;
  datePrecision: DatePrecision | null;
  status: ClaimStatus;
  claimType: ClaimType | null;
  note: string | null;
  version: number;
  narratives: NarrativeRef[];
  locations: NamedRef[];
  article: ClaimArticle;
  /** Places with the mention as written (the API's name); `locations` in older payloads. */
  places?: (NamedRef & { mention?: string | null })[];
  links: ClaimLink[];
  grading?: ClaimGrading | null;
};

export type GradingReason = { linkId: number; claimId: number; camp: string };

/** What the claim's links justify; the API's `explanation` is English, so the page builds its own text from the rest. */
export type ClaimGrading = {
  derived: 'contested' | 'corroborated' | null;
  explanation?: string;
  contestedBy: GradingReason[];
  corroboratedBy: GradingReason[];
};

/** Only what changed; the API refuses unknown fields. Setting a source also sets the camp. */
export type ClaimPatch = {
  version: number;
  status?: ClaimStatus;
  narratives?: number[];
  sourceId?: number | null;
  claimType?: ClaimType | null;
  locations?: number[];
  eventDate?: { date: string; precision: DatePrecision };
  note?: string | null;
};
