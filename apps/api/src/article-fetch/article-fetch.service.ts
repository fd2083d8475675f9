import { BadGatewayException, BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service.js';
import { FetchFailedError, FetchRefusedError } from '../web-fetch/fetch-errors.js';
import type { ExtractedPage } from '../web-fetch/page-extraction.js';
import { SafeFetcher } from '../web-fetch/safe-fetcher.js';
import type { FetchArticleDto, FetchedArticleDto } from './dto/fetch-article.dto.js';

const urlError = (reason: string) => ({ message: reason, errors: [{ field: 'url', messages: [reason] }] });

/** Turns a fetch failure into the API's answer: our refusal is the caller's input (400), theirs a 502. */
export function toHttpError(error: unknown): unknown {
  if (error instanceof FetchRefusedError) return new BadRequestException(urlError(`Refused: ${error.reason}`));
  if (error instanceof FetchFailedError) return new BadGatewayException(urlError(`Could not fetch: ${error.reason}`));
  return error;
}

@Injectable()
export class ArticleFetchService {
  constructor(
    private readonly fetcher: SafeFetcher,
    private readonly ingestion: ArticleIngestionService,
  ) {}

  /** Fetches and reads one article page; throws FetchRefusedError / FetchFailedError, null when no article text. */
  async fetchPage(url: string): Promise<ExtractedPage | null> {
    const response = await this.fetcher.fetch({ url, kind: 'page' });
    // linkedom and Readability (~6 MB of heap) load with the first fetched page, not at start.
    const { extractPage } = await import('../web-fetch/page-extraction.js');
    return extractPage(response.body, response.url);
  }

  /** POST /api/articles/fetch: the page's article and the same preview as a paste; nothing stored. */
  async fetchAndPreview(input: FetchArticleDto): Promise<FetchedArticleDto> {
    let page: ExtractedPage | null;
    try {
      page = await this.fetchPage(input.url.trim());
    } catch (error) {
      throw toHttpError(error);
    }
    if (!page) throw new UnprocessableEntityException(urlError('No article text was found on that page'));
    const preview = await this.ingestion.preview({
      body: page.body,
      // The extractor reads relative dates against a publication date; without one, against today
      // (the form then asks the analyst for the date, and a new preview uses it).
      publishedAt: page.publishedAt ?? new Date().toISOString().slice(0, 10),
      language: page.language,
      conflict: input.conflict,
    });
    return {
      ...preview,
      title: page.title,
      body: page.body,
      outlet: page.outlet,
      publishedAt: page.publishedAt,
      url: page.url,
    };
  }
}
