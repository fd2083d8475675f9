import { Module } from '@nestjs/common';
import { CampsModule } from '../camps/camps.module.js';
import { SetupService } from './setup.service.js';

@Module({ imports: [CampsModule], providers: [SetupService] })
export class SetupModule {}
