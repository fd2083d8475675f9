import { Injectable } from '@nestjs/common';
import { CAMPS } from '@claimline/contracts';
import { CampsRepository } from './camps.repository.js';
import { toCampDto, type CampDto } from './dto/camp.dto.js';

@Injectable()
export class CampsService {
  constructor(private readonly camps: CampsRepository) {}

  async list(): Promise<CampDto[]> {
    return (await this.camps.findAll()).map(toCampDto);
  }

  /** Idempotent: run at every start. */
  seed(): Promise<void> {
    return this.camps.upsertMany(CAMPS);
  }
}
