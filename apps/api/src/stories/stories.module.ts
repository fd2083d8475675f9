import { Module } from '@nestjs/common';
import { StoriesRepository } from './stories.repository.js';
import { StoriesService } from './stories.service.js';

@Module({
  providers: [StoriesRepository, StoriesService],
  exports: [StoriesService],
})
export class StoriesModule {}
