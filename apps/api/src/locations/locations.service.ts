import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCATIONS, normalizeArabic } from '@claimline/extraction';
import { LocationsRepository } from './locations.repository.js';
import { toLocationDto, type LocationDto, type LocationQueryDto } from './dto/location.dto.js';
import type { LocationEntity } from './location.entity.js';

type Indexed = { location: LocationEntity; names: string[] };

@Injectable()
export class LocationsService {
  /** The gazetteer is small (hundreds of rows) and only changes at seeding: search it in memory with Arabic folding. */
  private index: Promise<Indexed[]> | null = null;

  constructor(private readonly locations: LocationsRepository) {}

  /** Inserts the gazetteer entries whose keys are missing; existing rows (possibly edited) are left alone. */
  async seed(): Promise<number> {
    const existing = await this.locations.existingKeys();
    const missing = DEFAULT_LOCATIONS.filter((entry) => !existing.has(entry.key));
    if (missing.length) await this.locations.insertMany(missing);
    this.index = null;
    return missing.length;
  }

  async search(query: LocationQueryDto): Promise<LocationDto[]> {
    const limit = query.limit ?? 20;
    const all = await this.loadIndex();
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

  private loadIndex(): Promise<Indexed[]> {
    this.index ??= this.locations.findAll().then((rows) =>
      rows.map((location) => ({
        location,
        names: [location.nameAr, location.nameEn, location.key, ...location.aliases.split('\n')]
          .filter(Boolean)
          .map((name) => normalizeArabic(name)),
      })),
    );
    this.index.catch(() => (this.index = null));
    return this.index;
  }
}
