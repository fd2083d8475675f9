import type { DataSource } from 'typeorm';
import { CAMPS, type CampId } from '@claimline/contracts';
import { DEFAULT_LOCATIONS, DEFAULT_SOURCES, normalizeArabic } from '@claimline/extraction';
import type { BulkWriter, Row } from './bulk-writer.js';
import { SYNTHETIC_NARRATIVES, SYNTHETIC_OUTLETS } from './corpus.js';

export type ReferenceData = {
  sources: { id: number; camp: CampId; nameAr: string; aliases: string[] }[];
  locations: { id: number; key: string; nameAr: string }[];
  outletIds: number[];
  narrativeIds: number[];
  /** The conflict every generated claim lands in: claims.conflict_id's default (the generator leaves it to it). */
  conflictId: string;
};

/**
 * Camps, the source registry, the gazetteer, the synthetic outlets and narratives: each inserted only
 * when its key is missing, so this coexists with the API's own start-up seeding (whichever runs first
 * writes the row, the other leaves it alone).
 */
export async function seedReferenceData(
  dataSource: DataSource,
  writer: BulkWriter,
  now: string,
): Promise<ReferenceData> {
  const q = (sql: string, params: unknown[] = []) => dataSource.query<Record<string, unknown>[]>(sql, params);

  const campIds = new Set((await q('SELECT id FROM camps')).map((row) => String(row.id)));
  const missingCamps = CAMPS.filter((camp) => !campIds.has(camp.id));
  if (missingCamps.length) {
    await writer.insert(
      'camps',
      ['id', 'name_en', 'name_ar', 'description_en', 'color', 'sort_order'],
      missingCamps.map((c) => [c.id, c.nameEn, c.nameAr, c.descriptionEn, c.color, c.sortOrder]),
    );
  }

  const sourceKeys = new Set(
    (await q('SELECT registry_key FROM sources WHERE registry_key IS NOT NULL')).map((r) => String(r.registry_key)),
  );
  const missingSources = DEFAULT_SOURCES.filter((source) => !sourceKeys.has(source.key));
  if (missingSources.length) {
    await writer.insert(
      'sources',
      ['registry_key', 'camp_id', 'kind', 'name_ar', 'name_en', 'status', 'merged_into_id', 'created_at', 'updated_at'],
      missingSources.map((s) => [s.key, s.camp, s.kind, s.nameAr, s.nameEn, 'active', null, now, now]),
    );
    await writer.drain();
    const idByKey = new Map(
      (await q('SELECT id, registry_key FROM sources WHERE registry_key IS NOT NULL')).map((r) => [
        String(r.registry_key),
        Number(r.id),
      ]),
    );
    const aliasRows: Row[] = [];
    for (const source of missingSources) {
      const seen = new Set<string>();
      for (const alias of [source.nameAr, source.nameEn, ...source.aliases]) {
        const normalized = normalizeArabic(alias);
        // MariaDB's utf8mb4_unicode_ci also folds Latin accents ("Salamé" = "Salame"): dedupe the way
        // the unique index (source_id, normalized) compares, or the insert fails on MariaDB only.
        const collationKey = normalized.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        if (!normalized || seen.has(collationKey)) continue;
        seen.add(collationKey);
        aliasRows.push([idByKey.get(source.key)!, alias, normalized]);
      }
    }
    await writer.insert('source_aliases', ['source_id', 'alias', 'normalized'], aliasRows);
  }

  const locationKeys = new Set((await q('SELECT location_key FROM locations')).map((r) => String(r.location_key)));
  const missingLocations = DEFAULT_LOCATIONS.filter((location) => !locationKeys.has(location.key));
  if (missingLocations.length) {
    await writer.insert(
      'locations',
      [
        'location_key',
        'name_ar',
        'name_en',
        'aliases',
        'lat',
        'lon',
        'kind',
        'ambiguous',
        'ambiguous_language',
        'abroad',
      ],
      missingLocations.map((l) => [
        l.key,
        l.nameAr,
        l.nameEn,
        l.aliases.join('\n'),
        l.lat,
        l.lon,
        l.kind,
        Boolean(l.ambiguous),
        typeof l.ambiguous === 'string' ? l.ambiguous : null,
        Boolean(l.abroad),
      ]),
    );
  }

  const outletNames = new Set((await q('SELECT name FROM outlets')).map((r) => String(r.name)));
  const missingOutlets = SYNTHETIC_OUTLETS.filter((name) => !outletNames.has(name));
  if (missingOutlets.length) {
    await writer.insert(
      'outlets',
      ['name', 'url'],
      missingOutlets.map((name, i) => [name, `https://synthetic.invalid/outlet-${i + 1}`]),
    );
  }

  const narrativeCount = Number((await q('SELECT COUNT(*) AS n FROM narratives'))[0].n);
  if (narrativeCount === 0) {
    await writer.insert(
      'narratives',
      ['name_en', 'name_ar', 'description', 'color', 'created_at'],
      SYNTHETIC_NARRATIVES.map((n) => [
        n.nameEn,
        n.nameAr,
        'Synthetic narrative created by the test-data generator.',
        n.color,
        now,
      ]),
    );
  }
  await writer.drain();

  const registryByKey = new Map(DEFAULT_SOURCES.map((source) => [source.key, source]));
  const sources = (
    await q(
      "SELECT id, registry_key, camp_id, name_ar FROM sources WHERE registry_key IS NOT NULL AND status = 'active' ORDER BY id",
    )
  )
    .filter((r) => registryByKey.has(String(r.registry_key)))
    .map((r) => ({
      id: Number(r.id),
      camp: String(r.camp_id),
      nameAr: String(r.name_ar),
      aliases: registryByKey.get(String(r.registry_key))!.aliases,
    }));
  // A synthetic corpus of the war's claims names places in the country: the places abroad (talks, states backing a
  // side) would spread it over the world map.
  const gazetteerKeys = new Set(DEFAULT_LOCATIONS.filter((l) => !l.abroad).map((l) => l.key));
  const locations = (await q('SELECT id, location_key, name_ar FROM locations ORDER BY id'))
    .filter((r) => gazetteerKeys.has(String(r.location_key)))
    .map((r) => ({ id: Number(r.id), key: String(r.location_key), nameAr: String(r.name_ar) }));
  const outletIdByName = new Map((await q('SELECT id, name FROM outlets')).map((r) => [String(r.name), Number(r.id)]));
  const outletIds = SYNTHETIC_OUTLETS.map((name) => outletIdByName.get(name)!);
  const narrativeIds = (await q('SELECT id FROM narratives ORDER BY id')).map((r) => Number(r.id));
  if (!sources.length || !locations.length)
    throw new Error('The source registry or the gazetteer is empty: nothing to generate claims from.');
  return { sources, locations, outletIds, narrativeIds, conflictId: await claimConflictDefault(dataSource) };
}

/**
 * claims.conflict_id's default, which the claim_locations copies must repeat. Both dialects report a
 * string default as a quoted SQL literal.
 */
async function claimConflictDefault(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query<{ d: string | null }[]>(
    dataSource.options.type === 'better-sqlite3'
      ? "SELECT dflt_value AS d FROM pragma_table_info('claims') WHERE name = 'conflict_id'"
      : "SELECT COLUMN_DEFAULT AS d FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'claims' AND COLUMN_NAME = 'conflict_id'",
  );
  const literal = /^'((?:[^']|'')*)'$/.exec(row?.d ?? '');
  if (!literal)
    throw new Error(`claims.conflict_id has no string default (${String(row?.d)}): run the migrations first.`);
  return literal[1].replace(/''/g, "'");
}
