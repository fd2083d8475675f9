import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  createExtractor,
  PrepareThread,
  prepareText,
  type ExtractorConfig,
  type PreparedText,
  type TextToPrepare,
} from '@claimline/extraction';
import type {
  CampId,
  ExtractionOptions,
  ExtractionResult,
  SourceKind,
  SourceRegistryEntry,
  GazetteerEntry,
} from '@claimline/contracts';
import { REPO_ROOT } from '../config/repo-paths.js';
import { ConflictPacks } from '../conflicts/conflict-packs.js';
import { LocationsRepository } from '../locations/locations.repository.js';
import { SourcesRepository } from './sources.repository.js';

export type RegisteredSource = { id: number; camp: CampId; kind: SourceKind; nameAr: string; nameEn: string };

/** An extractor built from the database registry, with the maps that turn its keys back into row ids. */
export type ExtractionSnapshot = {
  extract(text: string, options: ExtractionOptions): ExtractionResult;
  sourceByKey: Map<string, RegisteredSource>;
  locationIdByKey: Map<string, number>;
  /** What the extractor was built from: the prepare thread builds the same one. */
  config: ExtractorConfig;
};

/** The prepare thread's entry, as the extraction library's build leaves it. */
const PREPARE_WORKER_FILE = join(REPO_ROOT, 'libs/extraction/dist/worker/prepare-worker.js');

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
export class ExtractorProvider implements OnModuleDestroy {
  private readonly logger = new Logger('Extractor');
  private readonly current = new Map<string, Promise<ExtractionSnapshot>>();
  private generation = 0;
  /** Null when the library's build has no worker entry (a test run from sources without a build): in-process. */
  private readonly thread = existsSync(PREPARE_WORKER_FILE) ? new PrepareThread(PREPARE_WORKER_FILE) : null;

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

  /**
   * Extraction and fingerprint of many texts with `snapshot`'s extractor, on the prepare thread: a bulk import's
   * next batch is prepared there while this thread writes the one before. In this thread when there is no worker
   * entry or the thread failed (logged): the result is the same either way.
   */
  async prepareTexts(snapshot: ExtractionSnapshot, texts: TextToPrepare[]): Promise<PreparedText[]> {
    if (this.thread) {
      try {
        return await this.thread.prepare(snapshot, () => snapshot.config, texts);
      } catch (error) {
        this.logger.warn(`The prepare thread failed, preparing in this thread: ${String(error)}`);
      }
    }
    return texts.map((item) => prepareText(snapshot, item));
  }

  async onModuleDestroy(): Promise<void> {
    await this.thread?.close();
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
        ambiguous: row.ambiguous ? (row.ambiguousLanguage ?? true) : false,
        abroad: Boolean(row.abroad),
      };
    });
    const config: ExtractorConfig = { pack, sources: registry, locations: gazetteer };
    const extractor = createExtractor(config);
    this.logger.debug?.(
      `Extractor for ${conflictId} built from ${registry.length} sources and ${gazetteer.length} places in ${Date.now() - started} ms`,
    );
    return { extract: (text, options) => extractor.extract(text, options), sourceByKey, locationIdByKey, config };
  }
}
