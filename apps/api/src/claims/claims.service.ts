import { ConflictScope } from '../conflicts/conflict-scope.js';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dateBuckets } from '@claimline/contracts';
import { normalizeArabic } from '@claimline/extraction';
import { AuditService } from '../audit/audit.service.js';
import type { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { gradeFromLinks, toGradingLinks, type Grading } from './claim-grading.js';
import { ClaimLinksRepository, type ClaimLinkRow } from './claim-links.repository.js';
import { CLAIM_READS, LINK_READS, REMEMBERED_CLAIM_PAGES, type ClaimPageClaim } from './claim-page-memo.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';
import { ClaimsRepository, type SourceRow } from './claims.repository.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import type { ClaimFieldChanges } from '../claim-writes/claim-writes.repository.js';
import { toClaimDetailDto, type ClaimDetailDto } from './dto/claim-detail.dto.js';
import type { CreateClaimDto, UpdateClaimDto } from './dto/claim-input.dto.js';
import { declareAnalyticsWrites } from '../rollups/data-version.js';
import { fieldError } from '../common/field-error.js';

/** Thrown inside a transaction when the optimistic lock fails; answered with 409 and the current claim after rollback. */
class StaleVersionError extends Error {}

const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y);
const sameIds = (a: number[], b: number[]) => sorted(a).join(',') === sorted(b).join(',');

/** Whether an edit names a field other than the note: only the note is a field nothing counts, filters or charts. */
function mayChangeCounts(dto: UpdateClaimDto): boolean {
  return Object.entries(dto).some(([field, value]) => value !== undefined && field !== 'note' && field !== 'version');
}

@Injectable()
export class ClaimsService {
  /** Claim pages' claims, articles and tags, by claim id (claim-page-memo.ts). */
  private readonly claimPages: VersionedMemo<ClaimPageClaim>;
  /** Claim pages' links with the claims at their other ends, by claim id. */
  private readonly claimLinks: VersionedMemo<ClaimLinkRow[]>;

  constructor(
    private readonly claims: ClaimsRepository,
    private readonly links: ClaimLinksRepository,
    private readonly audit: AuditService,
    private readonly writer: ClaimWriter,
    private readonly scope: ConflictScope,
    dataSource: DataSource,
  ) {
    this.claimPages = new VersionedMemo(dataSource, REMEMBERED_CLAIM_PAGES);
    this.claimLinks = new VersionedMemo(dataSource, REMEMBERED_CLAIM_PAGES);
  }

  async get(id: number, manager?: EntityManager): Promise<ClaimDetailDto> {
    // The reads need only the id: at once, so a claim page waits for one round trip, not two (under a team's load
    // each is a wait for a pooled connection). Outside a transaction, both are remembered while what they read stays.
    const [{ detail, tags }, links] = await Promise.all([
      manager
        ? this.readClaim(id, manager)
        : this.claimPages.get({ id }, CLAIM_READS, () => this.readClaim(id), { claims: [id] }),
      manager
        ? this.links.linksOf(id, manager)
        : this.claimLinks.get({ id }, LINK_READS, () => this.links.linksOf(id), { links: [id] }),
    ]);
    const { row, article, why } = detail;
    const { narratives, locations } = tags;
    return toClaimDetailDto({
      row,
      article,
      narratives,
      locations,
      links,
      grading: gradeFromLinks(row.campId, toGradingLinks(links)),
      why,
    });
  }

  /** A claim with its article and tags, as its page shows them; 404 when the claim or its article does not exist. */
  private async readClaim(id: number, manager?: EntityManager): Promise<ClaimPageClaim> {
    const [detail, tags] = await Promise.all([this.claims.findDetail(id, manager), this.claims.tagsOf([id], manager)]);
    if (!detail) throw new NotFoundException(`Claim ${id} not found`);
    if (!detail.article) throw new NotFoundException(`Article ${detail.row.articleId} of claim ${id} not found`);
    return { detail: { ...detail, article: detail.article }, tags };
  }

  /** A camp given for a claim without a source: one of its conflict's camps, else the conflict's `unknown` camp. */
  private campOf(conflictId: string, camp: string | undefined): string {
    const camps = this.scope.camps(conflictId);
    if (camp === undefined) return camps.find((c) => c.role === 'unknown')?.id ?? 'UNKNOWN';
    if (!camps.some((c) => c.id === camp)) throw fieldError('camp', `${camp} is not a camp of ${conflictId}`);
    return camp;
  }

  async history(id: number, reader: AuthUser | undefined): Promise<AuditEventDto[]> {
    if (!(await this.claims.findRow(id))) throw new NotFoundException(`Claim ${id} not found`);
    return this.audit.historyOf('claim', id, reader);
  }

