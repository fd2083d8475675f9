import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClaimLinksRepository } from '../claims/claim-links.repository.js';
import { RollupsRepository } from '../rollups/rollups.repository.js';
import { ClaimTermsRepository } from '../search/claim-terms.repository.js';
import { ClaimWriter } from './claim-writer.js';
import { ClaimWritesRepository } from './claim-writes.repository.js';

/**
 * Exports ClaimWriter only: the repositories that write claims and what derives from them stay
 * private here, so every module that changes claims goes through the writer.
 */
@Module({
  imports: [AuditModule],
  providers: [ClaimWriter, ClaimWritesRepository, ClaimLinksRepository, RollupsRepository, ClaimTermsRepository],
  exports: [ClaimWriter],
})
export class ClaimWritesModule {}
