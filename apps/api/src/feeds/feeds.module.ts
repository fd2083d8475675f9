import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { ArticleFetchModule } from '../article-fetch/article-fetch.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { WebFetchModule } from '../web-fetch/web-fetch.module.js';
import { FeedPoller } from './feed-poller.service.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsRepository } from './feeds.repository.js';
import { FeedsScheduler } from './feeds.scheduler.js';
import { FeedsService } from './feeds.service.js';
import { HostPoliteness } from './host-politeness.js';

@Module({
  imports: [ArticlesModule, ArticleFetchModule, WebFetchModule, JobsModule],
  controllers: [FeedsController],
  providers: [FeedsService, FeedsRepository, FeedPoller, HostPoliteness, FeedsScheduler],
})
export class FeedsModule {}
