import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { CampId, ClaimOrigin, ClaimStatus, ClaimType, DatePrecision, Language } from '@claimline/contracts';
import { ClaimEntity } from '../claims/claim.entity.js';
import { ClaimLocationEntity } from '../claims/claim-location.entity.js';
import { SourceEntity } from '../sources/source.entity.js';
import { ArticleFramingEntity } from './article-framing.entity.js';
import { ArticleEntity } from './article.entity.js';
import { insertedId } from './inserted-id.js';

export type ArticleRow = {
  id: number;
  conflictId: string;
  title: string | null;
  language: Language;
  url: string | null;
  outletId: number | null;
  outletName: string | null;
  publishedAt: string;
  publishedEstimated: boolean;
  claimCount: number;
  createdAt: Date | string;
};

/** An article's story: its id, first article and how many outlets carried it. */
export type ArticleStoryRow = { storyId: number | null; storyFirstArticleId: number | null; storyOutlets: number };

export type ArticleClaimRow = {
  id: number;
  text: string;
  startOffset: number;
  endOffset: number;
  cue: string;
  sourceId: number | null;
  sourceNameAr: string | null;
  sourceNameEn: string | null;
  sourceMention: string;
  campId: CampId;
  channel: string | null;
  eventDate: string;
  datePrecision: DatePrecision;
  status: ClaimStatus;
  origin: ClaimOrigin;
  claimType: ClaimType | null;
};

export type ClaimLocationRow = {
  claimId: number;
  id: number;
  key: string;
  nameAr: string;
  nameEn: string;
  mention: string | null;
};
export type FramingRow = Pick<ArticleFramingEntity, 'campId' | 'label' | 'voice' | 'tone' | 'count'>;

export type NewArticle = Omit<ArticleEntity, 'id'>;
export type { NewClaimRow as NewClaim } from '../claim-writes/claim-writes.repository.js';
export type SourceRef = Pick<SourceEntity, 'id' | 'conflictId' | 'campId' | 'status' | 'mergedIntoId'>;

