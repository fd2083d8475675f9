import { Module } from '@nestjs/common';
import { RollupsModule } from '../rollups/rollups.module.js';
import { ClaimLinksController, ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { ClaimTermsRepository } from '../search/claim-terms.repository.js';

@Module({
  imports: [RollupsModule],
  controllers: [ClaimsController, ClaimLinksController],
  providers: [ClaimsService, ClaimsRepository, ClaimTermsRepository],
  exports: [ClaimsService],
})
export class ClaimsModule {}
