import { Module } from '@nestjs/common';
import { NarrativesController } from './narratives.controller.js';
import { NarrativesRepository } from './narratives.repository.js';
import { NarrativesService } from './narratives.service.js';

@Module({
  controllers: [NarrativesController],
  providers: [NarrativesService, NarrativesRepository],
  exports: [NarrativesService],
})
export class NarrativesModule {}
