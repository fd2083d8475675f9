import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { WebFetchModule } from '../web-fetch/web-fetch.module.js';
import { ArticleFetchController } from './article-fetch.controller.js';
import { ArticleFetchService } from './article-fetch.service.js';

/** Articles by URL: POST /api/articles/fetch, and the page reading the feed poller shares. */
@Module({
  imports: [ArticlesModule, WebFetchModule],
  controllers: [ArticleFetchController],
  providers: [ArticleFetchService],
  exports: [ArticleFetchService],
})
export class ArticleFetchModule {}
