import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module.js';
import { RollupsModule } from '../rollups/rollups.module.js';
import { ExtractorProvider } from './extractor.provider.js';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [LocationsModule, RollupsModule],
  controllers: [SourcesController],
  providers: [SourcesService, SourcesRepository, ExtractorProvider],
  exports: [SourcesService, ExtractorProvider],
})
export class SourcesModule {}
