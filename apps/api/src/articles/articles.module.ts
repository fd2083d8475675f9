import { Module } from '@nestjs/common';
import { RollupsModule } from '../rollups/rollups.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { OutletsModule } from '../outlets/outlets.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { ArticleIngestionService } from './article-ingestion.service.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesRepository } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';
import { ClaimTermsRepository } from '../search/claim-terms.repository.js';

@Module({
  imports: [SourcesModule, LocationsModule, OutletsModule, RollupsModule],
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticlesRepository, ArticleIngestionService, ClaimTermsRepository],
  exports: [ArticleIngestionService],
})
export class ArticlesModule {}
