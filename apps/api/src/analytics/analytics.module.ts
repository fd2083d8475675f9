import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import { ClaimArticlesRepository } from './claim-articles.repository.js';
import { ContestedDismissalsRepository } from './contested-dismissals.repository.js';
import { ContestedController } from './contested.controller.js';
import { ContestedService } from './contested.service.js';
import {
  ANALYTICS_CACHE,
  AnalyticsCacheInterceptor,
  createAnalyticsCache,
} from './cache/analytics-cache.interceptor.js';

@Module({
  controllers: [AnalyticsController, ContestedController],
  providers: [
    AnalyticsService,
    AnalyticsRepository,
    ClaimArticlesRepository,
    ContestedService,
    ContestedDismissalsRepository,
    AnalyticsCacheInterceptor,
    { provide: ANALYTICS_CACHE, useFactory: () => createAnalyticsCache() },
  ],
  // The timeseries CSV export reuses the dashboard's series.
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
