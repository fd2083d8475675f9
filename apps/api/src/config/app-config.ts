import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl, type DatabaseTarget } from '../database/database-url.js';

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
  seedArticle: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

const DEFAULT_SECRET_MARKERS = ['', 'changeme', 'change-me', 'secret', 'dev-secret'];

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.CLAIMLINE_TOKEN_SECRET ?? '';
  if (production && (DEFAULT_SECRET_MARKERS.includes(secret) || secret.length < 32)) {
    throw new Error('NODE_ENV=production needs CLAIMLINE_TOKEN_SECRET: a random string of at least 32 characters.');
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    production,
    database: parseDatabaseUrl(env.DB_URL),
    // Outside production a per-process secret: sessions simply end when the server restarts.
    tokenSecret: secret.length >= 32 ? secret : randomBytes(32).toString('hex'),
    tokenTtlSeconds: Number(env.CLAIMLINE_TOKEN_TTL_SECONDS ?? 8 * 3600),
    bodyLimitBytes: Number(env.CLAIMLINE_BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    uploadLimitBytes: Number(env.CLAIMLINE_UPLOAD_LIMIT_BYTES ?? 512 * 1024 * 1024),
    seedArticle: env.CLAIMLINE_SEED !== 'false',
    adminEmail: env.CLAIMLINE_ADMIN_EMAIL,
    adminPassword: env.CLAIMLINE_ADMIN_PASSWORD,
  };
}
