import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { AnalyticsService } from '../analytics/analytics.service.js';
import type { TimeseriesQueryDto } from '../analytics/dto/timeseries.dto.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { editorName } from '../audit/editor-name.js';
import { retryWhileDatabaseUnavailable } from '../database/retry-while-unavailable.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { csvRow, CSV_BOM, escapeCell } from './csv/escape-cell.js';
import type { ArticleExportQueryDto } from './dto/article-export-query.dto.js';
import { ExportsRepository, type StreamClaimRow } from './exports.repository.js';
import { SearchReferencesRepository } from '../search/search-references.repository.js';
import type { CsvSink } from './utils/csv-sink.js';
import {
  ARTICLE_COLUMNS,
  articleCells,
  articleRecords,
  CLAIM_COLUMNS,
  claimRecords,
  groupBy,
  streamClaimRecords,
  timeseriesRecords,
  type StreamCells,
} from './utils/csv-records.js';
import { headerCells, type ExportLang } from './utils/csv-headers.js';
import { rowBatches } from './utils/row-batches.js';
import { claimListCells, namesMissing, rankNames } from './utils/claim-lists.js';
import { exportFilename } from './utils/export-filename.js';

/**
 * Rows per keyset page (SQLite): a page's rows and its CSV must die young (see EXPORT_BATCH_SIZE).
 * 5,000 peaked at ~300 MB on 100k claims, 1,000 at ~160 MB, and was not slower.
 */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Rows per streamed batch (MariaDB): one list query and one CSV chunk each. Small on purpose: a row must
 * die in V8's young generation (a scavenge every ~3,500 rows here). Rows that live across two
 * scavenges are promoted and the old generation then grows by the garbage until a full GC, which V8
 * lets come late: 2,000-row batches peaked at 330–375 MB, 1,000 at ~220 MB, 500 at ~175 MB.
 */
export const EXPORT_BATCH_SIZE = 500;

/** Rows mysql2 may buffer before it stops reading the socket (MariaDB then waits). */
const STREAM_HIGH_WATER_MARK = 100;

/**
 * Articles whose CSV cells are kept while streaming claims. An article's claims are near each other
 * in id order (~120 articles per 500 claims), so a few batches' worth suffices; a larger cache only
 * keeps strings long enough to be promoted (20,000 entries cost ~40 MB of peak).
 */
const ARTICLE_CACHE_SIZE = 500;

/** A bounded map, oldest entry out first: enough for articles met again a few batches later. */
class ArticleCellCache {
  private readonly map = new Map<number, string>();
  constructor(private readonly limit: number) {}
  get(id: number): string | undefined {
    return this.map.get(id);
  }
  set(id: number, cells: string): void {
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as number);
    this.map.set(id, cells);
  }
}

/** A CSV ready to stream: the controller sets the headers, then calls `write`. */
export type CsvExport = { filename: string; write(sink: CsvSink): Promise<void> };

type Progress = { rows: number; aborted: boolean };

/** The header row's language; not a filter (kept out of the audit entry and the file name). */
type LangOption = { lang?: ExportLang };

@Injectable()
export class ExportsService {
  private readonly logger = new Logger('Exports');

  constructor(
    private readonly exports: ExportsRepository,
    private readonly analytics: AnalyticsService,
    private readonly audit: AuditService,
    private readonly scope: ConflictScope,
    private readonly searchReferences: SearchReferencesRepository,
  ) {}

