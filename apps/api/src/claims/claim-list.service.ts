import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeArabic } from '@claimline/extraction';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { matchedByOf } from '../search/search-references.js';
import { termsOf } from '../search/search-terms.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';
import { decodeCursor, encodeCursor } from './claim-cursor.js';
import { ClaimListRepository } from './claim-list.repository.js';
import type { ClaimRow } from './claim-rows.js';
import { ClaimPageIds, ClaimTotals } from './claim-totals.js';
import { ClaimsRepository } from './claims.repository.js';
import { DEFAULT_PAGE_SIZE, type ClaimListQueryDto } from './dto/claim-list-query.dto.js';
import { TOTAL_CAP, toClaimSummaryDto, type ClaimListDto } from './dto/claim-summary.dto.js';
import { fieldError } from '../common/field-error.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';

/** Pages whose narratives and places are remembered (a team's first pages and searches). */
const PAGE_TAGS_MAX = 1_000;
type PageTags = Awaited<ReturnType<ClaimsRepository['tagsOf']>>;

/** The claims list: a page of claims in keyset order for the filters, with the first page's total. */
@Injectable()
export class ClaimListService {
  /** Each listed claim's normalized text and search terms, to say why a search matched it (a team repeats searches). */
  private readonly words = new ClaimWords();
  /**
   * A page's narratives and places by its claim ids, kept while no write changes tags (`narratives`) or places
   * (`counts`): a team reads the same first pages, and this statement was the largest share of MariaDB's time
   * under its load. The rows themselves are read fresh.
   */
  private readonly pageTags: VersionedMemo<PageTags>;

  constructor(
    private readonly claims: ClaimsRepository,
    private readonly claimList: ClaimListRepository,
    private readonly searchReferences: SearchReferencesRepository,
    private readonly scope: ConflictScope,
    private readonly totals: ClaimTotals,
    private readonly pageIds: ClaimPageIds,
    dataSource: DataSource,
  ) {
    this.pageTags = new VersionedMemo<PageTags>(dataSource, PAGE_TAGS_MAX);
  }

  async list(query: ClaimListQueryDto): Promise<ClaimListDto> {
    const { limit = DEFAULT_PAGE_SIZE, cursor: rawCursor, sort = '-eventDate', ...given } = query;
    const filters = await this.searchReferences.resolve({ ...given, conflict: this.scope.resolve(given.conflict) });
    const cursor = rawCursor === undefined ? null : decodeCursor(rawCursor, sort);
    if (rawCursor !== undefined && !cursor)
      throw fieldError('cursor', 'cursor is not a cursor issued by this list for this sort');
    // The total is the filter's COUNT(*), a scan of every matching claim: only the first page pays for it
    // (the web keeps the first page's), once per filter set until the counts change; keyset pages report null.
    // A search's plan costs a capped count of its matches: chosen once for the page and its total.
    let planned: ReturnType<ClaimListRepository['searchPlan']> | undefined;
    const plan = () => (planned ??= this.claimList.searchPlan(filters));
    // A page's ids are remembered like its total (claim-totals.ts); its rows are read fresh.
    let read = null as ClaimRow[] | null;
    const [pageIds, counted] = await Promise.all([
      this.pageIds.ids({ filters, sort, cursor, limit }, async () => {
        read = await this.claimList.findPage(filters, sort, cursor, limit, await plan());
        return read.map((row) => row.id);
      }),
      cursor ? null : this.totals.total(filters, async () => this.claimList.count(filters, TOTAL_CAP, await plan())),
    ]);
    const rows = read ?? (await this.claimList.rowsOf(pageIds, sort));
    const page = rows.slice(0, limit);
    const ids = page.map((row) => row.id);
    const { narratives, locations } = await this.pageTags.get({ ids }, ['narratives', 'counts'], () =>
      this.claims.tagsOf(ids),
    );
    const narrativesOf = groupByClaim(narratives);
    const locationsOf = groupByClaim(locations);
    const last = page[page.length - 1];
    return {
      items: page.map((row) =>
        toClaimSummaryDto(
          row,
          narrativesOf.get(row.id) ?? [],
          locationsOf.get(row.id) ?? [],
          filters.q && filters.qMatch
            ? matchedByOf(
                filters.q,
                {
                  ...this.words.of(row.id, row.text),
                  sourceId: row.sourceId,
                  locationIds: (locationsOf.get(row.id) ?? []).map((l) => l.id),
                },
                filters.qMatch,
              )
            : undefined,
        ),
      ),
      // Past the cap the total is a lower bound: counting a search or a place filter to the end scans every
      // match (1 M claims: seconds per first page under a team's load), and nobody pages through 10,000.
      totalCapped: counted !== null && counted > TOTAL_CAP,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ sort, key: this.claimList.sortKey(last, sort), id: last.id })
          : null,
      total: counted === null ? null : Math.min(counted, TOTAL_CAP),
    };
  }
}

/** Rows by their claim, in their order. */
function groupByClaim<T extends { claimId: number }>(rows: readonly T[]): Map<number, T[]> {
  const byClaim = new Map<number, T[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId);
    if (list) list.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}

/** Claims' normalized texts and terms, remembered by claim id while the text is the same (a bounded map). */
class ClaimWords {
  private readonly byClaim = new Map<number, { text: string; textNormalized: string; terms: string[] }>();

  of(claimId: number, text: string): { textNormalized: string; terms: string[] } {
    const known = this.byClaim.get(claimId);
    if (known?.text === text) return known;
    const textNormalized = normalizeArabic(text);
    const words = { text, textNormalized, terms: termsOf(textNormalized) };
    if (this.byClaim.size >= REMEMBERED_CLAIM_WORDS) this.byClaim.clear();
    this.byClaim.set(claimId, words);
    return words;
  }
}

const REMEMBERED_CLAIM_WORDS = 5_000;
