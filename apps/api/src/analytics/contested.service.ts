import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ClaimLinkRelation } from '@claimline/contracts';
import { campOpposition, campReferences, scoreOpposition, type CampOpposition } from '@claimline/extraction';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditService } from '../audit/audit.service.js';
import { editorName } from '../audit/editor-name.js';
import { toIsoString } from '../claims/dto/claim-summary.dto.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { ContestedDismissalsRepository } from './contested-dismissals.repository.js';
import {
  ContestedRepository,
  pairKey,
  type ClaimText,
  type ContestedWindow,
  type PairIds,
} from './contested.repository.js';
import type { RawRow } from './analytics-columns.js';
import { toAnalyticsClaimDto, toLocationSummaryDto } from './dto/analytics-claim.dto.js';
import { toClaimArticleDto } from './dto/claim-article.dto.js';
import type {
  ContestedDismissalDto,
  ContestedDismissalsDto,
  CreateContestedDismissalDto,
} from './dto/contested-dismissal.dto.js';
import type { ContestedDto, ContestedPairDto, ContestedQueryDto } from './dto/contested.dto.js';
import { ConflictPacks } from '../conflicts/conflict-packs.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { PairScores } from './utils/pair-scores.js';
import { capClaimAppearances, rankContestedPairs } from './utils/rank-contested-pairs.js';
import { orderPair } from './utils/shape-analytics.js';
import { readsOfClaimFilters } from '../rollups/data-version.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';

/** Most suggested pairs one claim appears in: beyond two, the list is one loud claim against everything. */
export const CONTESTED_PER_CLAIM_CAP = 2;
/** Candidates scored per pair asked for: most same-place-and-day pairs carry no opposition evidence. */
const CANDIDATES_PER_PAIR = 10;
const KNOWLEDGE_TTL_MS = 60_000;

type PackKnowledge = { opposition: CampOpposition; references: Map<string, string[]> };
const MAX_CANDIDATES = 5000;
/** Candidate sets remembered: one per filter set and limit asked for (the dashboard asks a handful). */
const CANDIDATE_SETS_MAX = 50;
type CandidateSet = {
  window: ContestedWindow;
  candidates: PairIds[];
  ids: number[];
  texts: Map<number, ClaimText>;
  /** Whether each candidate carries opposition evidence, under the pack knowledge it was scored with (evidenceOf). */
  evidence?: { knowledge: PackKnowledge; found: boolean[] };
};

/**
 * Contested pairs that are contradictions (issue #15): candidates are claims of two camps about one
 * place within a day (ContestedRepository); each is scored by opposition evidence (libs/extraction
 * opposition rules), dismissed pairs and pairs without evidence are not suggested, the rest ranked by
 * how directly the camps oppose (conflict pack roles) and the evidence, and capped per claim.
 */
@Injectable()
export class ContestedService {
  private readonly repository: ContestedRepository;
  private readonly packKnowledge = new Map<string, { at: number; knowledge: Promise<PackKnowledge> }>();
  private readonly candidateSets: VersionedMemo<CandidateSet>;

  constructor(
    dataSource: DataSource,
    private readonly analytics: AnalyticsRepository,
    private readonly dismissals: ContestedDismissalsRepository,
    private readonly audit: AuditService,
    private readonly scope: ConflictScope,
    private readonly packs: ConflictPacks,
  ) {
    this.repository = new ContestedRepository(dataSource);
    this.candidateSets = new VersionedMemo<CandidateSet>(dataSource, CANDIDATE_SETS_MAX);
  }

