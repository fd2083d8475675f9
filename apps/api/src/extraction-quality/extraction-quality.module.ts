import { Module } from '@nestjs/common';
import { ExtractionQualityController } from './extraction-quality.controller.js';
import { ExtractionQualityRepository } from './extraction-quality.repository.js';
import { ExtractionQualityService } from './extraction-quality.service.js';

@Module({
  controllers: [ExtractionQualityController],
  providers: [ExtractionQualityService, ExtractionQualityRepository],
})
export class ExtractionQualityModule {}
