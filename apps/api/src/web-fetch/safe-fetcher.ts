import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { refusalFor, type AllowList } from './address-policy.js';
import { FetchFailedError, FetchRefusedError } from './fetch-errors.js';
import { decodeBody } from './decode-body.js';

/** What is being fetched decides which content types are accepted. */
export type FetchKind = 'page' | 'feed' | 'robots';

const ACCEPTED: Record<FetchKind, { accept: string; types: readonly string[] }> = {
  page: {
    accept: 'text/html,application/xhtml+xml;q=0.9',
    types: ['text/html', 'application/xhtml+xml'],
  },
  feed: {
    accept:
      'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8',
    types: [
      'application/rss+xml',
      'application/atom+xml',
      'application/rdf+xml',
      'application/xml',
      'text/xml',
      'application/feed+json',
      'application/json',
      // Some outlets serve their feed as a web page's type; the parser decides whether it is one.
      'text/html',
    ],
  },
  robots: { accept: 'text/plain', types: ['text/plain'] },
};

export const MAX_REDIRECTS = 5;

export type FetchSettings = {
  allowHosts: AllowList;
  maxBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  userAgent: string;
};

export type FetchRequest = {
  url: string;
  kind: FetchKind;
  /** Conditional GET: the validators of the last successful fetch. */
  etag?: string | null;
  lastModified?: string | null;
};

export type FetchResponse = {
  /** The URL finally fetched, after redirects. */
  url: string;
  status: number;
  /** 304: nothing changed since the validators given. */
  notModified: boolean;
  /** The media type without parameters, lower case ('' for a 304). */
  contentType: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
};

/** Resolves a host name to every address it has (the fetcher checks all of them). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const header = (response: IncomingMessage, name: string): string | null => {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/**
 * Fetches web pages and feeds without letting a URL reach inside the network it runs in
 * (server-side request forgery): only http(s); every address a host name resolves to is checked
 * before connecting, inside the socket's own `lookup`, so the address connected to is the address
 * checked (a DNS answer that changes between a check and the connection cannot slip a private
 * address in); redirects are followed by hand, each hop checked again; the body is streamed and
 * abandoned beyond `maxBytes` (after decompression, so a small gzip bomb is caught too).
 */
export class SafeFetcher {
  // Its own agent: a pooled socket opened by other code was never checked.
  private readonly httpAgent = new http.Agent({ keepAlive: false });
  private readonly httpsAgent = new https.Agent({ keepAlive: false });

  constructor(
    readonly settings: FetchSettings,
    private readonly resolve: Resolver = systemResolver,
  ) {}

  get userAgent(): string {
    return this.settings.userAgent;
  }

