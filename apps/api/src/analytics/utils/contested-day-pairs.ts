/** An unordered pair candidate: the place and the two claims' ids (a on the later day). */
export type PairIds = { locationId: number; aId: number; bId: number };

/**
 * A claim_locations row as the contested walk reads it: `campRank` is the camp's DENSE_RANK in the
 * database's own ordering of camp_id (its collation: MariaDB compares case-insensitively, SQLite by
 * bytes), so "another camp" and "b's camp after a's" mean here what they meant in SQL.
 */
export type PlaceRow = { claimId: number; locationId: number; day: string; campRank: number };

/** Rows of a day span by day, then place, each place's rows by claim id. */
export type PlaceRowsByDay = Map<string, Map<number, PlaceRow[]>>;

export function groupPlaceRows(rows: readonly PlaceRow[]): PlaceRowsByDay {
  const byDay: PlaceRowsByDay = new Map();
  for (const row of rows) {
    let places = byDay.get(row.day);
    if (!places) byDay.set(row.day, (places = new Map<number, PlaceRow[]>()));
    const list = places.get(row.locationId);
    if (list) list.push(row);
    else places.set(row.locationId, [row]);
  }
  for (const places of byDay.values()) for (const list of places.values()) list.sort(byClaimId);
  return byDay;
}

/**
 * The candidate pairs found on `day`, at most `limit`, exactly as the former per-day self-join of
 * claim_locations returned them (ORDER BY place, a's claim id, b's claim id): a on `day`; b at the same
 * place on `previous` or `day`, of another camp, and either on the earlier day or of a camp after a's,
 * so each same-day pair is found once. `previous` is the day before, or `day` itself on the window's
 * first day. Built in order and stopped at the limit: a busy place's day holds tens of thousands of
 * pairs, which the SQL built and sorted in full before its LIMIT (1 M claims, one month: ~370 ms).
 */
export function pairsOfDay(byDay: PlaceRowsByDay, day: string, previous: string, limit: number): PairIds[] {
  const found: PairIds[] = [];
  const today = byDay.get(day);
  if (!today || limit <= 0) return found;
  const before = previous < day ? byDay.get(previous) : undefined;
  for (const locationId of [...today.keys()].sort((x, y) => x - y)) {
    const sides = today.get(locationId)!;
    const others = mergeByClaimId(sides, before?.get(locationId) ?? []);
    for (const a of sides) {
      for (const b of others) {
        if (b.campRank === a.campRank || (b.day >= a.day && b.campRank < a.campRank)) continue;
        found.push({ locationId, aId: a.claimId, bId: b.claimId });
        if (found.length >= limit) return found;
      }
    }
  }
  return found;
}

const byClaimId = (x: PlaceRow, y: PlaceRow) => x.claimId - y.claimId;

function mergeByClaimId(left: readonly PlaceRow[], right: readonly PlaceRow[]): PlaceRow[] {
  return right.length ? [...left, ...right].sort(byClaimId) : [...left];
}

/** `day` moved by `delta` calendar days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}
