import { createHash } from 'node:crypto';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ArticleFetchService } from '../article-fetch/article-fetch.service.js';
import { ArticleIngestionService, DuplicateArticleException } from '../articles/article-ingestion.service.js';
import { detectLanguage } from '@claimline/extraction';
import { SafeFetcher } from '../web-fetch/safe-fetcher.js';
import type { FeedPollResultDto } from './dto/feed.dto.js';
import type { FeedEntity } from './feed.entity.js';
import type { FeedItemStatus } from './feed-item.entity.js';
import type { FeedEntry } from './feed-parsing.js';
import { FeedsRepository } from './feeds.repository.js';
import { HostPoliteness } from './host-politeness.js';

/** A poll mark older than this belongs to a poll whose process died: it no longer blocks the feed. */
export const STALE_POLL_MS = 15 * 60 * 1000;
/** New entries handled per poll; the rest wait for the next one (a first poll of a big feed stays short). */
const MAX_ITEMS_PER_POLL = 50;
/** An entry that failed this many times is left alone. */
const MAX_ATTEMPTS = 3;
const MAX_BACKOFF_MINUTES = 24 * 60;
/**
 * Feed text is taken as the whole article (no page fetch) when it is not cut off with an ellipsis and
 * is long (FULL_TEXT_CHARS) or has several paragraphs of some length: a summary is one short paragraph.
 */
const FULL_TEXT_CHARS = 400;
const MULTI_PARAGRAPH_CHARS = 200;

export function isFullText(text: string): boolean {
  if (/(…|\.\.\.|\[…\])\s*$/.test(text)) return false;
  return text.length >= FULL_TEXT_CHARS || (text.includes('\n\n') && text.length >= MULTI_PARAGRAPH_CHARS);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const minutesFrom = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/** After n consecutive failures: interval × 2ⁿ, capped at a day (never less than the interval). */
export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.max(intervalMinutes, Math.min(intervalMinutes * 2 ** Math.min(failures, 16), MAX_BACKOFF_MINUTES));
}

type ItemOutcome = { status: FeedItemStatus; articleId: number | null; urlHash: string | null; error: string | null };

/**
 * One poll of one feed: conditional GET, parse, and for each entry not seen before: the article
 * (the feed's own full text, else the page), stored through the article ingestion service — the
 * same path as a paste, so claims, audit, the search index and the 409 duplicate check all apply.
 */
@Injectable()
export class FeedPoller {
  private readonly logger = new Logger('Feeds');

  constructor(
    private readonly feeds: FeedsRepository,
    private readonly fetcher: SafeFetcher,
    private readonly politeness: HostPoliteness,
    private readonly articleFetch: ArticleFetchService,
    private readonly ingestion: ArticleIngestionService,
  ) {}

  /** Throws 404 for an unknown feed and 409 when it is being polled already. */
  async poll(id: number): Promise<FeedPollResultDto> {
    const startedAt = new Date();
    if (!(await this.feeds.findOne(id))) throw new NotFoundException(`Feed ${id} not found`);
    if (!(await this.feeds.claim(id, startedAt, new Date(startedAt.getTime() - STALE_POLL_MS)))) {
      throw new ConflictException({ message: `Feed ${id} is being polled right now` });
    }
    const feed = (await this.feeds.findOne(id))!;
    const result: FeedPollResultDto = {
      notModified: false,
      newItems: 0,
      stored: 0,
      duplicates: 0,
      failed: 0,
      error: null,
    };
    try {
      await this.run(feed, result);
      await this.feeds.update(id, {
        lastPolledAt: startedAt,
        lastSuccessAt: new Date(),
        lastError: null,
        failures: 0,
        nextPollAt: minutesFrom(new Date(), feed.intervalMinutes),
        pollingSince: null,
        itemsSeen: feed.itemsSeen + result.newItems,
        lastNewItems: result.stored,
        articlesStored: feed.articlesStored + result.stored,
        ...(result.notModified ? {} : { etag: feed.etag, lastModified: feed.lastModified, title: feed.title }),
      });
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
      const failures = feed.failures + 1;
      this.logger.warn(`feed ${id} (${feed.url}): ${result.error}`);
      await this.feeds.update(id, {
        lastPolledAt: startedAt,
        lastError: result.error.slice(0, 1000),
        failures,
        nextPollAt: minutesFrom(new Date(), backoffMinutes(feed.intervalMinutes, failures)),
        pollingSince: null,
        // What a crashed poll stored is stored: the counters say so.
        itemsSeen: feed.itemsSeen + result.newItems,
        lastNewItems: result.stored,
        articlesStored: feed.articlesStored + result.stored,
      });
    }
    return result;
  }