  async create(dto: CreateClaimDto, user: AuthUser | undefined): Promise<ClaimDetailDto> {
    const id = await this.claims.transaction(async (manager) => {
      const article = await this.claims.findArticle(dto.articleId, manager);
      if (!article) throw fieldError('articleId', `Article ${dto.articleId} does not exist`);
      if (dto.end > article.body.length)
        throw fieldError('end', `end must be at most the article length (${article.body.length})`);
      if (dto.start >= dto.end) throw fieldError('start', 'start must be before end');
      const text = article.body.slice(dto.start, dto.end);
      if (!text.trim()) throw fieldError('start', 'The selected span is empty');
      const source = dto.sourceId === undefined ? null : await this.claims.findSource(dto.sourceId, manager);
      if (dto.sourceId !== undefined && !source) throw fieldError('sourceId', `Source ${dto.sourceId} does not exist`);
      if (source) this.assertSourceOf(article.conflictId, source);
      await this.checkIds(manager, article.conflictId, dto.narratives, dto.locations);
      const eventDate = dto.eventDate ?? { date: article.publishedAt, precision: 'reported' as const };
      const buckets = dateBuckets(eventDate.date);
      const now = new Date();
      const claim = {
        articleId: article.id,
        conflictId: article.conflictId,
        sourceId: source?.id ?? null,
        campId: source?.campId ?? this.campOf(article.conflictId, dto.camp),
        sourceMention: dto.sourceMention ?? (source ? (article.language === 'ar' ? source.nameAr : source.nameEn) : ''),
        cue: dto.cue ?? '',
        text,
        textNormalized: normalizeArabic(text),
        startOffset: dto.start,
        endOffset: dto.end,
        channel: null,
        eventDate: eventDate.date,
        datePrecision: eventDate.precision,
        eventDay: buckets.day,
        eventWeek: buckets.week,
        eventMonth: buckets.month,
        claimType: dto.claimType ?? null,
        status: 'unreviewed' as const,
        origin: 'manual' as const,
        note: null,
        extractionWhy: null,
        version: 1,
        createdById: user?.id ?? null,
        updatedById: user?.id ?? null,
        createdAt: now,
        updatedAt: now,
      };
      return this.writer.create(
        manager,
        claim,
        { narratives: dto.narratives ?? [], locations: dto.locations ?? [] },
        user ?? null,
      );
    });
    return this.get(id);
  }

  async update(id: number, dto: UpdateClaimDto, user: AuthUser | undefined): Promise<ClaimDetailDto> {
    try {
      await this.claims.transaction(async (manager) => {
        // Every write below goes through the writer, which names what the dashboard reads that it changes.
        declareAnalyticsWrites(manager);
        // One locking read of what the form is compared with; with the tags (the rollups' baseline too) unless only
        // the note can change, which nothing counts. Under a team's load each statement is a wait for the cores.
        const row = await this.writer.openForEdit(manager, id, { withTags: mayChangeCounts(dto) });
        if (!row) throw new NotFoundException(`Claim ${id} not found`);
        if (row.version !== dto.version) throw new StaleVersionError();
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        const set: ClaimFieldChanges = {};
        const change = (field: string, from: unknown, to: unknown) => {
          before[field] = from;
          after[field] = to;
        };

        let camp = row.campId;
        if (dto.sourceId !== undefined && dto.sourceId !== row.sourceId) {
          if (dto.sourceId === null) {
            set.sourceId = null;
          } else {
            const source = await this.claims.findSource(dto.sourceId, manager);
            if (!source) throw fieldError('sourceId', `Source ${dto.sourceId} does not exist`);
            if (source.status === 'merged')
              throw fieldError(
                'sourceId',
                `Source ${source.id} was merged into source ${source.mergedIntoId}; use that one`,
              );
            this.assertSourceOf(row.conflictId, source);
            set.sourceId = source.id;
            if (source.campId !== row.campId) {
              set.campId = source.campId;
              change('camp', row.campId, source.campId);
              camp = source.campId;
            }
          }
          change('sourceId', row.sourceId, set.sourceId);
        }
        if (dto.status != null && dto.status !== row.status) {
          if (dto.status === 'corroborated' || dto.status === 'contested') {
            this.assertSupported(
              dto.status,
              gradeFromLinks(camp, toGradingLinks(await this.links.linksOf(id, manager))),
            );
          }
          set.status = dto.status;
          change('status', row.status, dto.status);
        }
        if (dto.claimType !== undefined && dto.claimType !== row.claimType) {
          set.claimType = dto.claimType;
          change('claimType', row.claimType, dto.claimType);
        }
        if (dto.eventDate && (dto.eventDate.date !== row.eventDate || dto.eventDate.precision !== row.datePrecision)) {
          const buckets = dateBuckets(dto.eventDate.date);
          Object.assign(set, {
            eventDate: dto.eventDate.date,
            datePrecision: dto.eventDate.precision,
            eventDay: buckets.day,
            eventWeek: buckets.week,
            eventMonth: buckets.month,
          });
          change('eventDate', { date: row.eventDate, precision: row.datePrecision }, dto.eventDate);
        }
        if (dto.note !== undefined && dto.note !== row.note) {
          set.note = dto.note;
          change('note', row.note, dto.note);
        }
        await this.checkIds(
          manager,
          dto.narratives?.length ? row.conflictId : null,
          dto.narratives ?? undefined,
          dto.locations ?? undefined,
        );
        let narrativesChanged = false;
        if (dto.narratives) {
          const current = [...row.narratives!];
          if (!sameIds(current, dto.narratives)) {
            narrativesChanged = true;
            change('narratives', sorted(current), sorted(dto.narratives));
          }
        }
        let locationsChanged = false;
        if (dto.locations) {
          const current = [...row.locations!];
          if (!sameIds(current, dto.locations)) {
            locationsChanged = true;
            change('locations', sorted(current), sorted(dto.locations));
          }
        }
        if (!Object.keys(after).length) return; // nothing to change: no version bump, no history entry

        // A failed version check throws, and the transaction rolls back whatever the writer did.
        const updated = await this.writer.update(
          manager,
          id,
          {
            fields: set,
            narratives: narrativesChanged ? dto.narratives! : undefined,
            locations: locationsChanged ? dto.locations! : undefined,
            version: dto.version,
            user: user ?? null,
            statusChosen: dto.status != null,
            audit: { action: 'update', before, after },
          },
          row,
        );
        if (!updated) throw new StaleVersionError();
      });
    } catch (error) {
      if (error instanceof StaleVersionError) {
        throw new ConflictException({ message: 'This claim was changed by someone else', current: await this.get(id) });
      }
      throw error;
    }
    return this.get(id);
  }

