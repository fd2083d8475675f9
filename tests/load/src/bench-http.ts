import { request } from 'undici';
import type { Server } from './server.js';

/** A claims list page as the bench reads it. */
export type ClaimPage = { items: unknown[]; nextCursor: string | null; total?: number };

/**
 * GET with the bench user's token; the body's size in bytes. Through undici's `request`, not `fetch`: the SQL side
 * of HTTP/SQL is timed through the bare driver, and fetch's Request, Headers and web streams added 0.4–0.7 ms of
 * the client's own to every request (session 18: /api/auth/me 0.67–1.01 ms by fetch, 0.26–0.39 by request).
 */
export async function httpGet(server: Server, path: string, timeoutMs = 180_000): Promise<number> {
  const res = await request(`${server.base}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = Buffer.from(await res.body.arrayBuffer());
  if (res.statusCode !== 200) throw new Error(`GET ${path} → ${res.statusCode} ${body.toString().slice(0, 300)}`);
  return body.byteLength;
}
