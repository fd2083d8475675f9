import { Module } from '@nestjs/common';
import { ClaimWritesModule } from '../claim-writes/claim-writes.module.js';
import { ClaimLinksController, ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';

@Module({
  imports: [ClaimWritesModule],
  controllers: [ClaimsController, ClaimLinksController],
  providers: [ClaimsService, ClaimsRepository, SearchReferencesRepository],
  exports: [ClaimsService],
})
export class ClaimsModule {}