  claims(query: ClaimFiltersDto & LangOption, user: AuthUser | undefined, pageSize?: number): CsvExport {
    const { lang = 'en', ...given } = query;
    const filters = this.scope.filters(given);
    return {
      filename: exportFilename('claims', new Date(), filters),
      write: (sink) =>
        this.audited(user, 'claims.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + csvRow(headerCells(CLAIM_COLUMNS, lang)));
          // `q` resolved to the sources and places it names, as the claims list does; the audit entry and
          // file name keep the filters as given.
          const searched = await this.searchReferences.resolve(filters);
          if (this.exports.streamsClaims)
            await this.streamClaims(searched, user, sink, progress, pageSize ?? EXPORT_BATCH_SIZE);
          else await this.pageClaims(searched, user, sink, progress, pageSize ?? EXPORT_PAGE_SIZE);
        }),
    };
  }

  /**
   * MariaDB: one statement streamed in id order on its own connection, written in batches. While a
   * batch is turned into CSV and sent, the next one is read and its lists and unseen articles are
   * looked up on other connections; the stream pauses when a batch is waiting, so at most about three
   * batches are in memory however slow the client. Article metadata is cached by id (claims of one
   * article sit together), so each article is read about once and its body never.
   */
  private async streamClaims(
    filters: ClaimFiltersDto,
    reader: AuthUser | undefined,
    sink: CsvSink,
    progress: Progress,
    batchSize: number,
  ): Promise<void> {
    const lookups = await this.exports.exportLookups();
    const sources = new Map(
      lookups.sources.map((s) => [Number(s.id), escapeCell(s.name_en) + ',' + escapeCell(s.name_ar)]),
    );
    const editors = new Map(
      lookups.users.map((u) => [Number(u.id), escapeCell(editorName(Number(u.id), u.email, reader))]),
    );
    const outlets = new Map(lookups.outlets.map((o) => [Number(o.id), o.name]));
    let narratives = rankNames(lookups.narratives);
    let places = rankNames(lookups.locations);
    const articles = new ArticleCellCache(ARTICLE_CACHE_SIZE);
    const prepare = async (rows: StreamClaimRow[]): Promise<StreamCells> => {
      const ids = rows.map((row) => row[0]);
      // This batch's articles are copied out of the cache now: eviction later cannot take them away.
      const batchArticles = new Map<number, string>();
      const unseen = new Set<number>();
      for (const row of rows) {
        const id = row[10];
        if (batchArticles.has(id) || unseen.has(id)) continue;
        const cached = articles.get(id);
        if (cached === undefined) unseen.add(id);
        else batchArticles.set(id, cached);
      }
      const [listRows, metas] = await Promise.all([
        this.exports.claimLists(ids),
        unseen.size ? this.exports.articleMetas([...unseen]) : [],
      ]);
      for (const meta of metas) {
        const text = articleCells(
          meta.id,
          meta.title,
          meta.outlet_id === null ? null : outlets.get(Number(meta.outlet_id)),
          meta.url,
          meta.published_at,
          meta.published_estimated,
        );
        articles.set(Number(meta.id), text);
        batchArticles.set(Number(meta.id), text);
      }
      if (namesMissing(listRows, narratives, places)) {
        // A narrative or place created since the export started: read the (small) tables again.
        const names = await this.exports.listNames();
        narratives = rankNames(names.narratives);
        places = rankNames(names.locations);
      }
      return { sources, editors, articles: batchArticles, ...claimListCells(listRows, narratives, places) };
    };
    const stream = await this.exports.openClaimsStream(this.exports.claimsStreamQuery(filters), STREAM_HIGH_WATER_MARK);
    try {
      const batches = rowBatches<StreamClaimRow, StreamCells>(stream.rows, batchSize, prepare);
      while (!sink.closed) {
        const batch = await batches.next();
        if (!batch) break;
        const text = streamClaimRecords(batch.rows, await batch.extra);
        await sink.write(text);
        if (sink.closed) break;
        progress.rows += batch.rows.length;
      }
    } finally {
      // Destroys the connection when the client left mid-stream, which stops the statement.
      await stream.close();
    }
  }

  /**
   * SQLite: keyset pages with three plain list queries each (better-sqlite3 is synchronous, so there
   * is nothing to overlap and reading ahead would only hold two pages at once).
   */
  private async pageClaims(
    filters: ClaimFiltersDto,
    reader: AuthUser | undefined,
    sink: CsvSink,
    progress: Progress,
    pageSize: number,
  ): Promise<void> {
    const page = this.exports.claimsPageQuery(filters, pageSize);
    let after = 0;
    while (!sink.closed) {
      const rows = await this.exports.claimsPage(page, after);
      if (!rows.length) break;
      for (const row of rows) row.editor = editorName(row.editor_id, row.editor, reader);
      const ids = rows.map((row) => Number(row.id));
      const [narratives, places, links] = await Promise.all([
        this.exports.narrativesOf(ids),
        this.exports.placesOf(ids),
        this.exports.linksOf(ids),
      ]);
      const text = claimRecords(rows, {
        narratives: groupBy(
          narratives,
          (r) => r.claim_id,
          (r) => r.name,
        ),
        places: groupBy(
          places,
          (r) => r.claim_id,
          (r) => r.name_en,
        ),
        placesAr: groupBy(
          places,
          (r) => r.claim_id,
          (r) => r.name_ar,
        ),
        links: groupBy(
          links,
          (r) => r.claim_id,
          (r) => `${r.relation} #${r.other_id}`,
        ),
      });
      await sink.write(text);
      progress.rows += rows.length;
      after = ids[ids.length - 1];
      if (rows.length < pageSize) break;
      // Lets a client's disconnect (socket 'close') be seen before the next page is read.
      await yieldToEventLoop();
    }
  }

  articles(query: ArticleExportQueryDto, user: AuthUser | undefined, pageSize = EXPORT_PAGE_SIZE): CsvExport {
    const lang = query.lang ?? 'en';
    const filters = {
      conflict: this.scope.resolve(query.conflict),
      outlet: query.outlet,
      from: query.from,
      to: query.to,
    };
    return {
      filename: exportFilename('articles', new Date(), filters),
      write: (sink) =>
        this.audited(user, 'articles.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + csvRow(headerCells(ARTICLE_COLUMNS, lang)));
          const page = this.exports.articlesPageQuery(filters, pageSize);
          let after = 0;
          while (!sink.closed) {
            const rows = await this.exports.articlesPage(page, after);
            if (!rows.length) break;
            const ids = rows.map((row) => Number(row.id));
            const counts = await this.exports.claimCounts(ids);
            await sink.write(
              articleRecords(rows, new Map(counts.map((c) => [Number(c.article_id), Number(c.claims)]))),
            );
            progress.rows += rows.length;
            after = ids[ids.length - 1];
            if (rows.length < pageSize) break;
            await yieldToEventLoop();
          }
        }),
    };
  }

  /** The dashboard's series as a table; small (one row per bucket), built by the analytics service. */
  async timeseries(query: TimeseriesQueryDto & LangOption, user: AuthUser | undefined): Promise<CsvExport> {
    const { lang = 'en', ...given } = query;
    const chart = await this.analytics.timeseries(given);
    const filters = { ...this.scope.filters(given), bucket: chart.bucket, groupBy: chart.groupBy };
    return {
      filename: exportFilename('timeseries', new Date(), filters),
      write: (sink) =>
        this.audited(user, 'timeseries.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + timeseriesRecords(chart.buckets, chart.series, lang, chart.coarser));
          progress.rows = chart.buckets.length + chart.coarser.length;
        }),
    };
  }

  /**
   * Runs an export and records it once it ends: finished, aborted by the client (rows so far,
   * aborted: true) or failed. An export changes nothing, so the entry has no transaction to join.
   */
  private async audited(
    user: AuthUser | undefined,
    action: string,
    filters: object,
    sink: CsvSink,
    run: (progress: Progress) => Promise<void>,
  ): Promise<void> {
    const progress: Progress = { rows: 0, aborted: false };
    let failed = false;
    try {
      await run(progress);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      progress.aborted = sink.closed;
      const after = {
        filters,
        rows: progress.rows,
        ...(progress.aborted ? { aborted: true } : {}),
        ...(failed ? { failed: true } : {}),
      };
      const record = () =>
        this.audit.record({
          user: user ?? null,
          entity: 'export',
          entityId: action.replace(/\.csv$/, ''),
          action,
          after,
        });
      if (failed) {
        // The error goes on at once (the response is broken, so the client sees the failure); the entry waits for
        // the database when that is what failed, so the log still says this export failed.
        void retryWhileDatabaseUnavailable(record).catch((error: unknown) =>
          this.logger.error(`Could not audit the failed ${action}: ${String(error)}`),
        );
      } else {
        // Audited before the response ends: a client that reads the audit log right after its
        // download finished must find the entry (on MariaDB the insert could otherwise land later).
        await record().catch((error: unknown) => this.logger.error(`Could not audit ${action}: ${String(error)}`));
        sink.end();
      }
    }
  }
}
