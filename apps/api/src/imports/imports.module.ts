import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { ImportRunner } from './import-runner.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

@Module({
  imports: [ArticlesModule, JobsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository, ImportRunner],
  exports: [ImportsService],
})
export class ImportsModule {}
