import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ImportRunner } from './import-runner.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

@Module({
  imports: [ArticlesModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository, ImportRunner],
  exports: [ImportsService],
})
export class ImportsModule {}
