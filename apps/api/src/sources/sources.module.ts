import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module.js';
import { ClaimWritesModule } from '../claim-writes/claim-writes.module.js';
import { ExtractorProvider } from './extractor.provider.js';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [LocationsModule, ClaimWritesModule],
  controllers: [SourcesController],
  providers: [SourcesService, SourcesRepository, ExtractorProvider],
  exports: [SourcesService, SourcesRepository, ExtractorProvider],
})
export class SourcesModule {}
