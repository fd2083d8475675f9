import { BadRequestException, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { CampId, CampRole, ClaimFilters } from '@claimline/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { claimFiltersOf } from '../analytics/utils/claim-filters-of.js';
import { ConflictsRepository } from './conflicts.repository.js';

/** A camp as charts need it: the conflict's order, names and colour, and its role. */
export type ScopedCamp = { id: CampId; nameEn: string; nameAr: string; color: string; role: CampRole };

/** How long another process's new conflict can stay unknown here (conflicts are created rarely, by admins). */
const REFRESH_MS = 15_000;

/**
 * Which conflict a request reads: its `conflict` parameter, checked against the conflicts that
 * exist, or the deployment's default (CLAIMLINE_DEFAULT_CONFLICT, else the first conflict by order).
 * Synchronous for callers: the known ids are loaded at start-up, after every change made here, and
 * every 15 s for changes made by other processes.
 */
@Injectable()
export class ConflictScope implements OnModuleDestroy {
  private ids: string[] = [];
  private campsByConflict = new Map<string, ScopedCamp[]>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly conflicts: ConflictsRepository,
  ) {
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const [ids, camps] = await Promise.all([this.conflicts.findIdsInOrder(), this.conflicts.findCamps()]);
    const byConflict = new Map<string, ScopedCamp[]>();
    for (const camp of camps) {
      const list = byConflict.get(camp.conflictId) ?? [];
      list.push({ id: camp.campId, nameEn: camp.nameEn, nameAr: camp.nameAr, color: camp.color, role: camp.role });
      byConflict.set(camp.conflictId, list);
    }
    this.ids = ids;
    this.campsByConflict = byConflict;
  }

  /** A conflict's camps in display order (findCamps sorts them), for charts' series and compare columns. */
  camps(conflictId: string): readonly ScopedCamp[] {
    return this.campsByConflict.get(conflictId) ?? [];
  }

  get defaultId(): string {
    const configured = this.config.defaultConflict;
    if (configured && this.ids.includes(configured)) return configured;
    const first = this.ids[0];
    if (!first) throw new Error('no conflict is loaded: the start-up seeding has not run');
    return first;
  }

  /** The default, or null before the first conflict is loaded (listing conflicts must not throw). */
  defaultIdOrNull(): string | null {
    return this.ids.length ? this.defaultId : null;
  }

  /** The conflict id to use for a request parameter; 400 for one that does not exist. */
  resolve(conflict: string | undefined | null): string {
    if (conflict === undefined || conflict === null || conflict === '') return this.defaultId;
    if (!this.ids.includes(conflict))
      throw new BadRequestException({
        message: 'Validation failed',
        errors: [{ field: 'conflict', messages: [`no conflict "${conflict}" (known: ${this.ids.join(', ')})`] }],
      });
    return conflict;
  }

  /** claimFiltersOf (the set filters, in contract order) with the conflict resolved: what every claims query reads. */
  filters(query: ClaimFilters): ClaimFilters & { conflict: string } {
    // The conflict first, as in CLAIM_FILTER_KEYS: export file names and audit entries list filters in this order.
    return { conflict: this.resolve(query.conflict), ...claimFiltersOf(query) };
  }
}
