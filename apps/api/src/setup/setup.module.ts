import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { CampsModule } from '../camps/camps.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { SeedArticleService } from './seed-article.service.js';
import { SetupService } from './setup.service.js';

@Module({
  imports: [CampsModule, SourcesModule, LocationsModule, ArticlesModule],
  providers: [SetupService, SeedArticleService],
})
export class SetupModule {}
