import type {
  CampId,
  ClaimStatus,
  DatePrecision,
  FramingCount,
  Language,
  SourceKind,
  SourceProposal,
} from '@claimline/contracts';

export type EventDate = { date: string; precision: DatePrecision };

export type PreviewLocation = {
  id?: number | null;
  key: string;
  name: string;
  nameEn?: string;
  mention: string;
  lat: number;
  lon: number;
  start?: number;
  end?: number;
};

/** One extracted claim as POST /api/articles/preview returns it (flat source fields, or a nested `source` in older builds). */
export type PreviewClaim = {
  text: string;
  start: number;
  end: number;
  cue: string;
  sourceId?: number | null;
  sourceName?: string;
  sourceMention?: string;
  sourceStatus?: 'active' | 'proposed' | 'new';
  camp?: CampId;
  kind?: SourceKind;
  source?: { mention: string; name: string; camp: CampId; key: string | null; kind?: SourceKind };
  channel: string | null;
  eventDate: EventDate;
  locations: PreviewLocation[];
  locationIds?: number[];
};

export type PreviewResult = {
  language: Language;
  claims: PreviewClaim[];
  framing: FramingCount[];
  proposals: SourceProposal[];
};

export type PreviewInput = { body: string; publishedAt: string; language?: Language };

export type ClaimInput = {
  text: string;
  start: number;
  end: number;
  cue?: string;
  sourceId?: number;
  sourceMention?: string;
  camp?: CampId;
  channel?: string;
  eventDate?: EventDate;
  locationIds?: number[];
  manual?: boolean;
};

export type CreateArticleInput = {
  title?: string;
  body: string;
  publishedAt: string;
  language?: Language;
  outlet?: string;
  url?: string;
  claims: ClaimInput[];
};

export type OutletRef = { id: number; name: string } | string | null;

export type ArticleSummary = {
  id: number;
  title: string | null;
  outlet: OutletRef;
  publishedAt: string;
  language: Language;
  claimCount: number;
  url?: string | null;
  publishedEstimated?: boolean;
};

export type ArticlePage = { items: ArticleSummary[]; nextCursor: string | null };

export type ArticleClaim = {
  id: number;
  text?: string;
  start: number;
  end: number;
  camp: CampId;
  sourceMention: string;
  sourceName?: string | null;
  status: ClaimStatus;
  eventDate?: EventDate | string;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  publishedEstimated: boolean;
  url: string | null;
  claims: ArticleClaim[];
  framing?: FramingCount[];
};

export type ImportJob = {
  id: number | string;
  status: 'queued' | 'running' | 'done' | 'failed' | string;
  total: number;
  done: number;
  failed: number;
  duplicates: number;
  failures: { line: number; reason: string }[];
};
