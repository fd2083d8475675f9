import { Module } from '@nestjs/common';
import { ClaimWritesModule } from '../claim-writes/claim-writes.module.js';
import { NarrativesController } from './narratives.controller.js';
import { NarrativesRepository } from './narratives.repository.js';
import { NarrativesService } from './narratives.service.js';

@Module({
  imports: [ClaimWritesModule],
  controllers: [NarrativesController],
  providers: [NarrativesService, NarrativesRepository],
  exports: [NarrativesService, NarrativesRepository],
})
export class NarrativesModule {}
