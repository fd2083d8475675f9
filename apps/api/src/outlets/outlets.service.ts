import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutletsRepository } from './outlets.repository.js';
import { toOutletDto, type OutletDto } from './dto/outlet.dto.js';

export function cleanOutletName(name: string | null | undefined): string | null {
  const trimmed = name?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : null;
}

@Injectable()
export class OutletsService {
  /**
   * name → id, filled only from committed rows (found by a read), never from an insert that a
   * rollback could undo. Outlets are never deleted, so a cached id stays valid.
   */
  private readonly ids = new Map<string, number>();

  constructor(private readonly outlets: OutletsRepository) {}

  /** After a rolled-back batch: an id read inside it may not exist. */
  forgetCache(): void {
    this.ids.clear();
  }

  async list(): Promise<OutletDto[]> {
    return (await this.outlets.findAllWithCounts()).map(toOutletDto);
  }

  /** Finds or creates the outlet inside the caller's transaction, so a refused article leaves no outlet behind. */
  async resolve(name: string | null | undefined, manager: EntityManager): Promise<number | null> {
    const clean = cleanOutletName(name);
    if (!clean) return null;
    const cached = this.ids.get(clean);
    if (cached !== undefined) return cached;
    const outlet = await this.outlets.findByName(clean, manager);
    if (outlet) {
      this.ids.set(clean, outlet.id);
      return outlet.id;
    }
    return this.outlets.insertOrFind(clean, null, manager);
  }
}