  /** Deleting keeps the claim, marked rejected, so its history and the reason stay. */
  async reject(id: number, user: AuthUser | undefined): Promise<ClaimDetailDto> {
    await this.claims.transaction(async (manager) => {
      const row = await this.writer.openForEdit(manager, id, { withTags: true });
      if (!row) throw new NotFoundException(`Claim ${id} not found`);
      if (row.status === 'rejected') return;
      // The writer regrades the linked claims: a rejected claim corroborates and contests nothing.
      await this.writer.update(
        manager,
        id,
        {
          fields: { status: 'rejected' },
          version: null,
          user: user ?? null,
          statusChosen: true,
          audit: { action: 'delete', before: { status: row.status }, after: { status: 'rejected' } },
        },
        row,
      );
    });
    return this.get(id);
  }

  private assertSupported(status: 'corroborated' | 'contested', grading: Grading): void {
    if (status === 'contested' && !grading.contestedBy.length) {
      throw fieldError(
        'status',
        "A claim is contested only when a claim of another camp contradicts it: add a 'contradicts' link first",
      );
    }
    if (status === 'corroborated' && !grading.corroboratedBy.length) {
      throw fieldError(
        'status',
        "A claim is corroborated only when a claim of another camp corroborates it: add a 'corroborates' link first",
      );
    }
  }

  /** A claim's source is one of its conflict's: another conflict's camps mean nothing in it. */
  private assertSourceOf(conflictId: string, source: SourceRow): void {
    if (source.conflictId !== conflictId)
      throw fieldError(
        'sourceId',
        `Source ${source.id} is a source of ${source.conflictId}, not of ${conflictId} (the claim's conflict)`,
      );
  }

  /** The narratives and places exist, and the narratives are of the claim's conflict. */
  private async checkIds(
    manager: EntityManager,
    conflictId: string | null,
    narratives?: number[],
    locations?: number[],
  ): Promise<void> {
    if (narratives?.length) {
      const conflicts = await this.claims.narrativeConflicts(narratives, manager);
      const missing = narratives.filter((id) => !conflicts.has(id));
      if (missing.length) throw fieldError('narratives', `Unknown narratives: ${missing.join(', ')}`);
      const foreign = narratives.filter((id) => conflicts.get(id) !== conflictId);
      if (foreign.length)
        throw fieldError(
          'narratives',
          `Narratives of another conflict than the claim's (${conflictId ?? 'none'}): ${foreign.map((id) => `${id} (${conflicts.get(id)})`).join(', ')}`,
        );
    }
    if (locations?.length) {
      const existing = new Set(await this.claims.existingIds('locations', locations, manager));
      const missing = locations.filter((id) => !existing.has(id));
      if (missing.length) throw fieldError('locations', `Unknown locations: ${missing.join(', ')}`);
    }
  }
}
