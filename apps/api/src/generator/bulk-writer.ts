/* eslint-disable @typescript-eslint/require-await -- both writers implement the async BulkWriter interface; the SQLite one and
   the MariaDB one's buffered sends do their work synchronously inside it, and async keeps a throw a rejection. */
import type { DataSource, QueryRunner } from 'typeorm';

export type SqlValue = string | number | boolean | null;
export type Row = SqlValue[];

/**
 * Multi-row INSERT … VALUES (…),(…) in large statements. One writer per generation run: it owns one
 * connection, so the session settings (checks off, synchronous off) apply to every statement it sends.
 */
export type BulkWriter = {
  readonly dialect: 'sqlite' | 'mysql';
  /** Rows per statement for a table (bodies are big, link rows are tiny). */
  insert(table: string, columns: readonly string[], rows: Row[]): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** Waits until at most `pending` statements are still in flight (backpressure for the generator). */
  drain(pending?: number): Promise<void>;
  /** One statement on the writer's own connection (its session settings), after everything sent before it. */
  execute<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
};

/** Statements of ~1 MB: well under MariaDB's default 16 MB max_allowed_packet, big enough to amortise round trips. */
const TARGET_STATEMENT_BYTES = 1_000_000;
/** On MariaDB the byte budget bounds a statement; this only caps tiny rows (claim_terms: ~40k per MB). */
const MAX_MYSQL_ROWS_PER_STATEMENT = 50_000;
const MAX_SQLITE_ROWS_PER_STATEMENT = 2000;
/** SQLite's limit on bound parameters (32766 since 3.32). */
const SQLITE_MAX_PARAMS = 32000;

export async function openBulkWriter(dataSource: DataSource): Promise<BulkWriter> {
  return dataSource.options.type === 'better-sqlite3' ? openSqliteWriter(dataSource) : openMysqlWriter(dataSource);
}

/**
 * A writer whose `tables` go through a second connection of their own (MariaDB; SQLite has one connection): the
 * load's statements run on two server threads at once instead of one after the other. Each connection commits
 * its own rows (begin, commit, drain apply to both); `execute` runs on the first once both are drained.
 */
export async function openSplitBulkWriter(dataSource: DataSource, tables: readonly string[]): Promise<BulkWriter> {
  const first = await openBulkWriter(dataSource);
  if (first.dialect !== 'mysql') return first;
  const second = await openBulkWriter(dataSource).catch(async (error: unknown) => {
    await first.close();
    throw error;
  });
  const both = (step: (writer: BulkWriter) => Promise<void>): Promise<void> => settleAll([step(first), step(second)]);
  return {
    dialect: first.dialect,
    insert: (table, columns, rows) => (tables.includes(table) ? second : first).insert(table, columns, rows),
    begin: () => both((writer) => writer.begin()),
    commit: () => both((writer) => writer.commit()),
    drain: (pending) => both((writer) => writer.drain(pending)),
    async execute<T>(sql: string) {
      await both((writer) => writer.drain(0));
      return first.execute<T>(sql);
    },
    close: () => both((writer) => writer.close()),
  };
}

