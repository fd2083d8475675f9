import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitUntil } from './wait.js';

const REPO_ROOT = join(__dirname, '../../..');

/** One `npm run worker` process (the built apps/api/dist/worker.js), killed the way a host failure would. */
export class ClaimlineWorker {
  private process: ChildProcess | null = null;
  private output = '';

  constructor(private readonly env: Record<string, string>) {}

  get log(): string {
    return this.output;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<this> {
    this.output = '';
    const child = spawn(process.execPath, ['apps/api/dist/worker.js'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CLAIMLINE_TOKEN_SECRET: 'fault-suite-token-secret-0123456789abcdef', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process = child;
    await waitUntil(
      () => {
        if (child.exitCode !== null) throw new Error(`The worker exited early:\n${this.output}`);
        return this.output.includes('Claimline worker');
      },
      { timeoutMs: 60_000, what: 'the worker to start' },
    );
    return this;
  }

  /** SIGKILL: no shutdown hook runs, the job's lock and lease are left as they were. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }
}