  /**
   * Checks a URL's scheme and, for an IP literal, its address; a host name is checked when it is
   * resolved. Throws FetchRefusedError.
   */
  checkUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchRefusedError('not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchRefusedError(`only http and https URLs are fetched, not ${url.protocol.replace(':', '')}`);
    }
    if (url.username || url.password) throw new FetchRefusedError('URLs with a user name or password are not fetched');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) {
      const refusal = refusalFor(this.settings.allowHosts, host, host);
      if (refusal) throw new FetchRefusedError(`${host} is a ${refusal} address`);
    }
    url.hash = '';
    return url;
  }

  /**
   * GET with redirects (at most MAX_REDIRECTS, each checked). Resolves with a 2xx response, or a 304
   * when validators were given; throws FetchRefusedError (our refusal) or FetchFailedError (theirs).
   */
  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.totalTimeoutMs);
    try {
      let url = this.checkUrl(request.url);
      for (let hop = 0; ; hop++) {
        const response = await this.send(url, request, controller.signal);
        const status = response.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          response.destroy();
          const location = header(response, 'location');
          if (!location) throw new FetchFailedError(`the server answered ${status} without a Location`, status);
          if (hop >= MAX_REDIRECTS) throw new FetchFailedError(`more than ${MAX_REDIRECTS} redirects`, status);
          let next: string;
          try {
            next = new URL(location, url).href;
          } catch {
            throw new FetchFailedError(`the server redirected to an invalid URL`, status);
          }
          try {
            url = this.checkUrl(next);
          } catch (error) {
            throw error instanceof FetchRefusedError
              ? new FetchRefusedError(`redirected to ${next}: ${error.reason}`)
              : error;
          }
          continue;
        }
        return await this.read(url, response, request.kind, controller.signal);
      }
    } catch (error) {
      if (error instanceof FetchRefusedError || error instanceof FetchFailedError) throw error;
      if (controller.signal.aborted) {
        throw new FetchFailedError(`no complete answer within ${Math.round(this.settings.totalTimeoutMs / 1000)} s`);
      }
      const code = (error as NodeJS.ErrnoException).code;
      throw new FetchFailedError(code ? `${code}: ${(error as Error).message}` : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private send(url: URL, request: FetchRequest, signal: AbortSignal): Promise<IncomingMessage> {
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: ACCEPTED[request.kind].accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return new Promise((resolve, reject) => {
      const outgoing = (secure ? https : http).request(
        {
          method: 'GET',
          protocol: url.protocol,
          hostname: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          headers,
          agent: secure ? this.httpsAgent : this.httpAgent,
          lookup: this.guardedLookup(),
          signal,
        },
        resolve,
      );
      // Idle timeout: covers a connection that never completes and an answer that stalls.
      outgoing.setTimeout(this.settings.connectTimeoutMs, () =>
        outgoing.destroy(
          new FetchFailedError(`no answer within ${Math.round(this.settings.connectTimeoutMs / 1000)} s`),
        ),
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  /** The socket's resolver: every address checked, and only checked addresses handed to connect(). */
  private guardedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      this.resolve(hostname).then(
        (addresses) => {
          let usable: LookupAddress[];
          try {
            usable = this.checkedAddresses(hostname, addresses, options.family);
          } catch (error) {
            callback(error as NodeJS.ErrnoException, '');
            return;
          }
          if (options.all) callback(null, usable);
          else callback(null, usable[0].address, usable[0].family);
        },
        (error: unknown) => callback(error as NodeJS.ErrnoException, ''),
      );
    };
  }

  private checkedAddresses(hostname: string, addresses: LookupAddress[], family: unknown): LookupAddress[] {
    if (addresses.length === 0) throw new FetchFailedError(`${hostname} has no address`);
    for (const { address } of addresses) {
      const refusal = refusalFor(this.settings.allowHosts, hostname, address);
      if (refusal) throw new FetchRefusedError(`${hostname} resolves to ${address}, a ${refusal} address`);
    }
    const wanted = family === 6 || family === 4 ? family : 0;
    const usable = wanted ? addresses.filter((entry) => entry.family === wanted) : addresses;
    if (usable.length === 0) throw new FetchFailedError(`${hostname} has no IPv${wanted} address`);
    return usable;
  }

  private async read(url: URL, response: IncomingMessage, kind: FetchKind, signal: AbortSignal) {
    const status = response.statusCode ?? 0;
    const validators = { etag: header(response, 'etag'), lastModified: header(response, 'last-modified') };
    if (status === 304) {
      response.destroy();
      return { url: url.href, status, notModified: true, contentType: '', body: '', ...validators };
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new FetchFailedError(`the server answered ${status}`, status);
    }
    const rawType = header(response, 'content-type') ?? '';
    const contentType = rawType.split(';')[0].trim().toLowerCase();
    if (!ACCEPTED[kind].types.includes(contentType)) {
      response.destroy();
      throw new FetchRefusedError(
        contentType ? `the content type ${contentType} is not a ${kind}` : `the server did not say what it sent`,
      );
    }
    const declared = Number(header(response, 'content-length'));
    if (Number.isFinite(declared) && declared > this.settings.maxBytes) {
      response.destroy();
      throw new FetchRefusedError(this.tooLarge());
    }
    const bytes = await this.collect(decompressed(response), signal);
    return { url: url.href, status, notModified: false, contentType, body: decodeBody(bytes, rawType), ...validators };
  }

  private async collect(stream: Readable, signal: AbortSignal): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > this.settings.maxBytes) throw new FetchRefusedError(this.tooLarge());
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      stream.destroy();
      if (error instanceof FetchRefusedError || signal.aborted) throw error;
      throw new FetchFailedError(`the answer could not be read: ${(error as Error).message}`);
    }
    return Buffer.concat(chunks);
  }

  private tooLarge(): string {
    return `the answer is larger than ${this.settings.maxBytes} bytes (CLAIMLINE_FETCH_MAX_BYTES)`;
  }
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = (header(response, 'content-encoding') ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}
