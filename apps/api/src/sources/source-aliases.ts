import { normalizeArabic } from '@claimline/extraction';
import type { CampId, SourceKind } from '@claimline/contracts';
import { toSourceDto } from './dto/source.dto.js';
import type { SourceEntity } from './source.entity.js';
import type { NewAlias } from './sources.repository.js';

/** An unregistered source as found in an article: becomes (or joins) a proposal. */
export type MentionInput = { mention: string; camp: CampId; kind: SourceKind };
export type ResolvedSource = { id: number; camp: CampId; status: 'active' | 'proposed'; name: string };

export const normalizeMention = (text: string): string => normalizeArabic(text).trim();

/**
 * The key two aliases collide on in the database: MariaDB's utf8mb4_unicode_ci unique index also
 * ignores case and accents ("Salamé" = "salame"), so deduplication must fold them too.
 */
export const aliasKey = (normalized: string): string =>
  normalized.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export const ARABIC = /[\u0600-\u06FF]/;

/** Aliases deduplicated by their normalized form (the unique key per source), first spelling kept. */
export function toAliases(values: readonly string[]): NewAlias[] {
  const seen = new Map<string, NewAlias>();
  for (const value of values) {
    const alias = value.trim().replace(/\s+/g, ' ').slice(0, 255);
    const normalized = normalizeMention(alias).slice(0, 255);
    if (normalized && !seen.has(aliasKey(normalized))) seen.set(aliasKey(normalized), { alias, normalized });
  }
  return [...seen.values()];
}

/** The audited state of a source: its DTO without the counts and timestamps that change on their own. */
export function snapshot(source: SourceEntity) {
  const { claimCount: _claimCount, createdAt: _createdAt, updatedAt: _updatedAt, ...state } = toSourceDto(source, 0);
  return state;
}
