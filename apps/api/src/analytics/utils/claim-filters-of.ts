import type { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';

/** The keys of ClaimFiltersDto, in the order they appear in file names and audit entries. */
export const CLAIM_FILTER_KEYS = [
  'camp',
  'source',
  'narrative',
  'status',
  'location',
  'outlet',
  'from',
  'to',
  'article',
  'q',
] as const;

/** Only the claims filters of a query DTO that also carries its own parameters (bucket, limit …), empty ones dropped. */
export function claimFiltersOf(query: ClaimFiltersDto): ClaimFiltersDto {
  const filters: Record<string, unknown> = {};
  for (const key of CLAIM_FILTER_KEYS) {
    const value = query[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    filters[key] = value;
  }
  return filters as ClaimFiltersDto;
}