  async contested(query: ContestedQueryDto): Promise<ContestedDto> {
    const limit = query.limit ?? 50;
    const filters = await this.analytics.withSearch(this.scope.filters(query));
    // The candidates and their claims' texts depend on the claims as counted (and the names) only: remembered
    // across links, dismissals and regrades, which change the marks and the details read below. Under a team's
    // load a link every tenth of a second made each request recompute the window, the spans of place rows and
    // the texts (1 M claims, MariaDB: contested p50 364 ms with the cache on).
    const [candidateSet, knowledge] = await Promise.all([
      this.candidateSets.get({ filters, limit }, [...readsOfClaimFilters(filters), 'names'], () =>
        this.candidateSet(filters, limit),
      ),
      this.knowledge(filters.conflict),
    ]);
    const { window, candidates, ids, texts } = candidateSet;
    const { opposition, references } = knowledge;
    const { links, dismissed } = await this.repository.pairMarks(ids);
    // A claim's words (its camp's names and labels, its source's names) once per claim, and one list per camp and
    // source in this request (a claim is in several candidate pairs).
    const namesByCampAndSource = new Map<string, Names>();
    const namesOfClaim = new Map<ClaimText, Names>();
    const wordsFor = (claim: ClaimText): Names => {
      const known = namesOfClaim.get(claim);
      if (known) return known;
      const key = `${claim.camp}\u0000${claim.sourceNames.join('\u0001')}`;
      let names = namesByCampAndSource.get(key);
      if (!names) {
        const words = [...(references.get(claim.camp) ?? []), ...claim.sourceNames];
        namesByCampAndSource.set(key, (names = { words, id: nameListId(words) }));
      }
      namesOfClaim.set(claim, names);
      return names;
    };
    let dismissedCount = 0;
    let withoutEvidence = 0;
    const kept: PairIds[] = [];
    const evidence = evidenceOf(candidateSet, knowledge, wordsFor);
    candidates.forEach((pair, index) => {
      if (!texts.has(pair.aId) || !texts.has(pair.bId)) return;
      if (links.has(pairKey(pair.aId, pair.bId))) kept.push(pair);
      else if (dismissed.has(pairKey(pair.aId, pair.bId))) dismissedCount++;
      else if (evidence[index]) kept.push(pair);
      else withoutEvidence++;
    });
    // Details only for what may be shown: pairs with evidence and linked pairs (listed whatever their evidence).
    const details = await this.repository.details(kept, links);
    const pairs: ContestedPairDto[] = details.map((row) => {
      const [a, b] = orderPair(
        toAnalyticsClaimDto(row, 'a_'),
        toAnalyticsClaimDto(row, 'b_'),
        this.scope.camps(filters.conflict),
      );
      const linkId = row.link_id === null || row.link_id === undefined ? undefined : Number(row.link_id);
      return {
        location: toLocationSummaryDto(row),
        a,
        b,
        dayGap: Math.abs(Number(row.day_gap ?? 0)),
        // Scored again in display order, so each quote says which card (a or b) it is from.
        ...score(a.id, texts.get(a.id)!, b.id, texts.get(b.id)!, wordsFor),
        campOpposition: opposition(a.camp, b.camp),
        linked: linkId !== undefined,
        ...(linkId !== undefined ? { linkId, relation: row.link_relation as ClaimLinkRelation } : {}),
      };
    });
    const shown = capClaimAppearances(rankContestedPairs(pairs), CONTESTED_PER_CLAIM_CAP).slice(0, limit);
    const articles = articlesOf(details);
    const articleIds = [...new Set(shown.flatMap((pair) => [pair.a.articleId, pair.b.articleId]))].sort(
      (x, y) => x - y,
    );
    return {
      window,
      pairs: shown,
      articles: articleIds.flatMap((id) => (articles.has(id) ? [toClaimArticleDto(articles.get(id)!)] : [])),
      withoutEvidence,
      dismissed: dismissedCount,
      perClaimCap: CONTESTED_PER_CLAIM_CAP,
    };
  }

  /** The candidate pairs of a request, newest day first, with the distinct claims they pair and those claims' texts. */
  private async candidateSet(filters: ClaimFiltersDto, limit: number): Promise<CandidateSet> {
    const window = await this.repository.window(filters);
    const candidates = await this.repository.candidates(
      filters,
      window,
      Math.min(limit * CANDIDATES_PER_PAIR, MAX_CANDIDATES),
    );
    const ids = [...new Set(candidates.flatMap((pair) => [pair.aId, pair.bId]))];
    return { window, candidates, ids, texts: await this.repository.claimTexts(ids) };
  }

  async listDismissals(reader: AuthUser | undefined, limit = 200): Promise<ContestedDismissalsDto> {
    const rows = await this.dismissals.list(limit);
    return {
      items: rows.map((row) => ({
        id: Number(row.id),
        a: toAnalyticsClaimDto(row, 'a_'),
        b: toAnalyticsClaimDto(row, 'b_'),
        dismissedAt: toIsoString(row.dismissed_at as Date | string),
        dismissedBy: editorName(
          row.user_id === null || row.user_id === undefined ? null : Number(row.user_id),
          (row.user_email as string | null) ?? null,
          reader,
        ),
      })),
    };
  }

  async dismiss(dto: CreateContestedDismissalDto, user: AuthUser | undefined): Promise<ContestedDismissalDto> {
    if (dto.aId === dto.bId) {
      throw new BadRequestException({
        message: 'Validation failed',
        errors: [{ field: 'bId', messages: ['A claim cannot be dismissed against itself'] }],
      });
    }
    const [low, high] = [Math.min(dto.aId, dto.bId), Math.max(dto.aId, dto.bId)];
    const id = await this.dismissals.transaction(async (manager) => {
      const existing = await this.dismissals.existingClaims([low, high], manager);
      for (const claimId of [dto.aId, dto.bId]) {
        if (!existing.has(claimId)) throw new NotFoundException(`Claim ${claimId} not found`);
      }
      if (await this.dismissals.findPair(low, high, manager)) {
        throw new ConflictException(`The pair ${low}–${high} is already dismissed`);
      }
      const inserted = await this.dismissals.insert(low, high, user?.id ?? null, manager);
      const after = { dismissalId: inserted, pair: [low, high] };
      for (const claimId of [low, high]) {
        await this.audit.record(
          { user: user ?? null, entity: 'claim', entityId: claimId, action: 'dismiss-contested', after },
          manager,
        );
      }
      return inserted;
    });
    const item = (await this.listDismissals(user, 500)).items.find((dismissal) => dismissal.id === id);
    return item!;
  }

