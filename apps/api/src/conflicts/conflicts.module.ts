import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module.js';
import { NarrativesModule } from '../narratives/narratives.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { ConflictsController } from './conflicts.controller.js';
import { ConflictsService } from './conflicts.service.js';

@Module({
  imports: [SourcesModule, LocationsModule, NarrativesModule],
  controllers: [ConflictsController],
  providers: [ConflictsService],
  exports: [ConflictsService],
})
export class ConflictsModule {}
