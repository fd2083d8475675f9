import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './config/clock.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { SharedStateModule } from './shared-state/shared-state.module.js';
import { JobsModule, StartJobsAfterBootstrap } from './jobs/jobs.module.js';
import { CampsModule } from './camps/camps.module.js';
import { ConflictScopeModule } from './conflicts/conflict-scope.module.js';
import { ConflictsModule } from './conflicts/conflicts.module.js';
import { HealthModule } from './health/health.module.js';
import { SetupModule } from './setup/setup.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { UsersModule } from './users/users.module.js';
import { ArticlesModule } from './articles/articles.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { SourcesModule } from './sources/sources.module.js';
import { NarrativesModule } from './narratives/narratives.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { OutletsModule } from './outlets/outlets.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { ArticleFetchModule } from './article-fetch/article-fetch.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { ExtractionQualityModule } from './extraction-quality/extraction-quality.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      // Last of all bootstrap hooks (the root module's): jobs start once the start-up seeding is done.
      providers: [StartJobsAfterBootstrap],
      imports: [
        JobsModule,
        ConfigModule.forRoot(config, clock),
        DatabaseModule,
        SharedStateModule,
        HealthModule,
        ConflictScopeModule,
        ConflictsModule,
        CampsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ArticlesModule,
        ClaimsModule,
        SourcesModule,
        NarrativesModule,
        LocationsModule,
        OutletsModule,
        ImportsModule,
        AnalyticsModule,
        ExportsModule,
        ArticleFetchModule,
        FeedsModule,
        ExtractionQualityModule,
        SetupModule,
      ],
    };
  }
}
