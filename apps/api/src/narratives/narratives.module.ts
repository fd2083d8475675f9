import { Module } from '@nestjs/common';
import { RollupsModule } from '../rollups/rollups.module.js';
import { NarrativesController } from './narratives.controller.js';
import { NarrativesRepository } from './narratives.repository.js';
import { NarrativesService } from './narratives.service.js';

@Module({
  imports: [RollupsModule],
  controllers: [NarrativesController],
  providers: [NarrativesService, NarrativesRepository],
  exports: [NarrativesService],
})
export class NarrativesModule {}
