import { Module } from '@nestjs/common';
import { ClaimWritesModule } from '../claim-writes/claim-writes.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { OutletsModule } from '../outlets/outlets.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { StoriesModule } from '../stories/stories.module.js';
import { ArticleIngestionService } from './article-ingestion.service.js';
import { ArticlePreparation } from './article-preparation.js';
import { ClaimReferences } from './claim-references.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesRepository } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';

@Module({
  imports: [SourcesModule, LocationsModule, OutletsModule, ClaimWritesModule, StoriesModule],
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticlesRepository, ArticleIngestionService, ArticlePreparation, ClaimReferences],
  exports: [ArticleIngestionService],
})
export class ArticlesModule {}
