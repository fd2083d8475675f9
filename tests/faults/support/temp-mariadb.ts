import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort, waitUntil } from './wait.js';

const MARIADBD = process.env.CLAIMLINE_FAULTS_MARIADBD ?? '/usr/sbin/mariadbd';
const INSTALL_DB = process.env.CLAIMLINE_FAULTS_INSTALL_DB ?? 'mariadb-install-db';

/**
 * A MariaDB server of the fault suite's own, on a temporary data directory and a free port: the suite kills and
 * restarts it, which it must never do to the machine's shared server.
 */
export class TempMariaDb {
  private process: ChildProcess | null = null;
  private log = '';

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<TempMariaDb> {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-faults-db-'));
    const install = spawnSync(
      INSTALL_DB,
      [
        '--no-defaults',
        `--datadir=${join(dir, 'data')}`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`${INSTALL_DB} failed:\n${install.stderr}${install.stdout}`);
    const server = new TempMariaDb(dir, await freePort());
    await server.start();
    const connection = await server.connect();
    await connection.query('CREATE DATABASE claimline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await connection.end();
    return server;
  }

  get url(): string {
    return `mariadb://root@127.0.0.1:${this.port}/claimline`;
  }

  /** Starts the server; a no-op while it runs, so a test's `finally` can always call it. */
  async start(): Promise<void> {
    if (this.process && this.process.exitCode === null) return;
    this.log = '';
    const child = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(this.dir, 'mysqld.sock')}`,
        `--pid-file=${join(this.dir, 'mysqld.pid')}`,
        '--user=root',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.process = child;
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`mariadbd exited early:\n${this.log}`);
        try {
          const connection = await this.connect();
          await connection.end();
          return true;
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000, what: 'the fault suite MariaDB to accept connections' },
    );
  }

  /** SIGKILL: the database vanishes mid-statement, as in a crash or a pulled cable. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async connect() {
    return createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 2000 });
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const connection = await this.connect();
    try {
      await connection.query('USE claimline');
      const [rows] = await connection.query(sql, params);
      return rows as T[];
    } finally {
      await connection.end();
    }
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