@Injectable()
export class ArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findIdByHash(contentHash: string, manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    const row = await manager.getRepository(ArticleEntity).findOne({ select: { id: true }, where: { contentHash } });
    return row?.id ?? null;
  }

  async insertArticle(article: NewArticle, manager: EntityManager): Promise<number> {
    return insertedId(
      await manager.createQueryBuilder().insert().into(ArticleEntity).values(article).updateEntity(false).execute(),
    );
  }

  async findIdsByHashes(
    hashes: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, number>> {
    if (!hashes.length) return new Map();
    const rows: { id: number; content_hash: string }[] = await manager.query(
      `SELECT id, content_hash FROM articles WHERE content_hash IN (${hashes.map(() => '?').join(', ')})`,
      [...hashes],
    );
    return new Map(rows.map((row) => [row.content_hash, Number(row.id)]));
  }

  async findSourceRefs(ids: readonly number[], manager: EntityManager): Promise<SourceRef[]> {
    if (!ids.length) return [];
    return manager.getRepository(SourceEntity).find({
      select: { id: true, conflictId: true, campId: true, status: true, mergedIntoId: true },
      where: { id: In([...ids]) },
    });
  }

  private summaryQuery(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .leftJoin('outlets', 'o', 'o.id = a.outlet_id')
      .select([
        'a.id AS id',
        'a.conflict_id AS conflictId',
        'a.title AS title',
        'a.language AS language',
        'a.url AS url',
        'a.outlet_id AS outletId',
        'o.name AS outletName',
        'a.published_at AS publishedAt',
        'a.published_estimated AS publishedEstimated',
        'a.created_at AS createdAt',
      ])
      .addSelect('(SELECT COUNT(*) FROM claims cc WHERE cc.article_id = a.id)', 'claimCount');
  }

  /** A conflict's articles, newest publication first; keyset on (published_at, id) over idx_articles_conflict_published. */
  async page(conflictId: string, limit: number, after?: { publishedAt: string; id: number }): Promise<ArticleRow[]> {
    const qb = this.summaryQuery()
      .where('a.conflict_id = :conflictId', { conflictId })
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (after) {
      qb.andWhere('(a.published_at < :p OR (a.published_at = :p AND a.id < :id))', {
        p: after.publishedAt,
        id: after.id,
      });
    }
    return (await qb.getRawMany()).map(toArticleRow);
  }

  async findDetail(id: number): Promise<{
    article: ArticleRow & ArticleStoryRow & { body: string };
    claims: ArticleClaimRow[];
    locations: ClaimLocationRow[];
    framing: FramingRow[];
  } | null> {
    const raw = await this.summaryQuery()
      .addSelect('a.body', 'body')
      .addSelect('a.story_id', 'storyId')
      .addSelect('(SELECT st.first_article_id FROM stories st WHERE st.id = a.story_id)', 'storyFirstArticleId')
      .addSelect('(SELECT st.outlet_count FROM stories st WHERE st.id = a.story_id)', 'storyOutlets')
      .where('a.id = :id', { id })
      .getRawOne<Record<string, unknown> & { body: string }>();
    if (!raw) return null;
    const claims: ArticleClaimRow[] = (
      await this.dataSource
        .getRepository(ClaimEntity)
        .createQueryBuilder('c')
        .leftJoin('sources', 's', 's.id = c.source_id')
        .select([
          'c.id AS id',
          'c.text AS text',
          'c.start_offset AS startOffset',
          'c.end_offset AS endOffset',
          'c.cue AS cue',
          'c.source_id AS sourceId',
          's.name_ar AS sourceNameAr',
          's.name_en AS sourceNameEn',
          'c.source_mention AS sourceMention',
          'c.camp_id AS campId',
          'c.channel AS channel',
          'c.event_date AS eventDate',
          'c.date_precision AS datePrecision',
          'c.status AS status',
          'c.origin AS origin',
          'c.claim_type AS claimType',
        ])
        .where('c.article_id = :id', { id })
        .orderBy('c.start_offset', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getRawMany<ArticleClaimRow>()
    ).map((row) => ({
      ...row,
      id: Number(row.id),
      startOffset: Number(row.startOffset),
      endOffset: Number(row.endOffset),
      sourceId: row.sourceId === null ? null : Number(row.sourceId),
    }));
    const locations: ClaimLocationRow[] = (
      await this.dataSource
        .getRepository(ClaimLocationEntity)
        .createQueryBuilder('cl')
        .innerJoin('claims', 'c', 'c.id = cl.claim_id')
        .innerJoin('locations', 'l', 'l.id = cl.location_id')
        .select([
          'cl.claim_id AS claimId',
          'l.id AS id',
          'l.location_key AS locationKey',
          'l.name_ar AS nameAr',
          'l.name_en AS nameEn',
          'cl.mention AS mention',
        ])
        .where('c.article_id = :id', { id })
        .orderBy('cl.claim_id', 'ASC')
        .addOrderBy('l.id', 'ASC')
        .getRawMany<{
          claimId: number | string;
          id: number | string;
          locationKey: string;
          nameAr: string;
          nameEn: string;
          mention: string | null;
        }>()
    ).map((row) => ({
      claimId: Number(row.claimId),
      id: Number(row.id),
      key: row.locationKey,
      nameAr: row.nameAr,
      nameEn: row.nameEn,
      mention: row.mention ?? null,
    }));
    const framing = await this.dataSource.getRepository(ArticleFramingEntity).find({
      select: { campId: true, label: true, voice: true, tone: true, count: true },
      where: { articleId: id },
      order: { id: 'ASC' },
    });
    const nullableId = (value: unknown) => (value === null || value === undefined ? null : Number(value));
    const story: ArticleStoryRow = {
      storyId: nullableId(raw.storyId),
      storyFirstArticleId: nullableId(raw.storyFirstArticleId),
      storyOutlets: Number(raw.storyOutlets ?? 0),
    };
    return { article: { ...toArticleRow(raw), ...story, body: raw.body }, claims, locations, framing };
  }
}

function toArticleRow(raw: Record<string, unknown>): ArticleRow {
  return {
    id: Number(raw.id),
    conflictId: raw.conflictId as string,
    title: (raw.title as string | null) ?? null,
    language: raw.language as Language,
    url: (raw.url as string | null) ?? null,
    outletId: raw.outletId === null || raw.outletId === undefined ? null : Number(raw.outletId),
    outletName: (raw.outletName as string | null) ?? null,
    publishedAt: raw.publishedAt as string,
    publishedEstimated: raw.publishedEstimated === true || Number(raw.publishedEstimated) === 1,
    claimCount: Number(raw.claimCount),
    createdAt: raw.createdAt as Date | string,
  };
}