/** Promise.all that lets every branch finish (they share connections) before the first failure is thrown. */
export async function settleAll(branches: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(branches)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

async function openMysqlWriter(dataSource: DataSource): Promise<BulkWriter> {
  const runner: QueryRunner = dataSource.createQueryRunner('master');
  await runner.connect();
  // Rows are generated consistent (ids assigned here, every reference exists), so the per-row checks
  // only cost time. Session-scoped: restored before the connection goes back to the pool.
  await runner.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
  let tail: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let failure: unknown = null;
  const send = (sql: string): void => {
    inFlight++;
    tail = tail
      .then(() => (failure ? undefined : runner.query(sql)))
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight--);
  };
  const check = (): void => {
    if (failure) throw shorten(failure);
  };
  const drain = async (pending = 0): Promise<void> => {
    while (inFlight > pending) await Promise.race([tail, new Promise((resolve) => setTimeout(resolve, 5))]);
    check();
  };
  return {
    dialect: 'mysql',
    async insert(table, columns, rows) {
      check();
      const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) VALUES `;
      // Appended to one string, not mapped and joined: a claims-like row's tuple costs ~18 % less Node CPU
      // (200k rows, flattened for the socket: 424 → 347 ms), and the generator's load phase is Node-bound.
      let values = '';
      let count = 0;
      for (const row of rows) {
        let tuple = count ? ',(' : '(';
        for (let i = 0; i < row.length; i++) tuple += i ? `,${mysqlLiteral(row[i])}` : mysqlLiteral(row[i]);
        values += `${tuple})`;
        count++;
        if ((head.length + values.length) * 2 >= TARGET_STATEMENT_BYTES || count >= MAX_MYSQL_ROWS_PER_STATEMENT) {
          send(head + values);
          values = '';
          count = 0;
          // A turn of the event loop: the reply to a finished statement is read and the next one sent
          // (mysql2 sends a connection's statements one after the other), while this builds more.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      if (count) send(head + values);
    },
    async begin() {
      send('START TRANSACTION');
    },
    async commit() {
      send('COMMIT');
      await drain(0);
    },
    drain,
    async execute<T>(sql: string) {
      await drain(0);
      try {
        return (await runner.query(sql)) as T[];
      } catch (error) {
        throw new Error(`${shorten(error).message} (in: ${sql.slice(0, 100)})`, { cause: error });
      }
    },
    async close() {
      await drain(0).finally(async () => {
        await runner.query('SET SESSION foreign_key_checks = 1, unique_checks = 1').catch(() => undefined);
        await runner.release();
      });
    },
  };
}

async function openSqliteWriter(dataSource: DataSource): Promise<BulkWriter> {
  type Statement = { run(...params: unknown[]): unknown };
  type Database = { prepare(sql: string): Statement; pragma(sql: string): unknown; exec(sql: string): unknown };
  const db = (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
  // Durability does not matter for a generated corpus; foreign_keys cannot change inside a transaction,
  // so it is switched off here, before the first BEGIN.
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  const statements = new Map<string, Statement>();
  const statementFor = (table: string, columns: readonly string[], count: number): Statement => {
    const key = `${table}:${count}`;
    let statement = statements.get(key);
    if (!statement) {
      const tuple = `(${columns.map(() => '?').join(',')})`;
      statement = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${Array(count).fill(tuple).join(',')}`,
      );
      statements.set(key, statement);
    }
    return statement;
  };
  return {
    dialect: 'sqlite',
    async insert(table, columns, rows) {
      const perStatement = Math.max(
        1,
        Math.min(MAX_SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / columns.length)),
      );
      for (let i = 0; i < rows.length; i += perStatement) {
        const slice = rows.slice(i, i + perStatement);
        const params: unknown[] = [];
        for (const row of slice)
          for (const value of row) params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
        statementFor(table, columns, slice.length).run(...params);
      }
    },
    async begin() {
      db.exec('BEGIN');
    },
    async commit() {
      db.exec('COMMIT');
    },
    async drain() {},
    async execute<T>(sql: string) {
      return dataSource.query<T[]>(sql);
    },
    async close() {
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = FULL');
    },
  };
}

/**
 * Short strings (search terms, ids, days, statuses) repeat across millions of rows: their literals are
 * kept. Bounded, so a run's memory does not grow with it.
 */
const shortLiterals = new Map<string, string>();
const SHORT_LITERAL_LENGTH = 64;
const SHORT_LITERALS_KEPT = 200_000;

/** MySQL literal for the values the generator produces (numbers, booleans, null, UTF-8 strings). */
export function mysqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value.length > SHORT_LITERAL_LENGTH) return stringLiteral(value);
  let literal = shortLiterals.get(value);
  if (literal === undefined) {
    literal = stringLiteral(value);
    if (shortLiterals.size < SHORT_LITERALS_KEPT) shortLiterals.set(value, literal);
  }
  return literal;
}

function stringLiteral(value: string): string {
  // eslint-disable-next-line no-control-regex -- \x1a (Ctrl-Z) is one of the bytes MySQL string literals must escape
  return `'${value.replace(/[\0\n\r\x1a'"\\]/g, escapeChar)}'`;
}

function escapeChar(char: string): string {
  switch (char) {
    case '\0':
      return '\\0';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\x1a':
      return '\\Z';
    default:
      return `\\${char}`;
  }
}

/** A failed multi-megabyte INSERT would print the whole statement: keep the message readable. */
function shorten(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const driverMessage = (error as { driverError?: { message?: string } }).driverError?.message;
  return new Error((driverMessage ?? message).slice(0, 500));
}
