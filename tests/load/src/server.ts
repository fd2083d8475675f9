import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO = resolve(process.cwd());
const ADMIN_EMAIL = 'bench-admin@claimline.invalid';
const ADMIN_PASSWORD = 'bench-password-not-secret-1234';

export type Server = {
  base: string;
  pid: number;
  token: string;
  get(path: string): Promise<Response>;
  json<T>(path: string, init?: RequestInit): Promise<T>;
  stop(): Promise<void>;
  log(): string;
  exited(): boolean;
};

/**
 * The V8 flags the Dockerfile gives the API (its NODE_OPTIONS), so the bench's RSS figures are the deployed ones.
 * BENCH_API_NODE_FLAGS replaces them to compare others (space-separated; `--trace-gc` counts the collections).
 */
const API_NODE_FLAGS = process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? ['--max-semi-space-size=32'];

/** Starts the built API (apps/api/dist/main.js) on loopback, waits for /api/health, signs in. */
export async function startServer(dbUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, resolve(REPO, 'apps/api/dist/main.js')], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      DB_URL: dbUrl,
      CLAIMLINE_ADMIN_EMAIL: ADMIN_EMAIL,
      CLAIMLINE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CLAIMLINE_SEED: 'false',
      NODE_ENV: 'development',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // BENCH_SERVER_LOG=file keeps the server's whole output (e.g. with CLAIMLINE_SLOW_QUERY_MS, its slow statements).
  const logFile = process.env.BENCH_SERVER_LOG;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${output.slice(-3000)}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`Server did not become healthy in 120 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Login failed: ${login.status} ${await login.text()}`);
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const headers = { authorization: `Bearer ${token}` };
  const server: Server = {
    base,
    pid: child.pid!,
    token,
    get: (path) => fetch(`${base}${path}`, { headers }),
    async json<T>(path: string, init: RequestInit = {}) {
      const res = await fetch(`${base}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string>) },
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status}: ${text.slice(0, 500)}`);
      return JSON.parse(text) as T;
    },
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    log: () => output,
  };
  return server;
}

/** Samples VmRSS (and the kernel's VmHWM high-water mark) of a process every `everyMs`. */
export function sampleRss(pid: number, everyMs = 100): { stop(): { peakRssMb: number; hwmMb: number } } {
  let peak = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, rss);
      return hwm;
    } catch {
      return 0;
    }
  };
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const hwm = read();
      return { peakRssMb: peak / 1024, hwmMb: hwm / 1024 };
    },
  };
}

/** CPU time a process has used so far (user + system), in ms; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: state is the 1st, utime the 12th, stime the 13th (proc(5)).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The pid of the local MariaDB server, when one runs on this machine (its CPU is part of a request's cost). */
export function mariadbPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
    } catch {
      // the process ended while the list was read
    }
  }
  return null;
}

export function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
