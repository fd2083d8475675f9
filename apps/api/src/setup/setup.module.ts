import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ConflictsModule } from '../conflicts/conflicts.module.js';
import { SeedArticleService } from './seed-article.service.js';
import { SetupService } from './setup.service.js';

@Module({
  imports: [ConflictsModule, ArticlesModule],
  providers: [SetupService, SeedArticleService],
})
export class SetupModule {}
