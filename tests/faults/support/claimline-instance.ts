import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitUntil } from './wait.js';

export const FAULTS_ADMIN = { email: 'faults-admin@claimline.test', password: 'faults-admin-password-1' };

const REPO_ROOT = join(__dirname, '../../..');

/** One Claimline API process (the built apps/api/dist/main.js), started and killed the way an operator would. */
export class ClaimlineInstance {
  private process: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string>): Promise<ClaimlineInstance> {
    const instance = new ClaimlineInstance(await freePort(), env);
    await instance.start();
    return instance;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.output;
  }

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        CLAIMLINE_SEED: 'false',
        CLAIMLINE_ADMIN_EMAIL: FAULTS_ADMIN.email,
        CLAIMLINE_ADMIN_PASSWORD: FAULTS_ADMIN.password,
        CLAIMLINE_TOKEN_SECRET: 'fault-suite-token-secret-0123456789abcdef',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process = child;
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`Claimline exited early:\n${this.output}`);
        try {
          return (await fetch(`${this.url}/api/health`)).ok;
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000, what: `Claimline on port ${this.port}` },
    );
  }

  /** SIGKILL: no shutdown hook runs, as in an out-of-memory kill or a host failure. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async login(credentials = FAULTS_ADMIN): Promise<string> {
    const response = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { accessToken: string };
    return body.accessToken;
  }
}
