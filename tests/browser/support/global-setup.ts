import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BROWSER_ADMIN = { email: 'admin@claimline.test', password: 'browser-admin-password-1' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Claimline exited early:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Claimline did not become healthy within 60 s:\n${log()}`);
}

/** Starts the built server once for all journeys, on a fresh SQLite file with the seed article loaded. */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'claimline-browser-'));
  let output = '';
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: join(__dirname, '../../..'),
    env: {
      ...process.env,
      PORT: String(port),
      DB_URL: `sqlite:${join(dataDir, 'claimline.sqlite')}`,
      CLAIMLINE_ADMIN_EMAIL: BROWSER_ADMIN.email,
      CLAIMLINE_ADMIN_PASSWORD: BROWSER_ADMIN.password,
      CLAIMLINE_SEED: 'true',
      CLAIMLINE_BCRYPT_ROUNDS: '8',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  process.env.CLAIMLINE_BROWSER_URL = url;
  (globalThis as { claimlineServer?: ChildProcess }).claimlineServer = child;
}
