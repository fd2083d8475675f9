import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { ExportsController } from './exports.controller.js';
import { ExportsRepository } from './exports.repository.js';
import { ExportsService } from './exports.service.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';

@Module({
  imports: [AnalyticsModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportsRepository, SearchReferencesRepository],
})
export class ExportsModule {}
