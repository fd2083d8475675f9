import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { AnalyticsService } from '../analytics/analytics.service.js';
import type { TimeseriesQueryDto } from '../analytics/dto/timeseries.dto.js';
import { claimFiltersOf } from '../analytics/utils/claim-filters-of.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { csvRow, CSV_BOM } from './csv/escape-cell.js';
import type { ArticleExportQueryDto } from './dto/article-export-query.dto.js';
import { ExportsRepository } from './exports.repository.js';
import type { CsvSink } from './utils/csv-sink.js';
import { ARTICLE_COLUMNS, articleRecords, CLAIM_COLUMNS, claimRecords, groupBy, timeseriesRecords } from './utils/csv-records.js';
import { exportFilename } from './utils/export-filename.js';

/** Rows per keyset page: big enough that per-page round trips vanish, small enough for flat memory. */
export const EXPORT_PAGE_SIZE = 5000;

/** A CSV ready to stream: the controller sets the headers, then calls `write`. */
export type CsvExport = { filename: string; write(sink: CsvSink): Promise<void> };

type Progress = { rows: number; aborted: boolean };

@Injectable()
export class ExportsService {
  private readonly logger = new Logger('Exports');

  constructor(
    private readonly exports: ExportsRepository,
    private readonly analytics: AnalyticsService,
    private readonly audit: AuditService,
  ) {}

  claims(query: ClaimFiltersDto, user: AuthUser | undefined, pageSize = EXPORT_PAGE_SIZE): CsvExport {
    const filters = claimFiltersOf(query);
    return {
      filename: exportFilename('claims', new Date(), filters as Record<string, unknown>),
      write: (sink) =>
        this.audited(user, 'claims.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + csvRow(CLAIM_COLUMNS));
          const page = this.exports.claimsPageQuery(filters, pageSize);
          let after = 0;
          while (!sink.closed) {
            const rows = await this.exports.claimsPage(page, after);
            if (!rows.length) break;
            const ids = rows.map((row) => Number(row.id));
            const [narratives, places, links] = await Promise.all([
              this.exports.narrativesOf(ids),
              this.exports.placesOf(ids),
              this.exports.linksOf(ids),
            ]);
            const text = claimRecords(rows, {
              narratives: groupBy(narratives, (r) => r.claim_id, (r) => r.name),
              places: groupBy(places, (r) => r.claim_id, (r) => r.name_en),
              placesAr: groupBy(places, (r) => r.claim_id, (r) => r.name_ar),
              links: groupBy(links, (r) => r.claim_id, (r) => `${r.relation} #${r.other_id}`),
            });
            await sink.write(text);
            progress.rows += rows.length;
            after = ids[ids.length - 1];
            if (rows.length < pageSize) break;
            // Lets a client's disconnect (socket 'close') be seen before the next page is read.
            await yieldToEventLoop();
          }
        }),
    };
  }

  articles(query: ArticleExportQueryDto, user: AuthUser | undefined, pageSize = EXPORT_PAGE_SIZE): CsvExport {
    const filters = { outlet: query.outlet, from: query.from, to: query.to };
    return {
      filename: exportFilename('articles', new Date(), filters),
      write: (sink) =>
        this.audited(user, 'articles.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + csvRow(ARTICLE_COLUMNS));
          const page = this.exports.articlesPageQuery(filters, pageSize);
          let after = 0;
          while (!sink.closed) {
            const rows = await this.exports.articlesPage(page, after);
            if (!rows.length) break;
            const ids = rows.map((row) => Number(row.id));
            const counts = await this.exports.claimCounts(ids);
            await sink.write(articleRecords(rows, new Map(counts.map((c) => [Number(c.article_id), Number(c.claims)]))));
            progress.rows += rows.length;
            after = ids[ids.length - 1];
            if (rows.length < pageSize) break;
            await yieldToEventLoop();
          }
        }),
    };
  }

  /** The dashboard's series as a table; small (one row per bucket), built by the analytics service. */
  async timeseries(query: TimeseriesQueryDto, user: AuthUser | undefined): Promise<CsvExport> {
    const chart = await this.analytics.timeseries(query);
    const filters = { ...claimFiltersOf(query), bucket: chart.bucket, groupBy: chart.groupBy };
    return {
      filename: exportFilename('timeseries', new Date(), filters),
      write: (sink) =>
        this.audited(user, 'timeseries.csv', filters, sink, async (progress) => {
          await sink.write(CSV_BOM + timeseriesRecords(chart.buckets, chart.series));
          progress.rows = chart.buckets.length;
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
      sink.end();
      const after = { filters, rows: progress.rows, ...(progress.aborted ? { aborted: true } : {}), ...(failed ? { failed: true } : {}) };
      await this.audit
        .record({ user: user ?? null, entity: 'export', entityId: action.replace(/\.csv$/, ''), action, after })
        .catch((error: unknown) => this.logger.error(`Could not audit ${action}: ${String(error)}`));
    }
  }
}
