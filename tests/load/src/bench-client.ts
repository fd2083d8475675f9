import { Pool } from 'undici';

/** An answer, its body read whole (a response is measured until its last byte). */
export type Answer = { status: number; body: Buffer };

/**
 * The mixed bench's HTTP client: undici's connection pool and request API, one kept-alive connection per simulated
 * analyst. The load generator shares the machine's two cores with the API and MariaDB, so its own CPU per request is
 * taken from theirs: `fetch` (the same undici behind WHATWG Request, Response and streams) cost it 0.45–0.52 ms per
 * request, a quarter of the machine under the mixed load (docs/benchmarks.md, session 14).
 */
export class BenchClient {
  private readonly pool: Pool;
  private readonly authorization: string;

  constructor(base: string, token: string, connections: number) {
    this.pool = new Pool(base, { connections });
    this.authorization = `Bearer ${token}`;
  }

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  /** `json` is sent as the request's JSON body. */
  async send(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, json?: unknown): Promise<Answer> {
    const { statusCode, body } = await this.pool.request({
      path,
      method,
      headers:
        json === undefined
          ? { authorization: this.authorization }
          : { authorization: this.authorization, 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { status: statusCode, body: Buffer.from(await body.arrayBuffer()) };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
