import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConflictPack } from '@claimline/contracts';
import { packToYaml, packsDirectory, validatePackText, type PackError } from '@claimline/extraction';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { serializedTransaction } from '../database/transactions.js';
import { LocationsRepository } from '../locations/locations.repository.js';
import { LocationsService } from '../locations/locations.service.js';
import { NarrativesRepository } from '../narratives/narratives.repository.js';
import { ExtractorProvider } from '../sources/extractor.provider.js';
import { toAliases } from '../sources/source-aliases.js';
import { SourcesRepository } from '../sources/sources.repository.js';
import { ConflictScope } from './conflict-scope.js';
import { ConflictsRepository } from './conflicts.repository.js';
import { toConflictDto, type ConflictDto, type CreateConflictDto, type CampInputDto } from './dto/conflict.dto.js';
import {
  allPhrases,
  campOfRole,
  campRowsOf,
  packCampOf,
  packNarrativeOf,
  packPlaceOf,
  packSourceOf,
  type ConflictCampRow,
} from './pack-rows.js';

/** What an import changed: new rows only (existing sources, places and narratives keep analysts' edits). */
export type PackImportResult = {
  id: string;
  created: boolean;
  camps: number;
  sourcesAdded: number;
  placesAdded: number;
  narrativesAdded: number;
};

/**
 * Conflicts and their packs: the bundled packs at every start, packs imported from the web page or
 * the shell, the pack exported back with the database's camps, sources, places and narratives, new
 * conflicts and camp edits. Every change is checked by validating the pack it leaves behind, so the
 * database can never hold a conflict the engine cannot compile.
 */
