import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { DataSource, type Logger } from 'typeorm';
import { createConnection, type Connection } from 'mysql2/promise';
import Database from 'better-sqlite3';
import { buildDataSourceOptions } from '../../../apps/api/dist/database/data-source.js';
import { parseDatabaseUrl } from '../../../apps/api/dist/database/database-url.js';
import { AnalyticsRepository } from '../../../apps/api/dist/analytics/analytics.repository.js';
import { AnalyticsService } from '../../../apps/api/dist/analytics/analytics.service.js';
import { ClaimArticlesRepository } from '../../../apps/api/dist/analytics/claim-articles.repository.js';
import { ContestedDismissalsRepository } from '../../../apps/api/dist/analytics/contested-dismissals.repository.js';
import { ContestedService } from '../../../apps/api/dist/analytics/contested.service.js';
import { ConflictPacks } from '../../../apps/api/dist/conflicts/conflict-packs.js';
import { ConflictScope } from '../../../apps/api/dist/conflicts/conflict-scope.js';
import { ConflictsRepository } from '../../../apps/api/dist/conflicts/conflicts.repository.js';
import type { AppConfig } from '../../../apps/api/dist/config/app-config.js';

/** The service methods a dashboard request runs; contested pairs have their own service. */
export type DashboardMethod = keyof AnalyticsService | 'contested';
type DashboardServices = { analytics: AnalyticsService; contested: ContestedService };

export type CapturedQuery = { sql: string; params: unknown[] };

/**
 * The "raw SQL" side of the dashboard comparison: the analytics service itself (the built API code)
 * runs against a DataSource whose logger records every statement with its parameters; the harness
 * then replays exactly those statements through the bare driver (mysql2 / better-sqlite3), without
 * Nest, TypeORM, validation, shaping or HTTP.
 */
export class SqlCapture {
  private captured: CapturedQuery[] = [];
  private capturing = false;
  private constructor(
    private readonly dataSource: DataSource,
    private readonly services: DashboardServices,
    readonly raw: RawDb,
  ) {}

  static async open(url: string): Promise<SqlCapture> {
    const self = { push: (q: CapturedQuery) => void q };
    const logger: Logger = {
      logQuery: (sql, params) => self.push({ sql, params: (params as unknown[] | undefined) ?? [] }),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    // Every statement of each request is the SQL side: nothing remembered between the runs (rollups/versioned-memo.ts).
    process.env.CLAIMLINE_ANALYTICS_CACHE = 'off';
    const options = { ...buildDataSourceOptions(parseDatabaseUrl(url)), logging: ['query'] as const, logger };
    const dataSource = new DataSource(options as never);
    await dataSource.initialize();
    const repository = new AnalyticsRepository(dataSource);
    const articles = new ClaimArticlesRepository(dataSource);
    const dismissals = new ContestedDismissalsRepository(dataSource);
    // The default conflict (the first): the benchmark database holds the generator's one conflict.
    const conflicts = new ConflictsRepository(dataSource);
    const scope = new ConflictScope({ defaultConflict: undefined } as AppConfig, conflicts);
    await scope.refresh();
    const capture = new SqlCapture(
      dataSource,
      {
        analytics: new AnalyticsService(repository, articles, scope, dataSource),
        // The contested list only reads: its audit trail (dismissals) is never written here.
        contested: new ContestedService(
          dataSource,
          repository,
          dismissals,
          undefined as never,
          scope,
          new ConflictPacks(conflicts),
        ),
      },
      await RawDb.open(url),
    );
    self.push = (q) => {
      if (capture.capturing) capture.captured.push(q);
    };
    return capture;
  }

  /** Runs one dashboard request through the service (query string → DTO as the ValidationPipe would) and returns its SQL. */
  async capture(
    method: DashboardMethod,
    dto: new () => object,
    query: Record<string, string>,
  ): Promise<CapturedQuery[]> {
    this.captured = [];
    this.capturing = true;
    try {
      const service = method === 'contested' ? this.services.contested : this.services.analytics;
      const run = (service as unknown as Record<string, (q: unknown) => Promise<unknown>>)[method];
      await run.call(service, plainToInstance(dto, query));
    } finally {
      this.capturing = false;
    }
    return this.captured;
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
    await this.raw.close();
  }
}

/** A bare driver connection: the floor any API request can approach. */
export class RawDb {
  private constructor(
    private readonly mysql: Connection | null,
    private readonly sqlite: Database.Database | null,
  ) {}

  static async open(url: string): Promise<RawDb> {
    const target = parseDatabaseUrl(url);
    if (target.dialect === 'sqlite') return new RawDb(null, new Database(target.file, { readonly: false }));
    const connection = await createConnection({
      host: target.host,
      port: target.port,
      socketPath: target.socketPath,
      user: target.username,
      password: target.password,
      database: target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
    });
    // No replayed statement may run for ever (MariaDB's per-statement limit, in seconds).
    await connection.query('SET SESSION max_statement_time = 120');
    return new RawDb(connection, null);
  }

  get dialect(): 'sqlite' | 'mysql' {
    return this.sqlite ? 'sqlite' : 'mysql';
  }

  async query(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    if (this.sqlite) {
      const statement = this.sqlite.prepare(sql);
      const bound = params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p instanceof Date ? p.toISOString() : p));
      return statement.reader ? (statement.all(...bound) as Record<string, unknown>[]) : (statement.run(...bound), []);
    }
    const [rows] = await this.mysql!.query(sql, params);
    return rows as Record<string, unknown>[];
  }

  async run(queries: CapturedQuery[]): Promise<void> {
    for (const q of queries) await this.query(q.sql, q.params);
  }

  /** EXPLAIN of a statement, as text lines. */
  async explain(q: CapturedQuery): Promise<string> {
    const rows = await this.query(this.sqlite ? `EXPLAIN QUERY PLAN ${q.sql}` : `EXPLAIN ${q.sql}`, q.params);
    if (this.sqlite) return rows.map((r) => `${'  '.repeat(Number(r.parent) ? 1 : 0)}${String(r.detail)}`).join('\n');
    const cols = ['id', 'select_type', 'table', 'type', 'key', 'key_len', 'rows', 'Extra'];
    return [cols.join(' | '), ...rows.map((r) => cols.map((c) => String(r[c] ?? '')).join(' | '))].join('\n');
  }

  async close(): Promise<void> {
    await this.mysql?.end();
    this.sqlite?.close();
  }
}
