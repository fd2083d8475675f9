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
 * Holds one prepared extractor (building it compiles the alias matchers: too slow per request) and
 * rebuilds it lazily after the registry changes, so analyst-added aliases and accepted proposals
 * feed the next extraction.
 */
@Injectable()
export class ExtractorProvider {
  private readonly logger = new Logger('Extractor');
  private current: Promise<ExtractionSnapshot> | null = null;
  private generation = 0;

  constructor(
    private readonly sources: SourcesRepository,
    private readonly locations: LocationsRepository,
  ) {}

  get(): Promise<ExtractionSnapshot> {
    if (!this.current) {
      const generation = this.generation;
      const building = this.build();
      this.current = building;
      building.catch(() => {
        if (this.current === building) this.current = null;
      });
      // A change that landed while building invalidates the result.
      void building.then(
        () => {
          if (this.generation !== generation && this.current === building) this.current = null;
        },
        () => undefined,
      );
    }
    return this.current;
  }

  /** Call after a committed registry change. */
  invalidate(): void {
    this.generation++;
    this.current = null;
  }

  private async build(): Promise<ExtractionSnapshot> {
    const started = Date.now();
    const [sourceRows, locationRows] = await Promise.all([
      this.sources.findActiveWithAliases(),
      this.locations.findAll(),
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
    const extractor = createExtractor({ sources: registry, locations: gazetteer });
    this.logger.debug?.(
      `Extractor built from ${registry.length} sources and ${gazetteer.length} places in ${Date.now() - started} ms`,
    );
    return { extract: (text, options) => extractor.extract(text, options), sourceByKey, locationIdByKey };
  }
}
