import { DataSource, type DataSourceOptions, type LogLevel } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { ensureSqliteFolder, parseDatabaseUrl, type DatabaseTarget } from './database-url.js';

export function buildDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  // CLAIMLINE_SLOW_QUERY_MS: log every statement slower than this (with its SQL) — how an operator finds the
  // query behind a slow page; off by default.
  const slowMs = Number(process.env.CLAIMLINE_SLOW_QUERY_MS);
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    ...(slowMs > 0 ? { maxQueryExecutionTime: slowMs, logging: ['warn'] as LogLevel[] } : { logging: false }),
  };
  if (target.dialect === 'sqlite') {
    ensureSqliteFolder(target);
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      // WAL lets the dashboard read while an import writes; foreign keys are off by default in SQLite.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: target.dialect,
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
    // A server on the same machine, through its Unix socket (one run with networking off, or reached only that way).
    ...(target.socketPath ? { socketPath: target.socketPath } : {}),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    extra: {
      // CLAIMLINE_DB_POOL: connections to MariaDB per process (default 20).
      connectionLimit: Number(process.env.CLAIMLINE_DB_POOL) > 0 ? Number(process.env.CLAIMLINE_DB_POOL) : 20,
      // mysql2 gives every connection a prepared-statement cache sized for 16,000 (~0.5 MB of heap each, 10 MB for a
      // full pool); Claimline sends plain queries (TypeORM and the export use `query`, never `execute`).
      maxPreparedStatements: 16,
      // mysql2 captures a stack trace for every query, to show its caller in an error: 1.6 % of the API's CPU under a
      // team's load (profile in docs/benchmarks.md). TypeORM's QueryFailedError already names the statement.
      trace: false,
    },
  };
}

export function createDataSource(url = process.env.DB_URL): DataSource {
  return new DataSource(buildDataSourceOptions(parseDatabaseUrl(url)));
}
