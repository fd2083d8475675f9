import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, LessThanOrEqual, type EntityManager } from 'typeorm';
import { runInTransaction } from '../database/transactions.js';
import { FeedItemEntity, type FeedItemStatus } from './feed-item.entity.js';
import { FeedEntity } from './feed.entity.js';

export type NewFeed = Pick<FeedEntity, 'url' | 'urlHash' | 'outlet' | 'conflict' | 'intervalMinutes' | 'createdById'>;
export type FeedChanges = Partial<
  Pick<
    FeedEntity,
    | 'title'
    | 'outlet'
    | 'intervalMinutes'
    | 'paused'
    | 'etag'
    | 'lastModified'
    | 'lastPolledAt'
    | 'lastSuccessAt'
    | 'lastError'
    | 'failures'
    | 'nextPollAt'
    | 'pollingSince'
    | 'itemsSeen'
    | 'lastNewItems'
    | 'articlesStored'
  >
>;
export type SeenItem = Pick<FeedItemEntity, 'id' | 'status' | 'attempts'>;

@Injectable()
export class FeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  findAll(): Promise<FeedEntity[]> {
    return this.dataSource.getRepository(FeedEntity).find({ order: { id: 'ASC' } });
  }

  findOne(id: number, manager: EntityManager = this.dataSource.manager): Promise<FeedEntity | null> {
    return manager.getRepository(FeedEntity).findOneBy({ id });
  }

  async findIdByUrlHash(urlHash: string, manager: EntityManager): Promise<number | null> {
    const row = await manager.getRepository(FeedEntity).findOne({ select: { id: true }, where: { urlHash } });
    return row?.id ?? null;
  }

  async insert(feed: NewFeed, now: Date, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(FeedEntity).insert({
      ...feed,
      paused: false,
      failures: 0,
      itemsSeen: 0,
      lastNewItems: 0,
      articlesStored: 0,
      nextPollAt: now,
      createdAt: now,
      updatedAt: now,
    });
    return Number(result.identifiers[0].id);
  }

  async update(id: number, changes: FeedChanges, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(FeedEntity).update({ id }, { ...changes, updatedAt: new Date() });
  }

  async delete(id: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(FeedItemEntity).delete({ feedId: id });
    await manager.getRepository(FeedEntity).delete({ id });
  }

  /** Unpaused feeds whose next poll is due, oldest due first. */
  async findDue(now: Date, limit: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(FeedEntity).find({
      select: { id: true },
      where: { paused: false, nextPollAt: LessThanOrEqual(now), pollingSince: IsNull() },
      order: { nextPollAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /**
   * Takes the feed for one poll: a conditional UPDATE, so two pollers (the scheduler and "poll now")
   * never run one feed at once. A mark older than `staleBefore` belongs to a poll that died.
   */
  async claim(id: number, now: Date, staleBefore: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(FeedEntity)
      .set({ pollingSince: now })
      .where('id = :id', { id })
      .andWhere('(polling_since IS NULL OR polling_since < :staleBefore)', { staleBefore })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** At start-up: marks left by a process that stopped mid-poll. */
  async releaseStale(staleBefore: Date): Promise<void> {
    await this.dataSource
      .getRepository(FeedEntity)
      .update({ pollingSince: LessThan(staleBefore) }, { pollingSince: null });
  }

  findItem(feedId: number, guidHash: string): Promise<SeenItem | null> {
    return this.dataSource.getRepository(FeedItemEntity).findOne({
      select: { id: true, status: true, attempts: true },
      where: { feedId, guidHash },
    });
  }

  /** An article already stored from any feed under this canonical URL. */
  async findArticleByUrlHash(urlHash: string): Promise<number | null> {
    const row = await this.dataSource
      .getRepository(FeedItemEntity)
      .findOne({ select: { articleId: true }, where: { urlHash, status: 'stored' } });
    return row?.articleId ?? null;
  }

  /** An article pasted or imported with exactly this URL (not indexed: articles.url is too long for one). */
  async findArticleByUrl(url: string): Promise<number | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('a.id', 'id')
      .from('articles', 'a')
      .where('a.url = :url', { url })
      .orderBy('a.id', 'ASC')
      .limit(1)
      .getRawOne<{ id: number }>();
    return row ? Number(row.id) : null;
  }

  async recordItem(
    item: {
      feedId: number;
      guidHash: string;
      url: string;
      urlHash: string | null;
      articleId: number | null;
      status: FeedItemStatus;
      error: string | null;
    },
    existing: SeenItem | null,
  ): Promise<void> {
    const repository = this.dataSource.getRepository(FeedItemEntity);
    if (existing) {
      await repository.update(
        { id: existing.id },
        { ...item, error: item.error?.slice(0, 500) ?? null, attempts: existing.attempts + 1, seenAt: new Date() },
      );
    } else {
      await repository.insert({ ...item, error: item.error?.slice(0, 500) ?? null, attempts: 1, seenAt: new Date() });
    }
  }
}
