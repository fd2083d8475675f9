import { Injectable } from '@nestjs/common';
import type { ConflictPack } from '@claimline/contracts';
import { loadPack, validatePackText } from '@claimline/extraction';
import { ConflictsRepository } from './conflicts.repository.js';
import { packCampOf } from './pack-rows.js';

/**
 * A conflict's pack as the engine should see it now: the stored copy (or, for a database migrated
 * from the single-conflict release before its first start, the bundled pack of the same id) with the
 * camps as edited in the database. Sources and places are not read from here: the extractor takes
 * them from their tables (ExtractorProvider), where analysts edit them.
 */
@Injectable()
export class ConflictPacks {
  constructor(private readonly conflicts: ConflictsRepository) {}

  async packFor(conflictId: string): Promise<ConflictPack> {
    const conflict = await this.conflicts.findOne(conflictId);
    if (!conflict) throw new Error(`no conflict "${conflictId}"`);
    const stored = conflict.pack ? validatePackText(conflict.pack) : null;
    if (stored && !stored.ok)
      throw new Error(`the stored pack of "${conflictId}" is invalid: ${stored.errors[0]?.message ?? ''}`);
    const pack = stored?.pack ?? loadPack(conflictId);
    const camps = await this.conflicts.findCamps([conflictId]);
    return camps.length ? { ...pack, camps: camps.map(packCampOf) } : pack;
  }
}