  async undismiss(id: number, user: AuthUser | undefined): Promise<void> {
    await this.dismissals.transaction(async (manager) => {
      const dismissal = await this.dismissals.findById(id, manager);
      if (!dismissal) throw new NotFoundException(`Contested dismissal ${id} not found`);
      await this.dismissals.delete(id, manager);
      const before = { dismissalId: id, pair: [dismissal.low, dismissal.high] };
      for (const claimId of [dismissal.low, dismissal.high]) {
        await this.audit.record(
          { user: user ?? null, entity: 'claim', entityId: claimId, action: 'undismiss-contested', before },
          manager,
        );
      }
    });
  }

  /**
   * Camp roles and the words for each camp, from the conflict's pack as stored (camps as edited), kept a
   * minute: camp edits are rare and the pack takes a few milliseconds to read and validate.
   */
  private knowledge(conflictId: string): Promise<PackKnowledge> {
    const cached = this.packKnowledge.get(conflictId);
    if (cached && Date.now() - cached.at < KNOWLEDGE_TTL_MS) return cached.knowledge;
    const knowledge = this.packs.packFor(conflictId).then((pack) => ({
      opposition: campOpposition([pack]),
      references: campReferences([pack]),
    }));
    this.packKnowledge.set(conflictId, { at: Date.now(), knowledge });
    knowledge.catch(() => this.packKnowledge.delete(conflictId));
    return knowledge;
  }
}

/** A list of names and its id (nameListId): the id stands for the list in a score's memo key. */
type Names = { words: string[]; id: number };

/**
 * Opposition evidence between two claims; each may accuse the other by its camp's names and framing labels or by
 * the other claim's source ("accused the Volcano of Anger operation").
 */
const score = (aId: number, a: ClaimText, bId: number, b: ClaimText, wordsFor: (claim: ClaimText) => Names) => {
  const aNames = wordsFor(b);
  const bNames = wordsFor(a);
  // The score depends only on the two texts and the names (the lexicon is fixed): remembered per those, since the
  // same candidate pairs come back on every contested request (1 M claims, a team's mixed load: the cue finding of
  // the scoring was ~5 % of the API's CPU).
  return scores.get(aId, a.text, aNames.id, bId, b.text, bNames.id, () =>
    scoreOpposition({ text: a.text, otherCampNames: aNames.words }, { text: b.text, otherCampNames: bNames.words }),
  );
};

/**
 * Whether each candidate of a set carries opposition evidence, scored once per candidate set and pack knowledge:
 * links, dismissals and regrades leave both as they were. Under a team's linking every contested request scored
 * its candidates again, and building the score keys (two texts each) was ~1.5 % of the API's CPU.
 */
function evidenceOf(set: CandidateSet, knowledge: PackKnowledge, wordsFor: (claim: ClaimText) => Names): boolean[] {
  if (set.evidence?.knowledge === knowledge) return set.evidence.found;
  const found = set.candidates.map((pair) => {
    const [a, b] = [set.texts.get(pair.aId), set.texts.get(pair.bId)];
    return a !== undefined && b !== undefined && score(pair.aId, a, pair.bId, b, wordsFor).score > 0;
  });
  set.evidence = { knowledge, found };
  return found;
}

/**
 * One id per distinct list of names, never reused: when the table is full it starts again with new ids, and
 * the scores keyed by the old ones are simply not found again (they age out of `scores`).
 */
function nameListId(words: readonly string[]): number {
  const joined = words.join('\u0001');
  let id = nameListIds.get(joined);
  if (id === undefined) {
    if (nameListIds.size >= MAX_NAME_LISTS) nameListIds.clear();
    nameListIds.set(joined, (id = nextNameListId++));
  }
  return id;
}

/** Distinct name lists remembered: one per camp and source seen (a few hundred), with room for pack edits. */
const MAX_NAME_LISTS = 10_000;
const nameListIds = new Map<string, number>();
let nextNameListId = 1;

/** The articles of the details rows' claims (columns a_article_… and b_article_…) by id, as toClaimArticleDto reads them. */
function articlesOf(rows: readonly RawRow[]): Map<number, RawRow> {
  const byId = new Map<number, RawRow>();
  for (const row of rows)
    for (const prefix of ['a_article_', 'b_article_']) {
      const id = Number(row[`${prefix}id`]);
      if (!byId.has(id))
        byId.set(id, {
          id,
          title: row[`${prefix}title`],
          url: row[`${prefix}url`],
          published_at: row[`${prefix}published_at`],
          outlet: row[`${prefix}outlet`],
        });
    }
  return byId;
}

/** Pair scores remembered (least recently used dropped first): a few times the candidates of one request. */
const scores = new PairScores<ReturnType<typeof scoreOpposition>>(20_000);
