import type { Server } from './server.js';

/** A claims list page as the bench reads it. */
export type ClaimPage = { items: unknown[]; nextCursor: string | null; total?: number };

/** GET with the bench user's token; the body's size in bytes. */
export async function httpGet(server: Server, path: string, timeoutMs = 180_000): Promise<number> {
  const res = await fetch(`${server.base}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return body.byteLength;
}
