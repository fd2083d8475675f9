/**
 * Opaque keyset cursors for the claims list: base64url of the last row's sort key and id.
 * The sort is inside the cursor so that a cursor from one ordering is never applied to another.
 */
export const CLAIM_SORTS = ['eventDate', '-eventDate', 'createdAt', '-createdAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export type ClaimCursor = { sort: ClaimSort; key: string; id: number };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** created_at as the database compares it: 'YYYY-MM-DD HH:MM:SS' with optional milliseconds. */
const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;

export function encodeCursor(cursor: ClaimCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this API issued for the given sort. */
export function decodeCursor(value: string, sort: ClaimSort): ClaimCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(value)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [cursorSort, key, id] = parsed as unknown[];
  if (cursorSort !== sort || typeof key !== 'string' || !Number.isSafeInteger(id) || (id as number) < 1) return null;
  const pattern = sort.endsWith('eventDate') ? DAY : DATETIME;
  if (!pattern.test(key)) return null;
  return { sort, key, id: id as number };
}

/** A datetime column's value as both dialects compare it (SQLite stores text; mysql2 returns a local-time Date). */
export function toSortableDatetime(value: Date | string): string {
  if (typeof value === 'string') return value.replace('T', ' ').replace(/Z$/, '');
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())} ` +
    `${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}.${pad(value.getMilliseconds(), 3)}`
  );
}
