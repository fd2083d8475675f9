import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeArabic } from '@claimline/extraction';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { matchedByFor } from '../search/search-references.js';
import { termsOf } from '../search/search-terms.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';
import { decodeCursor, encodeCursor, type ClaimSort } from './claim-cursor.js';
import { ClaimListRepository } from './claim-list.repository.js';
import type { ClaimRow } from './claim-rows.js';
import { ClaimPageIds, ClaimTotals } from './claim-totals.js';
import { ClaimsRepository } from './claims.repository.js';
import { DEFAULT_PAGE_SIZE, type ClaimListQueryDto } from './dto/claim-list-query.dto.js';
import { TOTAL_CAP, type ClaimListDto } from './dto/claim-summary.dto.js';
import { fieldError } from '../common/field-error.js';
import { ClaimVersionMemo, type ClaimVersion } from './claim-version-memo.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';
import { jsonObjectWithList, JsonBytes, withLastProperty } from '../common/json-bytes/json-bytes.js';
import { ClaimSummaryJson, type ClaimTags } from './claim-summary-json.js';

/**
 * Claims whose rows are remembered: a team's pages of the newest claims, its filters and searches, many times over
 * (~1 KB each: a claim's text is most of it).
 */
const REMEMBERED_CLAIM_ROWS = 20_000;
/** Claims whose narratives and places are remembered (a few short rows each). */
const REMEMBERED_CLAIM_TAGS = 50_000;
/** Pages whose rows are remembered as a whole (their rows are the rows memo's: a page costs its ids). */
const REMEMBERED_PAGES = 5_000;

/** The claims list: a page of claims in keyset order for the filters, with the first page's total. */
@Injectable()
export class ClaimListService {
  /** Each listed claim's normalized text and search terms, to say why a search matched it (a team repeats searches). */
  private readonly words = new ClaimWords();
  /** Each listed claim's row, by claim and version (claim-version-memo.ts). */
  private readonly rows: ClaimVersionMemo<ClaimRow>;
  /** Each listed claim's narratives and places, by claim and version. */
  private readonly tags: ClaimVersionMemo<ClaimTags>;
  /**
   * A remembered page's rows, until one of its claims makes a new version: the `claims` data version by claim id,
   * which every claim write bumps (ClaimWritesRepository). Its claims' versions are not read again meanwhile (1 M
   * claims, a team's mix: that primary-key read was a statement per list and search page).
   */
  private readonly pageRows: VersionedMemo<ClaimRow[]>;
  /** Each listed claim's JSON, for the rows and tags the memos above hand out. */
  private readonly summaries = new ClaimSummaryJson();

  constructor(
    private readonly claims: ClaimsRepository,
    private readonly claimList: ClaimListRepository,
    private readonly searchReferences: SearchReferencesRepository,
    private readonly scope: ConflictScope,
    private readonly totals: ClaimTotals,
    private readonly pageIds: ClaimPageIds,
    dataSource: DataSource,
  ) {
    this.rows = new ClaimVersionMemo(dataSource, REMEMBERED_CLAIM_ROWS);
    this.tags = new ClaimVersionMemo(dataSource, REMEMBERED_CLAIM_TAGS);
    this.pageRows = new VersionedMemo<ClaimRow[]>(dataSource, REMEMBERED_PAGES);
  }

  /** The page as the JSON sent: each claim's JSON is made once per version of it (claim-summary-json.ts). */
  async list(query: ClaimListQueryDto): Promise<JsonBytes<ClaimListDto>> {
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
    // A page's ids are remembered like its total (claim-totals.ts); its claims' versions are read fresh, and their
    // rows and tags read again only for the claims that changed.
    let read = null as ClaimRow[] | null;
    const names = this.rows.namesVersion();
    const [pageIds, counted] = await Promise.all([
      this.pageIds.ids({ filters, sort, cursor, limit }, async () => {
        read = await this.claimList.findPage(filters, sort, cursor, limit, await plan());
        return read.map((row) => row.id);
      }),
      cursor ? null : this.totals.total(filters, async () => this.claimList.count(filters, TOTAL_CAP, await plan())),
    ]);
    const rows = read
      ? this.rows.store(
          names,
          read.map((row) => ({ id: row.id, version: row.version, value: row })),
        )
      : await this.pageRows.get({ ids: pageIds, sort }, ['claims', 'names'], () => this.rememberedRows(pageIds, sort), {
          claims: pageIds,
        });
    const page = rows.slice(0, limit);
    const tagsOf = await this.tags.of(page, (missing) => this.tagsOf(missing));
    const last = page[page.length - 1];
    const matchedBy = filters.q && filters.qMatch ? matchedByFor(filters.q, filters.qMatch) : null;
    const items = page.map((row) => {
      const tags = tagsOf.get(row.id);
      const json = this.summaries.of(row, tags);
      if (!matchedBy) return json;
      return withLastProperty(
        json,
        'matchedBy',
        matchedBy({
          ...this.words.of(row.id, row.text),
          sourceId: row.sourceId,
          locationIds: (tags?.locations ?? []).map((l) => l.id),
        }),
      );
    });
    return jsonObjectWithList<ClaimListDto>('items', items, {
      // Past the cap the total is a lower bound: counting a search or a place filter to the end scans every
      // match (1 M claims: seconds per first page under a team's load), and nobody pages through 10,000.
      totalCapped: counted !== null && counted > TOTAL_CAP,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ sort, key: this.claimList.sortKey(last, sort), id: last.id })
          : null,
      total: counted === null ? null : Math.min(counted, TOTAL_CAP),
    } satisfies Omit<ClaimListDto, 'items'>);
  }

  /** A remembered page's rows in its order: only the claims whose version changed are read in full. */
  private async rememberedRows(ids: readonly number[], sort: ClaimSort): Promise<ClaimRow[]> {
    const versions = await this.claimList.versionsOf(ids);
    const byId = await this.rows.of(versions, async (missing) => {
      const rows = await this.claimList.rowsOf(
        missing.map(({ id }) => id),
        sort,
      );
      return new Map(rows.map((row) => [row.id, row]));
    });
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async tagsOf(claims: ClaimVersion[]): Promise<Map<number, ClaimTags>> {
    const { narratives, locations } = await this.claims.tagsOf(claims.map(({ id }) => id));
    const tags = new Map<number, ClaimTags>(claims.map(({ id }) => [id, { narratives: [], locations: [] }]));
    for (const row of narratives) tags.get(row.claimId)?.narratives.push(row);
    for (const row of locations) tags.get(row.claimId)?.locations.push(row);
    return tags;
  }
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
