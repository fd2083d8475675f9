import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  CLAIM_LINK_RELATIONS,
  LINK_DERIVED_STATUSES,
  dateBuckets,
  type CampId,
  type ClaimStatus,
  type DateBuckets,
} from '@claimline/contracts';
import { normalizeArabic } from '@claimline/extraction';
import { openSplitBulkWriter, type Row } from './bulk-writer.js';
import { ClaimTermBuffer } from './claim-term-buffer.js';
import { finishLoad } from './finish-load.js';
import {
  FRAMING_LABELS,
  SYNTHETIC_TITLE_PREFIX,
  arabicAliases,
  draftClaim,
  headline,
  narrationSentence,
  unregisteredMention,
} from './corpus.js';
import { WeightedSampler, mulberry32, shuffled, zipfWeights } from './prng.js';
import { suspendSecondaryIndexes, type SuspendedIndexes } from './index-suspension.js';
import { dayRange, eventDate, intensity, timestamp } from './calendar.js';
import { seedReferenceData } from './reference-data.js';
import { termsOf } from '../search/search-terms.js';

export type GenerateOptions = {
  claims: number;
  seed: number;
  /** First and last publication day (inclusive). */
  from?: string;
  to?: string;
  /** Write into a database that holds non-synthetic articles. */
  force?: boolean;
  onProgress?: (progress: GenerateProgress) => void;
};

export type GenerateProgress = {
  claims: number;
  target: number;
  rows: number;
  elapsedMs: number;
  done: boolean;
};

export type GenerateResult = {
  articles: number;
  claims: number;
  claimLocations: number;
  claimNarratives: number;
  claimLinks: number;
  framing: number;
  rows: number;
  elapsedMs: number;
};

export const DEFAULT_FROM = '2019-04-04';
export const DEFAULT_TO = '2021-06-30';

/** Camp shares of all claims: the two belligerents dominate, as in the real coverage. */
const CAMP_WEIGHTS: [CampId, number][] = [
  ['LNA', 0.4],
  ['GNA', 0.35],
  ['UN', 0.07],
  ['INTERNATIONAL', 0.1],
  ['UNKNOWN', 0.08],
];
const STATUS_WEIGHTS: [ClaimStatus, number][] = [
  ['unreviewed', 0.8],
  ['single-source', 0.06],
  ['corroborated', 0.04],
  ['contested', 0.04],
  ['confirmed', 0.02],
  ['discounted', 0.02],
  ['rejected', 0.02],
];
/** Claims per article, 1…10: most wire pieces carry a handful of attributed statements. */
const CLAIMS_PER_ARTICLE_WEIGHTS = [15, 15, 15, 13, 11, 9, 8, 7, 4, 3];

const ARTICLE_COLUMNS = [
  'id',
  'title',
  'body',
  'language',
  'url',
  'outlet_id',
  'published_at',
  'published_estimated',
  'content_hash',
  'created_by_id',
  'created_at',
];
const FRAMING_COLUMNS = ['article_id', 'camp_id', 'label', 'voice', 'tone', 'count'];
const CLAIM_COLUMNS = [
  'id',
  'article_id',
  'source_id',
  'camp_id',
  'source_mention',
  'cue',
  'text',
  'text_normalized',
  'start_offset',
  'end_offset',
  'channel',
  'event_date',
  'date_precision',
  'event_day',
  'event_week',
  'event_month',
  'claim_type',
  'status',
  'origin',
  'note',
  'version',
  'created_by_id',
  'updated_by_id',
  'created_at',
  'updated_at',
  'analyst_status',
];
/**
 * The claim's own conflict, day, camp and status: the copies the rollups rebuild would otherwise write
 * (an UPDATE of every place row, the rebuild's longest statement at 1 M when they were missing).
 */
const CLAIM_LOCATION_COLUMNS = ['claim_id', 'location_id', 'mention', 'conflict_id', 'event_day', 'camp_id', 'status'];
const CLAIM_NARRATIVE_COLUMNS = ['claim_id', 'narrative_id'];
const CLAIM_LINK_COLUMNS = ['from_claim_id', 'to_claim_id', 'relation', 'created_by_id', 'created_at'];

