import { ConflictScope } from '../conflicts/conflict-scope.js';
import { createHash } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { FetchRefusedError } from '../web-fetch/fetch-errors.js';
import { SafeFetcher } from '../web-fetch/safe-fetcher.js';
import {
  DEFAULT_INTERVAL_MINUTES,
  toFeedDto,
  type CreateFeedDto,
  type FeedDto,
  type FeedPollDto,
  type UpdateFeedDto,
} from './dto/feed.dto.js';
import { FeedPoller } from './feed-poller.service.js';
import type { FeedEntity } from './feed.entity.js';
import { FeedsRepository, type FeedChanges } from './feeds.repository.js';

const snapshot = (feed: FeedEntity) => ({
  url: feed.url,
  outlet: feed.outlet,
  conflict: feed.conflict,
  intervalMinutes: feed.intervalMinutes,
  paused: Boolean(feed.paused),
});

@Injectable()
export class FeedsService {
  constructor(
    private readonly feeds: FeedsRepository,
    private readonly fetcher: SafeFetcher,
    private readonly poller: FeedPoller,
    private readonly audit: AuditService,
    private readonly scope: ConflictScope,
  ) {}

  async list(): Promise<FeedDto[]> {
    return (await this.feeds.findAll()).map(toFeedDto);
  }

  /** Refuses (400, on `url`) what the fetcher would refuse, so a feed that can never be polled is not added. */
  async create(dto: CreateFeedDto, user: AuthUser | undefined): Promise<FeedDto> {
    let url: string;
    try {
      url = this.fetcher.checkUrl(dto.url.trim()).href;
    } catch (error) {
      if (!(error instanceof FetchRefusedError)) throw error;
      throw new BadRequestException({
        message: `Refused: ${error.reason}`,
        errors: [{ field: 'url', messages: [`Refused: ${error.reason}`] }],
      });
    }
    const urlHash = createHash('sha256').update(url).digest('hex');
    const id = await this.feeds.transaction(async (manager) => {
      const existing = await this.feeds.findIdByUrlHash(urlHash, manager);
      if (existing !== null) {
        throw new ConflictException({
          message: `This feed is already followed (feed ${existing})`,
          existingId: existing,
          errors: [{ field: 'url', messages: ['url is already followed'] }],
        });
      }
      const fields = {
        url,
        urlHash,
        outlet: dto.outlet || null,
        // Checked now (400 for an unknown conflict), not at the first poll.
        conflict: dto.conflict ? this.scope.resolve(dto.conflict) : null,
        intervalMinutes: dto.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
        createdById: user?.id ?? null,
      };
      const newId = await this.feeds.insert(fields, new Date(), manager);
      await this.audit.record(
        {
          user: user ?? null,
          entity: 'feed',
          entityId: newId,
          action: 'create',
          after: { ...fields, urlHash: undefined },
        },
        manager,
      );
      return newId;
    });
    return toFeedDto((await this.feeds.findOne(id))!);
  }

  async update(id: number, dto: UpdateFeedDto, user: AuthUser | undefined): Promise<FeedDto> {
    await this.feeds.transaction(async (manager) => {
      const current = await this.feeds.findOne(id, manager);
      if (!current) throw new NotFoundException(`Feed ${id} not found`);
      const before = snapshot(current);
      const next: FeedChanges = {};
      if (dto.paused !== undefined && dto.paused !== before.paused) {
        next.paused = dto.paused;
        // Resumed: poll at the next tick rather than waiting out a long-gone schedule.
        if (!dto.paused) next.nextPollAt = new Date();
      }
      if (dto.intervalMinutes !== undefined && dto.intervalMinutes !== before.intervalMinutes) {
        next.intervalMinutes = dto.intervalMinutes;
      }
      if (dto.outlet !== undefined && (dto.outlet || null) !== before.outlet) next.outlet = dto.outlet || null;
      const fields = Object.keys(next).filter((key) => key !== 'nextPollAt') as (keyof typeof before)[];
      if (!fields.length) return;
      await this.feeds.update(id, next, manager);
      await this.audit.record(
        {
          user: user ?? null,
          entity: 'feed',
          entityId: id,
          action: 'update',
          before: Object.fromEntries(fields.map((field) => [field, before[field]])),
          after: Object.fromEntries(fields.map((field) => [field, next[field as keyof FeedChanges]])),
        },
        manager,
      );
    });
    return toFeedDto((await this.feeds.findOne(id))!);
  }

  /** The feed and its seen-items list; the articles it stored stay. */
  async remove(id: number, user: AuthUser | undefined): Promise<void> {
    await this.feeds.transaction(async (manager) => {
      const current = await this.feeds.findOne(id, manager);
      if (!current) throw new NotFoundException(`Feed ${id} not found`);
      await this.feeds.delete(id, manager);
      await this.audit.record(
        { user: user ?? null, entity: 'feed', entityId: id, action: 'delete', before: snapshot(current) },
        manager,
      );
    });
  }

  async pollNow(id: number): Promise<FeedPollDto> {
    const result = await this.poller.poll(id);
    return { feed: toFeedDto((await this.feeds.findOne(id))!), result };
  }
}
