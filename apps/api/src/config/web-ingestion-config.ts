import { parseAllowList, type AllowList } from '../web-fetch/address-policy.js';

/** Fetching pages and feeds from the web (apps/api/src/web-fetch, apps/api/src/feeds). */
export type WebIngestionConfig = {
  /** `CLAIMLINE_FETCH_ALLOW_HOSTS`: hosts and ranges exempt from the private-address refusal. */
  allowHosts: AllowList;
  /** Largest response body read, after decompression; the download is aborted beyond it. */
  maxBytes: number;
  connectTimeoutMs: number;
  /** From the request to the last byte, redirects included. */
  totalTimeoutMs: number;
  /** Least time between two requests of the feed poller to one host (robots.txt Crawl-delay can raise it). */
  hostDelayMs: number;
  /** Named in the User-Agent so a site's operator knows where to ask. */
  contactUrl: string;
  /** `CLAIMLINE_FEEDS_SCHEDULER=off`: feeds are polled only on request (tests poll explicitly). */
  feedsScheduler: boolean;
};

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}`);
  return value;
}

export function loadWebIngestionConfig(env: NodeJS.ProcessEnv): WebIngestionConfig {
  return {
    allowHosts: parseAllowList(env.CLAIMLINE_FETCH_ALLOW_HOSTS),
    maxBytes: positive(env, 'CLAIMLINE_FETCH_MAX_BYTES', 5 * 1024 * 1024),
    connectTimeoutMs: positive(env, 'CLAIMLINE_FETCH_CONNECT_TIMEOUT_MS', 10_000),
    totalTimeoutMs: positive(env, 'CLAIMLINE_FETCH_TIMEOUT_MS', 30_000),
    hostDelayMs: positive(env, 'CLAIMLINE_FETCH_HOST_DELAY_MS', 2_000, 0),
    contactUrl: env.CLAIMLINE_FETCH_CONTACT_URL || 'https://github.com/claimline/claimline',
    feedsScheduler: env.CLAIMLINE_FEEDS_SCHEDULER !== 'off',
  };
}
