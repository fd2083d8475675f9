import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseDatabaseUrl, type DatabaseTarget } from '../database/database-url.js';
import { REPO_ROOT } from './repo-paths.js';
import { loadWebIngestionConfig, type WebIngestionConfig } from './web-ingestion-config.js';
import { loadJobsConfig, type JobsConfig } from '../jobs/jobs-config.js';

export type AppConfig = {
  port: number;
  production: boolean;
  database: DatabaseTarget;
  /** Signs access tokens. */
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Largest accepted JSON body; article bodies are the big ones. */
  bodyLimitBytes: number;
  /** Largest accepted import upload. */
  uploadLimitBytes: number;
  /**
   * CLAIMLINE_MAX_ARTICLE_BYTES: largest line (JSONL) or record (CSV) of an import, so reading an upload holds at
   * most this much of it. Defaults to the JSON body limit, the largest article POST /api/articles takes.
   */
  maxArticleBytes: number;
  /**
   * Where uploaded import files wait until their job ends. Every API or worker process that may resume a job must
   * see the same directory (a shared volume), as with the SQLite file.
   */
  uploadDir: string;
  /** REDIS_URL: shared sign-in limits and cache invalidation across processes; null keeps everything in-process. */
  redisUrl: string | null;
  /** Prefix of every Redis key and channel (CLAIMLINE_REDIS_PREFIX): deployments sharing one Redis stay apart. */
  redisPrefix: string;
  seedArticle: boolean;
  /** CLAIMLINE_DEFAULT_CONFLICT: the conflict a request without `conflict` reads (else the first conflict). */
  defaultConflict: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Fetching articles and feeds from the web. */
  web: WebIngestionConfig;
  /** Background jobs: CLAIMLINE_WORKERS, CLAIMLINE_JOB_STALLED_MS (apps/api/src/jobs). */
  jobs: JobsConfig;
  /** Where the generated first-admin password is written: a path, null for nowhere, undefined for the default place. */
  adminPasswordFile: string | null | undefined;
  /** Whether the generated first-admin password is also printed on the console. */
  announceAdmin: boolean;
  /** bcrypt cost of stored passwords. Test harnesses lower it: every test app signs users in. */
  bcryptRounds: number;
  /**
   * CLAIMLINE_ALLOWED_ORIGINS (comma-separated, e.g. `https://claimline.example.org`): origins besides the API's own
   * host whose pages may sign in, for a web app served from another host than the API.
   */
  allowedOrigins: string[];
  /**
   * CLAIMLINE_MAX_ACTIVE_REQUESTS (default 12 on MariaDB, none on SQLite; 0 for none): API requests a process runs at once, the others
   * waiting their turn (common/active-requests.ts); CLAIMLINE_REQUEST_QUEUE (default 1,000): requests that may wait
   * before the next is refused with 503.
   */
  activeRequests: { max: number; queueMax: number };
};

export const APP_CONFIG = Symbol('APP_CONFIG');

const DEFAULT_BCRYPT_ROUNDS = 10;
const DEFAULT_SECRET_MARKERS = ['', 'changeme', 'change-me', 'secret', 'dev-secret'];

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.CLAIMLINE_TOKEN_SECRET ?? '';
  if (production && (DEFAULT_SECRET_MARKERS.includes(secret) || secret.length < 32)) {
    throw new Error('NODE_ENV=production needs CLAIMLINE_TOKEN_SECRET: a random string of at least 32 characters.');
  }
  const bcryptRounds = Number(env.CLAIMLINE_BCRYPT_ROUNDS ?? DEFAULT_BCRYPT_ROUNDS);
  if (!Number.isInteger(bcryptRounds) || bcryptRounds < 4 || bcryptRounds > 31)
    throw new Error(`CLAIMLINE_BCRYPT_ROUNDS must be an integer from 4 to 31, got "${env.CLAIMLINE_BCRYPT_ROUNDS}"`);
  if (production && bcryptRounds < DEFAULT_BCRYPT_ROUNDS)
    throw new Error(`NODE_ENV=production refuses CLAIMLINE_BCRYPT_ROUNDS below ${DEFAULT_BCRYPT_ROUNDS}.`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const database = parseDatabaseUrl(env.DB_URL);
  return {
    port,
    production,
    database,
    // Outside production a per-process secret: sessions simply end when the server restarts.
    tokenSecret: secret.length >= 32 ? secret : randomBytes(32).toString('hex'),
    tokenTtlSeconds: Number(env.CLAIMLINE_TOKEN_TTL_SECONDS ?? 8 * 3600),
    bodyLimitBytes: Number(env.CLAIMLINE_BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    uploadLimitBytes: Number(env.CLAIMLINE_UPLOAD_LIMIT_BYTES ?? 512 * 1024 * 1024),
    maxArticleBytes: Number(env.CLAIMLINE_MAX_ARTICLE_BYTES ?? env.CLAIMLINE_BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    redisUrl: env.REDIS_URL || null,
    redisPrefix: env.CLAIMLINE_REDIS_PREFIX || 'claimline:',
    uploadDir: env.CLAIMLINE_UPLOAD_DIR ? resolve(env.CLAIMLINE_UPLOAD_DIR) : join(REPO_ROOT, 'data', 'uploads'),
    seedArticle: env.CLAIMLINE_SEED !== 'false',
    defaultConflict: env.CLAIMLINE_DEFAULT_CONFLICT?.trim() || undefined,
    adminEmail: env.CLAIMLINE_ADMIN_EMAIL,
    adminPassword: env.CLAIMLINE_ADMIN_PASSWORD,
    web: loadWebIngestionConfig(env),
    jobs: loadJobsConfig(env),
    adminPasswordFile:
      env.CLAIMLINE_ADMIN_PASSWORD_FILE === 'none' ? null : env.CLAIMLINE_ADMIN_PASSWORD_FILE || undefined,
    announceAdmin: env.CLAIMLINE_ADMIN_ANNOUNCE !== 'false',
    bcryptRounds,
    allowedOrigins: parseOrigins(env.CLAIMLINE_ALLOWED_ORIGINS),
    activeRequests: {
      // SQLite's statements run on the event loop, one request's at a time already (common/request-turns.ts).
      max: wholeNumber(env, 'CLAIMLINE_MAX_ACTIVE_REQUESTS', database.dialect === 'sqlite' ? 0 : 12),
      queueMax: wholeNumber(env, 'CLAIMLINE_REQUEST_QUEUE', 1_000),
    },
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${env[name]}"`);
  return value;
}

function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      try {
        return new URL(item).origin;
      } catch {
        throw new Error(`CLAIMLINE_ALLOWED_ORIGINS: "${item}" is not an origin like https://claimline.example.org`);
      }
    });
}
