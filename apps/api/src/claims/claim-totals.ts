import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readsOfClaimFilters, type DataDomain, type DomainKeys } from '../rollups/data-version.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';

/** Distinct filter sets remembered: a team pages through a few hundred at most. */
const TOTALS_MAX = 2_000;
/** Distinct pages remembered (a filter set, a sort, a cursor): their ids only, ~50 numbers each. */
const PAGES_MAX = 5_000;

/**
 * First-page totals of the claims list, computed once per filter set and data version: a total is a
 * COUNT over every matching claim (tens of milliseconds to seconds at a million claims for a place, a
 * narrative or a search), and a team asks for the same few filters again and again. A total depends
 * only on the claims as counted (rollups/data-version.ts `counts`: camp, source, dates, text, places, new
 * articles; `narratives` and `status` when it filters by them); any write to those, and any write
 * nobody described, makes it recomputed. Identical counts already running are shared, as the
 * analytics cache shares responses.
 */
@Injectable()
export class ClaimTotals {
  private readonly memo: VersionedMemo<number>;

  constructor(dataSource: DataSource) {
    this.memo = new VersionedMemo<number>(dataSource, TOTALS_MAX);
  }

  /** `filters` as given to the count (with the ids `q` resolved to): the key. */
  total(filters: object, count: () => Promise<number>): Promise<number> {
    return this.memo.get(filters, listReads(filters), count, listKeys(filters));
  }
}

/**
 * Which claims a list page holds, in order (their ids; the rows themselves are read fresh by primary
 * key, so a note or any field the list does not filter or sort by is never served stale). A page
 * depends on what its total depends on: the claims as counted (and their tags under a narrative
 * filter); creation times never change. 1 M claims: a window sorted by creation sorts ~200k index
 * entries per page, seconds under a team's load, while the team asks for the same page again and again.
 */
@Injectable()
export class ClaimPageIds {
  private readonly memo: VersionedMemo<number[]>;

  constructor(dataSource: DataSource) {
    this.memo = new VersionedMemo<number[]>(dataSource, PAGES_MAX);
  }

  /** `page`: the filters (with `q` resolved), sort, cursor and limit; `read` the page's ids, in order. */
  ids(page: { filters: object; sort: string; cursor: object | null; limit: number }, read: () => Promise<number[]>) {
    return this.memo.get(page, listReads(page.filters), read, listKeys(page.filters));
  }
}

/**
 * What a claims list value reads (rollups/data-version.ts): the rows themselves are read fresh, so a page shows a
 * new status or tag at once.
 */
function listReads(filters: object): readonly DataDomain[] {
  return readsOfClaimFilters(filters);
}

/**
 * A narrative filter reads which claims carry those narratives only: tagging a claim with another narrative leaves
 * its pages and totals as they were.
 */
function listKeys(filters: object): DomainKeys {
  const narratives = (filters as { narrative?: unknown }).narrative;
  return Array.isArray(narratives) && narratives.length && narratives.every((id) => typeof id === 'number')
    ? { narratives }
    : {};
}
