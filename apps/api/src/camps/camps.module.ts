import { Module } from '@nestjs/common';
import { CampsController } from './camps.controller.js';
import { CampsService } from './camps.service.js';

@Module({
  controllers: [CampsController],
  providers: [CampsService],
  exports: [CampsService],
})
export class CampsModule {}
