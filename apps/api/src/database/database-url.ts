import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type DatabaseDialect = 'sqlite' | 'mariadb' | 'mysql';

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | {
      dialect: 'mariadb' | 'mysql';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
      /** `?socket=/path`: the server's Unix socket instead of TCP (a database on the same machine). */
      socketPath?: string;
    };

export const DEFAULT_SQLITE_FILE = './data/claimline.sqlite';

/**
 * Reads `DB_URL`: unset → the embedded SQLite file; `sqlite:/path` → that file;
 * `mariadb://` or `mysql://` → a server through mysql2, over TCP or, with `?socket=/path`, its Unix socket.
 */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url || url.trim() === '') return { dialect: 'sqlite', file: resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error('DB_URL "sqlite:" needs a file path, e.g. sqlite:/var/lib/claimline/db.sqlite');
    return { dialect: 'sqlite', file: resolve(cwd, path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DB_URL is not a valid URL: ${redact(url)}`);
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'mariadb' && scheme !== 'mysql') {
    throw new Error(`DB_URL scheme "${scheme}" is not supported: use sqlite:, mariadb:// or mysql://`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DB_URL must name a database, e.g. mariadb://root@127.0.0.1:3306/claimline');
  const socketPath = parsed.searchParams.get('socket');
  if (socketPath !== null && !socketPath.startsWith('/'))
    throw new Error('DB_URL socket must be an absolute path, e.g. ?socket=/run/mysqld/mysqld.sock');
  return {
    dialect: scheme,
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
    ...(socketPath === null ? {} : { socketPath }),
  };
}

export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.dialect === 'sqlite') mkdirSync(dirname(target.file), { recursive: true });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
