import { Inject, Injectable } from '@nestjs/common';
import robotsParserModule from 'robots-parser';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { FetchFailedError, FetchRefusedError } from '../web-fetch/fetch-errors.js';
import { SafeFetcher } from '../web-fetch/safe-fetcher.js';

type Robots = {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
};
// Its types declare an ES default export; at run time module.exports is the function itself, which
// is what a default import yields both under Node's ESM and under Jest's CommonJS interop.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robots;
type Entry = { robots: Robots | null; until: number };

const ROBOTS_TTL_MS = 60 * 60 * 1000;
/** A Crawl-delay beyond this is read as this: one request a minute is polite enough. */
const MAX_CRAWL_DELAY_MS = 60_000;

/**
 * How the feed poller treats the sites it reads (the "Article by URL" fetch is one request an analyst
 * asked for, like a browser, and does not go through here): robots.txt, cached per origin for an hour,
 * decides whether a URL may be fetched; requests to one host are spaced by CLAIMLINE_FETCH_HOST_DELAY_MS
 * or the site's Crawl-delay, whichever is longer.
 */
@Injectable()
export class HostPoliteness {
  private readonly robots = new Map<string, Entry>();
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly fetcher: SafeFetcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether robots.txt lets Claimline fetch this URL. Unreachable robots.txt (5xx, network) → no, for now. */
  async allows(url: string): Promise<boolean> {
    const robots = await this.robotsFor(new URL(url));
    if (robots === 'unreachable') return false;
    return robots?.isAllowed(url, this.fetcher.userAgent) ?? true;
  }

  /** Waits for this host's next free slot, then takes it. */
  async waitTurn(url: string): Promise<void> {
    const { host, origin } = new URL(url);
    const crawlDelay = this.robots.get(origin)?.robots?.getCrawlDelay(this.fetcher.userAgent);
    const spacing = Math.max(this.config.web.hostDelayMs, Math.min((crawlDelay ?? 0) * 1000, MAX_CRAWL_DELAY_MS));
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + spacing);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  private async robotsFor(url: URL): Promise<Robots | null | 'unreachable'> {
    const cached = this.robots.get(url.origin);
    if (cached && cached.until > Date.now()) return cached.robots;
    const robotsUrl = `${url.origin}/robots.txt`;
    let robots: Robots | null;
    try {
      await this.waitTurn(robotsUrl);
      const response = await this.fetcher.fetch({ url: robotsUrl, kind: 'robots' });
      robots = robotsParser(robotsUrl, response.body);
    } catch (error) {
      // RFC 9309: a missing robots.txt (4xx) allows everything, an unreachable one (5xx, no answer)
      // allows nothing for now. One we refuse to read (served as HTML, too large) counts as missing.
      const status = error instanceof FetchFailedError ? error.status : null;
      if (error instanceof FetchFailedError && (status === null || status >= 500)) return 'unreachable';
      if (!(error instanceof FetchFailedError) && !(error instanceof FetchRefusedError)) throw error;
      robots = null;
    }
    this.robots.set(url.origin, { robots, until: Date.now() + ROBOTS_TTL_MS });
    return robots;
  }
}