  /** Mutates `feed` (validators, title) and `result` as it goes, so a poll that fails midway still reports. */
  private async run(feed: FeedEntity, result: FeedPollResultDto): Promise<void> {
    if (!(await this.politeness.allows(feed.url))) throw new Error('robots.txt does not allow fetching this feed');
    await this.politeness.waitTurn(feed.url);
    const response = await this.fetcher.fetch({
      url: feed.url,
      kind: 'feed',
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
    if (response.notModified) {
      result.notModified = true;
      return;
    }
    // Feed parsing (feed-extractor, fast-xml-parser) is loaded on the first poll, not by every API process at start.
    const { parseFeed } = await import('./feed-parsing.js');
    let parsed;
    try {
      parsed = parseFeed(response.body, response.contentType, response.url);
    } catch (error) {
      throw new Error(`Not a readable feed: ${(error as Error).message}`, { cause: error });
    }
    feed.etag = response.etag?.slice(0, 500) ?? null;
    feed.lastModified = response.lastModified?.slice(0, 100) ?? null;
    feed.title = parsed.title?.slice(0, 500) ?? feed.title;
    let handled = 0;
    for (const entry of parsed.entries) {
      if (handled >= MAX_ITEMS_PER_POLL) break;
      const guidHash = sha256(entry.guid);
      const seen = await this.feeds.findItem(feed.id, guidHash);
      if (seen && (seen.status !== 'failed' || seen.attempts >= MAX_ATTEMPTS)) continue;
      handled++;
      if (!seen) result.newItems++;
      const outcome = await this.storeEntry(feed, entry);
      if (outcome.status === 'stored') result.stored++;
      else if (outcome.status === 'duplicate') result.duplicates++;
      else if (outcome.status === 'failed') result.failed++;
      await this.feeds.recordItem(
        { feedId: feed.id, guidHash, url: (entry.link ?? entry.guid).slice(0, 1000), ...outcome },
        seen,
      );
    }
  }

  private async storeEntry(feed: FeedEntity, entry: FeedEntry): Promise<ItemOutcome> {
    const failed = (error: string): ItemOutcome => ({ status: 'failed', articleId: null, urlHash: null, error });
    // linkedom and Readability (~6 MB of heap) load with the first entry, not at start.
    const { dayOf, htmlToText } = await import('../web-fetch/page-extraction.js');
    const feedText = entry.content ? htmlToText(entry.content) : '';
    const complete = isFullText(feedText);
    let article: {
      title: string | null;
      body: string;
      outlet: string | null;
      publishedAt: string | null;
      url: string | null;
    };
    if (complete) {
      article = { title: entry.title, body: feedText, outlet: null, publishedAt: null, url: entry.link };
    } else {
      if (!entry.link) return { status: 'skipped', articleId: null, urlHash: null, error: 'no link and no full text' };
      try {
        if (!(await this.politeness.allows(entry.link))) return failed('robots.txt does not allow fetching this page');
        await this.politeness.waitTurn(entry.link);
        const page = await this.articleFetch.fetchPage(entry.link);
        if (!page) return failed('no article text on the page');
        article = { ...page, title: page.title ?? entry.title };
      } catch (error) {
        return failed(error instanceof Error ? error.message : String(error));
      }
    }
    const url = article.url && article.url.length <= 1000 ? article.url : null;
    const urlHash = url ? sha256(url) : null;
    if (url) {
      const existing = (await this.feeds.findArticleByUrlHash(urlHash!)) ?? (await this.feeds.findArticleByUrl(url));
      if (existing !== null) return { status: 'duplicate', articleId: existing, urlHash, error: null };
    }
    const stated = article.publishedAt ?? dayOf(entry.published);
    try {
      const { id } = await this.ingestion.ingest(
        {
          title: article.title?.slice(0, 500) ?? undefined,
          body: article.body,
          outlet: (feed.outlet ?? article.outlet ?? feed.title ?? new URL(feed.url).hostname).slice(0, 255),
          url: url ?? undefined,
          language: detectLanguage(article.body),
          // No stated date: the day it was fetched, flagged as an estimate (never passed off as stated).
          publishedAt: stated ?? new Date().toISOString().slice(0, 10),
          publishedEstimated: stated === null,
          // The feed's conflict (null: the deployment's default).
          conflict: feed.conflict ?? undefined,
        },
        null,
      );
      return { status: 'stored', articleId: id, urlHash, error: null };
    } catch (error) {
      if (error instanceof DuplicateArticleException) {
        return { status: 'duplicate', articleId: error.existingId, urlHash, error: null };
      }
      return { ...failed(error instanceof Error ? error.message : String(error)), urlHash };
    }
  }
}