/** Claims buffered before a flush. */
const FLUSH_CLAIMS = 2000;
/**
 * Claims generated between two turns of the event loop. MariaDB's replies are only read there, and the
 * connection sends its next statement only once the previous one's reply has been read: a long
 * synchronous stretch of generation leaves the server idle behind a finished statement.
 */
const YIELD_CLAIMS = 200;
/**
 * Claims per transaction. One transaction for a fresh database (InnoDB's bulk path for empty tables)
 * measured worse on the quiet machine: 1 M, load phase 70 s and 83 s of server CPU vs 65 s and 34 s.
 */
const COMMIT_CLAIMS = 50_000;

export class NonSyntheticDataError extends Error {}

/** Fills the database behind `dataSource` (already initialised and migrated) with a synthetic corpus. */
export async function generateCorpus(dataSource: DataSource, options: GenerateOptions): Promise<GenerateResult> {
  const started = Date.now();
  const from = options.from ?? DEFAULT_FROM;
  const to = options.to ?? DEFAULT_TO;
  const random = mulberry32(options.seed);

  const realArticles = Number(
    (
      await dataSource.query<{ n: number | string }[]>(
        `SELECT COUNT(*) AS n FROM articles WHERE title IS NULL OR title NOT LIKE '${SYNTHETIC_TITLE_PREFIX}%'`,
      )
    )[0].n,
  );
  if (realArticles > 0 && !options.force) {
    throw new NonSyntheticDataError(
      `This database holds ${realArticles} non-synthetic article(s); refusing to mix generated data into it (use --force to override).`,
    );
  }

  // The articles (their bodies are most of the bytes) load beside the claims and their tags.
  const writer = await openSplitBulkWriter(dataSource, ['articles', 'article_framing']);
  let suspendedIndexes: SuspendedIndexes | null = null;
  try {
    const reference = await seedReferenceData(dataSource, writer, timestamp(to, 0));
    suspendedIndexes = await suspendSecondaryIndexes(writer);
    const maxId = async (table: string) =>
      Number((await dataSource.query<{ m: number | string }[]>(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`))[0].m);
    let articleId = (await maxId('articles')) + 1;
    let claimId = (await maxId('claims')) + 1;
    const firstClaimId = claimId;

    // Sources: a camp first (fixed shares), then a Zipf draw inside the camp over a seeded ranking.
    const campSampler = new WeightedSampler(CAMP_WEIGHTS.map(([, w]) => w));
    const sourcesByCamp = new Map<CampId, { sampler: WeightedSampler; sources: typeof reference.sources }>();
    for (const [camp] of CAMP_WEIGHTS) {
      const ranked = shuffled(
        reference.sources.filter((source) => source.camp === camp),
        random,
      );
      if (ranked.length)
        sourcesByCamp.set(camp, { sampler: new WeightedSampler(zipfWeights(ranked.length, 1.2)), sources: ranked });
    }
    const mentions = new Map(reference.sources.map((s) => [s.id, arabicAliases(s.nameAr, s.aliases)]));
    // Places: Tripoli first, then a seeded Zipf ranking of the gazetteer.
    const places = [
      ...reference.locations.filter((l) => l.key === 'tripoli'),
      ...shuffled(
        reference.locations.filter((l) => l.key !== 'tripoli'),
        random,
      ),
    ];
    const placeSampler = new WeightedSampler(zipfWeights(places.length, 1.0));
    const statusSampler = new WeightedSampler(STATUS_WEIGHTS.map(([, w]) => w));
    const perArticleSampler = new WeightedSampler(CLAIMS_PER_ARTICLE_WEIGHTS);
    const outletSampler = new WeightedSampler(zipfWeights(reference.outletIds.length, 0.8));

    const days = dayRange(from, to);
    const dayWeights = days.map((day) => intensity(day) * (0.6 + 0.8 * random.next()));
    const totalWeight = dayWeights.reduce((a, b) => a + b, 0);
    const buckets = new Map<string, DateBuckets>();
    const bucketsOf = (day: string): DateBuckets => {
      let b = buckets.get(day);
      if (!b) buckets.set(day, (b = dateBuckets(day)));
      return b;
    };

    const totals = { articles: 0, claims: 0, claimLocations: 0, claimNarratives: 0, claimLinks: 0, framing: 0 };
    let articles: Row[] = [];
    let framing: Row[] = [];
    let claims: Row[] = [];
    let claimLocations: Row[] = [];
    let claimNarratives: Row[] = [];
    let claimLinks: Row[] = [];
    // The search word index, as the claim writers fill it (the bulk writer bypasses them); written last.
    const claimTerms = new ClaimTermBuffer();
    let sinceCommit = 0;
    let lastReport = 0;
    const rowsSoFar = () =>
      totals.articles +
      totals.claims +
      totals.claimLocations +
      totals.claimNarratives +
      totals.claimLinks +
      totals.framing;
    const report = (done: boolean) =>
      options.onProgress?.({
        claims: totals.claims,
        target: options.claims,
        rows: rowsSoFar(),
        elapsedMs: Date.now() - started,
        done,
      });

    const flush = async (): Promise<void> => {
      await writer.insert('articles', ARTICLE_COLUMNS, articles);
      await writer.insert('article_framing', FRAMING_COLUMNS, framing);
      await writer.insert('claims', CLAIM_COLUMNS, claims);
      await writer.insert('claim_locations', CLAIM_LOCATION_COLUMNS, claimLocations);
      if (claimNarratives.length) await writer.insert('claim_narratives', CLAIM_NARRATIVE_COLUMNS, claimNarratives);
      if (claimLinks.length) await writer.insert('claim_links', CLAIM_LINK_COLUMNS, claimLinks);
      totals.articles += articles.length;
      totals.framing += framing.length;
      totals.claims += claims.length;
      totals.claimLocations += claimLocations.length;
      totals.claimNarratives += claimNarratives.length;
      totals.claimLinks += claimLinks.length;
      sinceCommit += claims.length;
      articles = [];
      framing = [];
      claims = [];
      claimLocations = [];
      claimNarratives = [];
      claimLinks = [];
      if (sinceCommit >= COMMIT_CLAIMS) {
        await writer.commit();
        await writer.begin();
        sinceCommit = 0;
      }
      // Keep one batch in flight while the next is generated, no more (bounded memory).
      await writer.drain(6);
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        report(false);
      }
    };

    await writer.begin();
    let produced = 0;
    let nextYield = YIELD_CLAIMS;
    let cumulative = 0;
    for (let d = 0; d < days.length; d++) {
      const day = days[d];
      cumulative += dayWeights[d];
      const dayTarget =
        d === days.length - 1 ? options.claims : Math.round((options.claims * cumulative) / totalWeight);
      let second = 6 * 3600 + random.int(0, 3600);
      while (produced < dayTarget) {
        const count = Math.min(perArticleSampler.sample(random) + 1, dayTarget - produced);
        const id = articleId++;
        second = Math.min(second + random.int(60, 2400), 86_399 - 60);
        const createdAt = timestamp(day, second);
        const leadPlace = places[placeSampler.sample(random)];

        // Narration with one or two framing labels, counted in article_framing.
        const narration: string[] = [];
        const labels = shuffled(FRAMING_LABELS, random).slice(0, random.chance(0.4) ? 2 : 1);
        for (const entry of labels) {
          narration.push(narrationSentence(random, entry.label, leadPlace.nameAr));
          framing.push([id, entry.camp, entry.label, 'narration', entry.tone, 1]);
        }
        if (random.chance(0.3)) {
          const quoted = random.pick(FRAMING_LABELS);
          framing.push([id, quoted.camp, quoted.label, 'quote', quoted.tone, random.int(1, 3)]);
        }

        let body = narration.join(' ') + '\n\n';
        for (let k = 0; k < count; k++) {
          const cid = claimId++;
          const campPick = CAMP_WEIGHTS[campSampler.sample(random)][0];
          const registered = !(campPick === 'UNKNOWN' && random.chance(0.5));
          const pool = sourcesByCamp.get(campPick);
          const source = registered && pool ? pool.sources[pool.sampler.sample(random)] : null;
          const camp: CampId = source ? source.camp : 'UNKNOWN';
          const mention = source ? random.pick(mentions.get(source.id)!) : unregisteredMention(random);
          const first = k === 0 ? leadPlace : places[placeSampler.sample(random)];
          let second2 = random.chance(0.3) ? places[placeSampler.sample(random)] : null;
          if (second2 && second2.id === first.id) second2 = null;
          const draft = draftClaim(random, camp, mention, first.nameAr, second2?.nameAr ?? null);
          const start = body.length + draft.textStart;
          body += draft.sentence + (k % 3 === 2 ? '\n\n' : ' ');

          const { precision, eventDay } = eventDate(random, day, bucketsOf(day));
          const b = bucketsOf(eventDay);
          const status = STATUS_WEIGHTS[statusSampler.sample(random)][0];
          const claimCreated = timestamp(day, second + k);
          const textNormalized = normalizeArabic(draft.text);
          for (const term of termsOf(textNormalized)) claimTerms.add(term, cid);
          claims.push([
            cid,
            id,
            source?.id ?? null,
            camp,
            mention,
            draft.cue,
            draft.text,
            textNormalized,
            start,
            start + draft.text.length,
            draft.channel,
            eventDay,
            precision,
            b.day,
            b.week,
            b.month,
            draft.type,
            status,
            random.chance(0.03) ? 'manual' : 'extracted',
            null,
            status === 'unreviewed' ? 1 : 2,
            null,
            null,
            claimCreated,
            status === 'unreviewed' ? claimCreated : timestamp(day, Math.min(second + 3600, 86_399)),
            // What the rebuild below leaves: a link-derived status has no analyst decision behind it.
            LINK_DERIVED_STATUSES.includes(status) ? 'unreviewed' : status,
          ]);
          const conflictId = reference.conflictId;
          claimLocations.push([cid, first.id, first.nameAr, conflictId, b.day, camp, status]);
          if (second2) claimLocations.push([cid, second2.id, second2.nameAr, conflictId, b.day, camp, status]);
          if (reference.narrativeIds.length && random.chance(0.3)) {
            const n1 = random.pick(reference.narrativeIds);
            claimNarratives.push([cid, n1]);
            const n2 = random.pick(reference.narrativeIds);
            if (n2 !== n1 && random.chance(0.17)) claimNarratives.push([cid, n2]);
          }
          // ~2% of claims point at an earlier one (one link per claim, so the unique pair never collides).
          if (cid - firstClaimId > 10 && random.chance(0.02)) {
            const target = cid - random.int(1, Math.min(500, cid - firstClaimId));
            claimLinks.push([cid, target, random.pick(CLAIM_LINK_RELATIONS), null, claimCreated]);
          }
        }
        produced += count;
        body = `${body.trimEnd()}\n\n(مادة اصطناعية مولدة آليا للاختبار — SYNTHETIC #${id})`;
        articles.push([
          id,
          headline(random, leadPlace.nameAr),
          body,
          'ar',
          `https://synthetic.invalid/article/${id}`,
          reference.outletIds[outletSampler.sample(random)],
          day,
          random.chance(0.05),
          sha256(normalizeArabic(body)),
          null,
          createdAt,
        ]);
        if (claims.length >= FLUSH_CLAIMS) await flush();
        else if (produced >= nextYield) {
          nextYield = produced + YIELD_CLAIMS;
          await turnOfEventLoop();
        }
      }
    }
    await flush();
    await writer.commit();
    await finishLoad(dataSource, writer, claimTerms, suspendedIndexes);
    report(true);
    return { ...totals, rows: rowsSoFar(), elapsedMs: Date.now() - started };
  } catch (error) {
    if (!suspendedIndexes) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\nThe generated tables were left without their secondary indexes: drop this database and generate again.`,
      { cause: error },
    );
  } finally {
    await writer.close();
  }
}

function turnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