@Injectable()
export class ConflictsService {
  private readonly logger = new Logger('Conflicts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly conflicts: ConflictsRepository,
    private readonly scope: ConflictScope,
    private readonly sources: SourcesRepository,
    private readonly locations: LocationsRepository,
    private readonly narratives: NarrativesRepository,
    private readonly extractor: ExtractorProvider,
    private readonly places: LocationsService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ConflictDto[]> {
    const [conflicts, camps] = await Promise.all([this.conflicts.findAll(), this.conflicts.findCamps()]);
    return conflicts.map((conflict) =>
      toConflictDto(
        conflict,
        camps.filter((camp) => camp.conflictId === conflict.id),
        conflict.id === this.scope.defaultIdOrNull(),
      ),
    );
  }

  /**
   * Start-up: imports each bundled pack whose conflict is missing, has no stored pack yet (a database
   * migrated from the single-conflict release) or stores another version of it. Idempotent.
   */
  async seedBundled(): Promise<void> {
    const directory = packsDirectory();
    for (const file of readdirSync(directory)
      .filter((name) => name.endsWith('.yaml'))
      .sort()) {
      const text = readFileSync(join(directory, file), 'utf8');
      const validation = validatePackText(text);
      if (!validation.ok) throw new Error(`bundled pack ${file} is invalid: ${validation.errors[0]?.message}`);
      const stored = await this.conflicts.findOne(validation.pack.id);
      if (stored?.pack && stored.packVersion === validation.pack.packVersion) continue;
      const result = await this.importPack(text, null);
      this.logger.log(
        `Pack ${result.id} ${validation.pack.packVersion}: ${result.sourcesAdded} sources, ${result.placesAdded} places added`,
      );
    }
    await this.scope.refresh();
  }

  /** Creates or updates a conflict from pack YAML: 400 with each problem's line, column and field. */
  async importPack(text: string, user: AuthUser | null): Promise<PackImportResult> {
    const validation = validatePackText(text);
    if (!validation.ok) throw packErrors(validation.errors);
    const pack = validation.pack;
    const result = await serializedTransaction(this.dataSource, async (manager) => {
      const created = !(await this.conflicts.findOne(pack.id, manager));
      await this.conflicts.upsert(
        {
          id: pack.id,
          nameEn: pack.names.en,
          nameAr: pack.names.ar,
          periodFrom: pack.period.from,
          periodTo: pack.period.to,
          packVersion: pack.packVersion,
          pack: text,
        },
        manager,
      );
      await this.conflicts.upsertCamps(pack.id, campRowsOf(pack), manager);
      const added = await this.addMissingRows(pack, manager);
      await this.audit.record(
        {
          user,
          entity: 'conflict',
          entityId: pack.id,
          action: created ? 'import' : 'reimport',
          after: { packVersion: pack.packVersion, ...added },
        },
        manager,
      );
      return { id: pack.id, created, camps: pack.camps.length, ...added };
    });
    await this.afterChange();
    return result;
  }

  /** The conflict's pack with the database's camps, sources, places and narratives, as YAML. */
  async exportPack(id: string): Promise<{ filename: string; yaml: string }> {
    const pack = await this.currentPack(id);
    return { filename: `${pack.id}.yaml`, yaml: packToYaml(pack) };
  }

  /** A new conflict with the camps every pack needs (UN, international actors, unknown); add its sides after. */
  async create(dto: CreateConflictDto, user: AuthUser | null): Promise<ConflictDto> {
    if (await this.conflicts.findOne(dto.id)) throw conflictExists(dto.id);
    const pack: ConflictPack = {
      schemaVersion: 1,
      packVersion: '0.1.0',
      id: dto.id,
      names: { en: dto.nameEn.trim(), ar: dto.nameAr.trim() },
      period: { from: dto.periodFrom, to: dto.periodTo ?? null },
      camps: [
        { id: 'UN', names: { en: 'United Nations', ar: 'الأمم المتحدة' }, colour: '#009E73', role: 'un', order: 1 },
        {
          id: 'INTERNATIONAL',
          names: { en: 'International actors', ar: 'أطراف دولية' },
          colour: '#CC79A7',
          role: 'international',
          order: 2,
        },
        { id: 'UNKNOWN', names: { en: 'Unknown', ar: 'غير معروف' }, colour: '#999999', role: 'unknown', order: 3 },
      ],
      sources: [],
      affiliations: [],
      foreignStates: { nationalities: {}, countries: {}, capitals: {} },
      governmentContext: { governments: [], institutions: {} },
      gazetteer: { contextWords: {}, places: [] },
      framing: [],
    };
    await this.importPack(packToYaml(pack), user);
    return this.one(dto.id);
  }

  /** Adds a camp to a conflict, or edits one (names, colour, role, order): refused when the pack would be invalid. */
  async saveCamp(
    conflictId: string,
    campId: string,
    input: CampInputDto,
    user: AuthUser | null,
    mustExist: boolean,
  ): Promise<ConflictDto> {
    await this.requireConflict(conflictId);
    await serializedTransaction(this.dataSource, async (manager) => {
      const current = await this.conflicts.findCamp(conflictId, campId, manager);
      if (mustExist && !current) throw new NotFoundException(`Camp ${campId} is not a camp of ${conflictId}`);
      if (!mustExist && current) throw new ConflictException(`${campId} is already a camp of ${conflictId}`);
      const next: ConflictCampRow = {
        campId,
        nameEn: input.nameEn?.trim() ?? current?.nameEn ?? campId,
        nameAr: input.nameAr?.trim() ?? current?.nameAr ?? campId,
        descriptionEn: current?.descriptionEn ?? null,
        descriptionAr: current?.descriptionAr ?? null,
        color: (input.color ?? current?.color ?? '#777777').toUpperCase(),
        role: input.role ?? current?.role ?? 'belligerent',
        sortOrder: input.order ?? current?.sortOrder ?? 99,
        opponentId: current?.opponentId ?? null,
      };
      await this.conflicts.upsertCamps(conflictId, [next], manager);
      // The pack the change leaves must still be one the engine can compile (one international camp …).
      const check = validatePackText(packToYaml(await this.currentPack(conflictId, manager)));
      if (!check.ok) throw packErrors(check.errors);
      await this.conflicts.touch(conflictId, manager);
      await this.audit.record(
        {
          user,
          entity: 'conflict',
          entityId: conflictId,
          action: current ? 'camp.update' : 'camp.create',
          before: current ?? undefined,
          after: next,
        },
        manager,
      );
    });
    await this.afterChange();
    return this.one(conflictId);
  }

  async one(id: string): Promise<ConflictDto> {
    const found = (await this.list()).find((conflict) => conflict.id === id);
    if (!found) throw new NotFoundException(`No conflict ${id}`);
    return found;
  }

  private async requireConflict(id: string): Promise<void> {
    if (!(await this.conflicts.findOne(id))) throw new NotFoundException(`No conflict ${id}`);
  }

  private async afterChange(): Promise<void> {
    await this.scope.refresh();
    this.extractor.invalidate();
    this.places.forget();
  }

  /** The stored pack with its editable parts read from the tables. */
  private async currentPack(id: string, manager?: EntityManager): Promise<ConflictPack> {
    const conflict = await this.conflicts.findOne(id, manager);
    if (!conflict) throw new NotFoundException(`No conflict ${id}`);
    const stored = conflict.pack ? validatePackText(conflict.pack) : null;
    if (!stored?.ok) throw new Error(`conflict ${id} has no valid stored pack`);
    const base = stored.pack;
    const camps = await this.conflicts.findCamps([id], manager);
    const sources = await this.sources.findWithAliases(id, ['active', 'merged'], manager);
    const places = await this.locations.findAll(id, manager);
    const narratives = await this.narratives.findAll(id, manager);
    const storedNarratives = new Map((base.narratives ?? []).map((n) => [n.title.en.toLowerCase(), n]));
    const fallbackCamp = campOfRole(camps, 'unknown') ?? camps[0]?.campId ?? 'UNKNOWN';
    const narrativeList = narratives.map((n) =>
      packNarrativeOf(n, fallbackCamp, storedNarratives.get(n.nameEn.toLowerCase())),
    );
    return {
      ...base,
      names: { en: conflict.nameEn, ar: conflict.nameAr },
      period: { from: conflict.periodFrom, to: conflict.periodTo },
      camps: camps.map(packCampOf),
      sources: sources.map(packSourceOf),
      gazetteer: { ...base.gazetteer, places: places.map(packPlaceOf) },
      ...(narrativeList.length ? { narratives: narrativeList } : {}),
    };
  }

  /** The pack's sources, places and narratives that the conflict does not have yet. */
  private async addMissingRows(pack: ConflictPack, manager: EntityManager) {
    const sourceKeys = await this.sources.existingRegistryKeys(pack.id, manager);
    const newSources = pack.sources.filter((source) => !sourceKeys.has(source.id));
    await this.sources.insertRegistry(
      newSources.map((source) => ({
        conflictId: pack.id,
        registryKey: source.id,
        campId: source.camp,
        kind: source.kind,
        nameAr: source.names.ar,
        nameEn: source.names.en,
        status: 'active' as const,
        aliases: toAliases([source.names.ar, source.names.en, ...allPhrases(source.aliases)]),
      })),
      manager,
    );
    const placeKeys = await this.locations.existingKeys(pack.id, manager);
    const newPlaces = pack.gazetteer.places.filter((place) => !placeKeys.has(place.id));
    await this.locations.insertMany(
      pack.id,
      newPlaces.map((place) => ({
        key: place.id,
        nameAr: place.names.ar,
        nameEn: place.names.en,
        aliases: allPhrases(place.aliases),
        lat: place.lat,
        lon: place.lon,
        kind: place.kind,
        ambiguous: place.ambiguous ?? false,
        abroad: place.abroad ?? false,
      })),
      manager,
    );
    let narrativesAdded = 0;
    for (const narrative of pack.narratives ?? []) {
      if (await this.narratives.findIdByNameEn(pack.id, narrative.title.en, manager)) continue;
      await this.narratives.insert(
        {
          conflictId: pack.id,
          nameEn: narrative.title.en,
          nameAr: narrative.title.ar ?? narrative.title.en,
          description: narrative.summary?.en ?? null,
          color: '#777777',
        },
        manager,
      );
      narrativesAdded++;
    }
    return { sourcesAdded: newSources.length, placesAdded: newPlaces.length, narrativesAdded };
  }
}

function packErrors(errors: readonly PackError[]): BadRequestException {
  return new BadRequestException({
    message: 'Invalid conflict pack',
    errors: errors.map((error) => ({
      field: error.field,
      messages: [`line ${error.line}, column ${error.column}: ${error.message}`],
    })),
  });
}

function conflictExists(id: string): ConflictException {
  return new ConflictException(`A conflict "${id}" exists already`);
}
