import { Injectable } from '@nestjs/common';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { ConflictsRepository } from '../conflicts/conflicts.repository.js';
import { toCampDto, type CampDto } from './dto/camp.dto.js';

/** The camps of one conflict, as that conflict names, colours and orders them. */
@Injectable()
export class CampsService {
  constructor(
    private readonly conflicts: ConflictsRepository,
    private readonly scope: ConflictScope,
  ) {}

  async list(conflict: string | undefined): Promise<CampDto[]> {
    return (await this.conflicts.findCamps([this.scope.resolve(conflict)])).map(toCampDto);
  }
}
