import { Module } from '@nestjs/common';
import { ClaimWritesModule } from '../claim-writes/claim-writes.module.js';
import { ClaimBulkController } from './claim-bulk.controller.js';
import { ClaimBulkRepository } from './claim-bulk.repository.js';
import { ClaimBulkService } from './claim-bulk.service.js';
import { ClaimLinksController, ClaimsController } from './claims.controller.js';
import { ClaimLinksRepository } from './claim-links.repository.js';
import { ClaimListRepository } from './claim-list.repository.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { ClaimLinksService } from './claim-links.service.js';
import { ClaimPageIds, ClaimTotals } from './claim-totals.js';
import { ClaimListService } from './claim-list.service.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';

@Module({
  imports: [ClaimWritesModule],
  controllers: [ClaimsController, ClaimLinksController, ClaimBulkController],
  providers: [
    ClaimsService,
    ClaimLinksService,
    ClaimListService,
    ClaimsRepository,
    ClaimListRepository,
    ClaimLinksRepository,
    ClaimTotals,
    ClaimPageIds,
    SearchReferencesRepository,
    ClaimBulkService,
    ClaimBulkRepository,
  ],
  exports: [ClaimsService],
})
export class ClaimsModule {}
