import { Module } from '@nestjs/common';
import { CampsController } from './camps.controller.js';
import { CampsRepository } from './camps.repository.js';
import { CampsService } from './camps.service.js';

@Module({
  controllers: [CampsController],
  providers: [CampsService, CampsRepository],
  exports: [CampsService],
})
export class CampsModule {}
