import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import {
  ANALYTICS_CACHE,
  AnalyticsCacheInterceptor,
  createAnalyticsCache,
} from './cache/analytics-cache.interceptor.js';

@Module({
  controllers: [AnalyticsController],
  providers: [
    AnalyticsService,
    AnalyticsRepository,
    AnalyticsCacheInterceptor,
    { provide: ANALYTICS_CACHE, useFactory: () => createAnalyticsCache() },
  ],
  // The timeseries CSV export reuses the dashboard's series.
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
