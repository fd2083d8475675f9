import { Injectable } from '@nestjs/common';
import { normalizeArabic } from '@claimline/extraction';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { LocationsRepository } from './locations.repository.js';
import { toLocationDto, type LocationDto, type LocationQueryDto } from './dto/location.dto.js';
import type { LocationEntity } from './location.entity.js';

type Indexed = { location: LocationEntity; names: string[] };

/** How long another process's pack import can go unseen by this one's type-ahead. */
const INDEX_TTL_MS = 60_000;

@Injectable()
export class LocationsService {
  /**
   * A conflict's gazetteer is small (hundreds of rows) and changes only when a pack is imported:
   * searched in memory with Arabic folding, one index per conflict.
   */
  private readonly indexes = new Map<string, { loadedAt: number; index: Promise<Indexed[]> }>();

  constructor(
    private readonly locations: LocationsRepository,
    private readonly scope: ConflictScope,
  ) {}

  /** After a pack import in this process. */
  forget(): void {
    this.indexes.clear();
  }

  async search(query: LocationQueryDto): Promise<LocationDto[]> {
    const limit = query.limit ?? 20;
    const all = await this.loadIndex(this.scope.resolve(query.conflict));
    const q = query.q ? normalizeArabic(query.q).trim() : '';
    if (!q) return all.slice(0, limit).map((entry) => toLocationDto(entry.location));
    const scored: { entry: Indexed; score: number }[] = [];
    for (const entry of all) {
      let score = -1;
      for (const name of entry.names) {
        if (name === q) score = Math.max(score, 3);
        else if (name.startsWith(q)) score = Math.max(score, 2);
        else if (name.includes(q)) score = Math.max(score, 1);
      }
      if (score >= 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.location.nameEn.localeCompare(b.entry.location.nameEn));
    return scored.slice(0, limit).map(({ entry }) => toLocationDto(entry.location));
  }

  private loadIndex(conflictId: string): Promise<Indexed[]> {
    const cached = this.indexes.get(conflictId);
    if (cached && Date.now() - cached.loadedAt < INDEX_TTL_MS) return cached.index;
    const index = this.locations.findAll(conflictId).then((rows) =>
      rows.map((location) => ({
        location,
        names: [location.nameAr, location.nameEn, location.key, ...location.aliases.split('\n')]
          .filter(Boolean)
          .map((name) => normalizeArabic(name)),
      })),
    );
    this.indexes.set(conflictId, { loadedAt: Date.now(), index });
    index.catch(() => this.indexes.delete(conflictId));
    return index;
  }
}
