import { Global, Module } from '@nestjs/common';
import { ConflictPacks } from './conflict-packs.js';
import { ConflictScope } from './conflict-scope.js';
import { ConflictsRepository } from './conflicts.repository.js';

/** Which conflict a request reads and its pack: needed by nearly every feature, and depending on none. */
@Global()
@Module({
  providers: [ConflictScope, ConflictsRepository, ConflictPacks],
  exports: [ConflictScope, ConflictsRepository, ConflictPacks],
})
export class ConflictScopeModule {}
