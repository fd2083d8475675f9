export const SOURCE_KINDS = [
  'military-media',
  'spokesperson',
  'operations-room',
  'government',
  'un-body',
  'news-agency',
  'anonymous',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Airwars-style grading, applied to any claim. */
export const CLAIM_STATUSES = [
  'unreviewed',
  'single-source',
  'corroborated',
  'contested',
  'confirmed',
  'discounted',
  'rejected',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * Statuses that follow from links (a claim of another camp says the same, or the opposite): an analyst reaches
 * them by linking claims, and the API refuses them as a plain choice when the links do not support them.
 */
export const LINK_DERIVED_STATUSES: readonly ClaimStatus[] = ['corroborated', 'contested'];

export const CLAIM_TYPES = [
  'military-action',
  'casualties',
  'territorial-control',
  'accusation',
  'denial',
  'diplomatic',
  'humanitarian',
  'political',
  'other',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_ORIGINS = ['extracted', 'manual'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** How exactly the event date is known; `reported` means only the publication date was available. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'reported'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CLAIM_LINK_RELATIONS = ['contradicts', 'corroborates', 'same-event'] as const;
export type ClaimLinkRelation = (typeof CLAIM_LINK_RELATIONS)[number];

export const USER_ROLES = ['viewer', 'analyst', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LOCATION_KINDS = ['city', 'district', 'front', 'facility', 'region', 'country'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
