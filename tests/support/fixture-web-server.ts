import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureResponse = {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
};
export type FixtureHandler = FixtureResponse | ((request: IncomingMessage, response: ServerResponse) => void);

export type FixtureWebServer = {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  /** Serves `path` (path and query, as requested) with this answer from now on. */
  route(path: string, handler: FixtureHandler): void;
  /** Every request received, in order: method, path and the headers that matter to the tests. */
  requests: {
    path: string;
    userAgent: string | undefined;
    ifNoneMatch: string | undefined;
    ifModifiedSince: string | undefined;
  }[];
  close(): Promise<void>;
};

/**
 * A local web server for fetch and feed tests: pages and feeds written for the tests, served on
 * 127.0.0.1 only (no test reaches beyond loopback). Unknown paths answer 404.
 */
export async function startFixtureWebServer(): Promise<FixtureWebServer> {
  const routes = new Map<string, FixtureHandler>();
  const requests: FixtureWebServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({
      path,
      userAgent: request.headers['user-agent'],
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
    });
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof handler === 'function') {
      handler(request, response);
      return;
    }
    response.writeHead(handler.status ?? 200, handler.headers ?? {}).end(handler.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export const html = (body: string): FixtureResponse => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});

export const redirect = (location: string, status = 302): FixtureResponse => ({ status, headers: { location } });
