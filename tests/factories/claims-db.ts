/**
 * Small local builders for the claims/review tests: rows straight through the DataSource, until
 * tests/factories has article and claim builders to reuse.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dateBuckets, type CampId, type ClaimStatus, type DatePrecision } from '@claimline/contracts';
import { normalizeArabic } from '@claimline/extraction';
import { ArticleEntity } from '../../apps/api/src/articles/article.entity';
import { ClaimEntity } from '../../apps/api/src/claims/claim.entity';
import { LocationEntity } from '../../apps/api/src/locations/location.entity';
import { NarrativeEntity } from '../../apps/api/src/narratives/narrative.entity';
import { SourceEntity } from '../../apps/api/src/sources/source.entity';
import { analystStatusOf } from './analyst-status';
import { RollupsRepository } from '../../apps/api/src/rollups/rollups.repository';
import { ClaimTermsRepository } from '../../apps/api/src/search/claim-terms.repository';

/** The conflict fixture rows belong to: the default bundled one, which every test app seeds. */
export const FIXTURE_CONFLICT = 'libya-2019';

let sequence = 0;
const next = () => ++sequence;

export async function insertSource(
  ds: DataSource,
  camp: CampId,
  nameEn = `Source ${next()}`,
  nameAr = `مصدر ${next()}`,
): Promise<number> {
  const now = new Date();
  const result = await ds.getRepository(SourceEntity).insert({
    conflictId: FIXTURE_CONFLICT,
    registryKey: null,
    campId: camp,
    kind: 'spokesperson',
    nameAr,
    nameEn,
    status: 'active',
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
  });
  return Number(result.identifiers[0].id);
}

export async function insertArticle(ds: DataSource, body: string, extra: Partial<ArticleEntity> = {}): Promise<number> {
  const result = await ds.getRepository(ArticleEntity).insert({
    conflictId: FIXTURE_CONFLICT,
    title: 'عنوان',
    body,
    language: 'ar',
    url: 'https://example.test/a',
    outletId: null,
    publishedAt: '2019-04-06',
    publishedEstimated: false,
    contentHash: createHash('sha256').update(`${body}#${next()}`).digest('hex'),
    createdById: null,
    createdAt: new Date(),
    ...extra,
  });
  return Number(result.identifiers[0].id);
}

export type ClaimSeed = {
  text?: string;
  camp?: CampId;
  sourceId?: number | null;
  eventDate?: string;
  status?: ClaimStatus;
  articleId?: number;
  createdAt?: Date;
  datePrecision?: DatePrecision;
  /** The claim's conflict (default FIXTURE_CONFLICT, like its article's). */
  conflict?: string;
};

/** A claim whose text is its own article's whole body (or a new span of the given article). */
export async function insertClaim(ds: DataSource, seed: ClaimSeed = {}): Promise<number> {
  const text = seed.text ?? `قال المتحدث إن القوات تقدمت رقم ${next()}`;
  const articleId = seed.articleId ?? (await insertArticle(ds, text));
  const eventDate = seed.eventDate ?? '2019-04-05';
  const buckets = dateBuckets(eventDate);
  const now = seed.createdAt ?? new Date();
  const result = await ds.getRepository(ClaimEntity).insert({
    articleId,
    conflictId: seed.conflict ?? FIXTURE_CONFLICT,
    sourceId: seed.sourceId ?? null,
    campId: seed.camp ?? 'LNA',
    sourceMention: 'المتحدث',
    cue: 'قال',
    text,
    textNormalized: normalizeArabic(text),
    startOffset: 0,
    endOffset: text.length,
    channel: null,
    eventDate,
    datePrecision: seed.datePrecision ?? 'day',
    eventDay: buckets.day,
    eventWeek: buckets.week,
    eventMonth: buckets.month,
    claimType: null,
    status: seed.status ?? 'unreviewed',
    analystStatus: analystStatusOf(seed.status ?? 'unreviewed'),
    origin: 'extracted',
    note: null,
    version: 1,
    createdById: null,
    updatedById: null,
    createdAt: now,
    updatedAt: now,
  });
  const id = Number(result.identifiers[0].id);
  // Like every claim writer: keep the dashboard rollups exact.
  await new RollupsRepository(ds).add(ds.manager, { claimIds: [id] });
  await new ClaimTermsRepository().index(ds.manager, [{ id, textNormalized: normalizeArabic(text) }]);
  return id;
}

export async function insertNarrative(ds: DataSource, nameEn = `Narrative ${next()}`): Promise<number> {
  const result = await ds.getRepository(NarrativeEntity).insert({
    conflictId: FIXTURE_CONFLICT,
    nameEn,
    nameAr: 'سردية',
    description: null,
    color: '#E69F00',
    createdAt: new Date(),
  });
  return Number(result.identifiers[0].id);
}

export async function insertLocation(ds: DataSource, nameEn = `Place ${next()}`, nameAr = 'مكان'): Promise<number> {
  const result = await ds.getRepository(LocationEntity).insert({
    conflictId: FIXTURE_CONFLICT,
    key: `place-${next()}`,
    nameAr,
    nameEn,
    aliases: '',
    lat: 32.1,
    lon: 20.1,
    kind: 'city',
    ambiguous: false,
  });
  return Number(result.identifiers[0].id);
}

export async function tag(
  ds: DataSource,
  claimId: number,
  narrativeIds: number[] = [],
  locationIds: number[] = [],
): Promise<void> {
  const rollups = new RollupsRepository(ds);
  const baseline = await rollups.before(ds.manager, { claimIds: [claimId] });
  for (const narrativeId of narrativeIds)
    await ds.query('INSERT INTO claim_narratives (claim_id, narrative_id) VALUES (?, ?)', [claimId, narrativeId]);
  for (const locationId of locationIds)
    await ds.query('INSERT INTO claim_locations (claim_id, location_id, mention) VALUES (?, ?, NULL)', [
      claimId,
      locationId,
    ]);
  await rollups.after(ds.manager, baseline);
}
