import { readFile } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { SEED_ARTICLE_FILE } from '../config/repo-paths.js';
import { ArticleIngestionService, DuplicateArticleException } from '../articles/article-ingestion.service.js';

/**
 * The demo article (an Africa Gate News report on the LNA offensive on Tripoli). Its date is not in
 * the text: about six months after the offensive began on 4 April 2019, so 2019-10-07, marked as estimated.
 */
export const SEED_ARTICLE = {
  conflict: 'libya-2019',
  title: 'طوفان الكرامة: الجيش الليبي يكثف عملياته حول طرابلس',
  language: 'ar' as const,
  outlet: 'بوابة أفريقيا الإخبارية',
  publishedAt: '2019-10-07',
  publishedEstimated: true,
};

@Injectable()
export class SeedArticleService {
  private readonly logger = new Logger('Setup');

  constructor(private readonly ingestion: ArticleIngestionService) {}

  /** Stores the seed article once (by content hash); returns its claim count, or null when already stored. */
  async seed(file = SEED_ARTICLE_FILE): Promise<number | null> {
    const body = await readFile(file, 'utf8');
    try {
      const { claimCount } = await this.ingestion.ingest({ ...SEED_ARTICLE, body }, null);
      this.logger.log(`Seed article stored with ${claimCount} claims`);
      return claimCount;
    } catch (error) {
      if (error instanceof DuplicateArticleException) return null;
      throw error;
    }
  }
}
