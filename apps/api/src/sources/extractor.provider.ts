import { Injectable, Logger } from '@nestjs/common';
import { createExtractor } from '@claimline/extraction';
import type {
  CampId,
  ExtractionOptions,
  ExtractionResult,
  SourceKind,
  SourceRegistryEntry,
  GazetteerEntry,
} from '@claimline/contracts';
import { ConflictPacks } from '../conflicts/conflict-packs.js';
import { LocationsRepository } from '../locations/locations.repository.js';
import { SourcesRepository } from './sources.repository.js';

export type RegisteredSource = { id: number; camp: CampId; kind: SourceKind; nameAr: string; nameEn: string };

/** An extractor built from the database registry, with the maps that turn its keys back into row ids. */
export type ExtractionSnapshot = {
  extract(text: string, options: ExtractionOptions): ExtractionResult;
  sourceByKey: Map<string, RegisteredSource>;
  locationIdByKey: Map<string, number>;
};

/** Registry key of a source row: its built-in key, or a synthetic one for sources analysts created or accepted. */
export const sourceKeyOf = (source: { id: number; registryKey: string | null }): string =>
  source.registryKey ?? `source-${source.id}`;

/**
 * Holds one prepared extractor per conflict (building it compiles the alias matchers: too slow per
 * request) and rebuilds it lazily after the registry changes, so analyst-added aliases, accepted
 * proposals and camp edits feed the next extraction. Each is built from the conflict's pack (its
 * camps, affiliations, government context and framing labels) and its sources and places as stored.
 */
@Injectable()
export class ExtractorProvider {
  private readonly logger = new Logger('Extractor');
  private readonly current = new Map<string, Promise<ExtractionSnapshot>>();
  private generation = 0;

  constructor(
    private readonly sources: SourcesRepository,
    private readonly locations: LocationsRepository,
    private readonly packs: ConflictPacks,
  ) {}

  get(conflictId: string): Promise<ExtractionSnapshot> {
    let snapshot = this.current.get(conflictId);
    if (!snapshot) {
      const generation = this.generation;
      const building = this.build(conflictId);
      snapshot = building;
      this.current.set(conflictId, building);
      const forget = () => {
        if (this.current.get(conflictId) === building) this.current.delete(conflictId);
      };
      // A failed build is retried next time; a change that landed while building invalidates the result.
      building.then(() => {
        if (this.generation !== generation) forget();
      }, forget);
    }
    return snapshot;
  }

  /** Call after a committed registry change (sources are edited without naming their conflict: all are rebuilt). */
  invalidate(): void {
    this.generation++;
    this.current.clear();
  }

  private async build(conflictId: string): Promise<ExtractionSnapshot> {
    const started = Date.now();
    const [pack, sourceRows, locationRows] = await Promise.all([
      this.packs.packFor(conflictId),
      this.sources.findActiveWithAliases(conflictId),
      this.locations.findAll(conflictId),
    ]);
    const sourceByKey = new Map<string, RegisteredSource>();
    const registry: SourceRegistryEntry[] = sourceRows.map((row) => {
      const key = sourceKeyOf(row);
      sourceByKey.set(key, { id: row.id, camp: row.campId, kind: row.kind, nameAr: row.nameAr, nameEn: row.nameEn });
      return {
        key,
        camp: row.campId,
        kind: row.kind,
        nameAr: row.nameAr,
        nameEn: row.nameEn,
        aliases: (row.aliases ?? []).map((a) => a.alias),
      };
    });
    const locationIdByKey = new Map<string, number>();
    const gazetteer: GazetteerEntry[] = locationRows.map((row) => {
      locationIdByKey.set(row.key, row.id);
      return {
        key: row.key,
        nameAr: row.nameAr,
        nameEn: row.nameEn,
        aliases: row.aliases ? row.aliases.split('\n').filter(Boolean) : [],
        lat: Number(row.lat),
        lon: Number(row.lon),
        kind: row.kind,
        ambiguous: Boolean(row.ambiguous),
      };
    });
    const extractor = createExtractor({ pack, sources: registry, locations: gazetteer });
    this.logger.debug?.(
      `Extractor for ${conflictId} built from ${registry.length} sources and ${gazetteer.length} places in ${Date.now() - started} ms`,
    );
    return { extract: (text, options) => extractor.extract(text, options), sourceByKey, locationIdByKey };
  }
}
