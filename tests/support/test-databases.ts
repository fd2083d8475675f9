import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export type TestDialect = 'sqlite' | 'mariadb';

export type TestDatabase = {
  dialect: TestDialect;
  url: string;
  drop(): Promise<void>;
};

export const DEFAULT_TEST_DB_URL = 'mariadb://root@127.0.0.1:3306/test';

/** Set by tests/integration/global-setup.ts after probing the server once per run. */
export function mariadbAvailable(): boolean {
  return process.env.CLAIMLINE_TEST_MARIADB === 'available';
}

export function serverUrl(): URL {
  return new URL(process.env.TEST_DB_URL || DEFAULT_TEST_DB_URL);
}

export async function connectToServer() {
  const url = serverUrl();
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    connectTimeout: 3000,
  });
}

/** A fresh, empty database of its own for one test file: two runs never share state, and it is dropped afterwards. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-test-'));
    return {
      dialect,
      url: `sqlite:${join(dir, 'claimline.sqlite')}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `claimline_t_${suffix}`;
  const connection = await connectToServer();
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString().replace(/^mysql:/, 'mariadb:'),
    drop: async () => {
      const dropper = await connectToServer();
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
}

/** The dialects this run covers: SQLite always, MariaDB when reachable (global-setup fails the run in CI otherwise). */
export function testDialects(): TestDialect[] {
  return mariadbAvailable() ? ['sqlite', 'mariadb'] : ['sqlite'];
}
