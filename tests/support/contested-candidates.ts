import { addDays } from '../../apps/api/src/analytics/utils/contested-day-pairs';
import { ContestedRepository, type ContestedWindow } from '../../apps/api/src/analytics/contested.repository';
import type { ClaimFiltersDto } from '../../apps/api/src/claims/dto/claim-filters.dto';
import type { TestApp } from './test-app';

type Rows = Record<string, unknown>[];
type Filters = { camp?: string[]; status?: string[] };
type Case = { filters: Filters; window: ContestedWindow; limit: number };

/**
 * The contested candidates of the walk (claim_locations' day/camp/conflict copies, read a span of days at a
 * time and paired in memory) against the same pairs from the base tables: every pair of claims of the
 * conflict at one place, of two camps (the database compares the camp ids, as the walk's ranks do), b on a's
 * day or the day before and inside the window, a on the later day or b's camp after a's; newest day first,
 * then place, a, b; cut at the limit. Cases: windows open at either end or both, starting on a day with
 * data (its previous day outside), camp and status filters, limits that cut inside a day.
 * Returns how many pairs the widest case holds, so a caller can require that there were some.
 */
export async function expectContestedCandidatesExact(testApp: TestApp, conflict = 'libya-2019'): Promise<number> {
  const q = (sql: string, params: unknown[] = []): Promise<Rows> => testApp.dataSource.query(sql, params);
  const repository = new ContestedRepository(testApp.dataSource);
  const [bounds] = await q('SELECT MIN(event_day) AS first, MAX(event_day) AS last FROM claims');
  if (!bounds?.first) return 0;
  const [first, last] = [String(bounds.first), String(bounds.last)];
  const [busiest] = await q(
    `SELECT c.event_day AS day FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id
     GROUP BY c.event_day ORDER BY COUNT(*) DESC, c.event_day LIMIT 1`,
  );
  const middle = String(busiest.day);
  const windows: ContestedWindow[] = [
    { from: null, to: null },
    { from: first, to: last },
    { from: middle, to: last },
    { from: null, to: middle },
    { from: middle, to: null },
    { from: middle, to: middle },
    { from: addDays(middle, -1), to: addDays(middle, 3) },
  ];
  const cases: Case[] = [
    ...windows.flatMap((window) => [1, 3, 10_000].map((limit) => ({ filters: {}, window, limit }))),
    { filters: { camp: ['LNA', 'GNA'] }, window: windows[0], limit: 10_000 },
    { filters: { camp: ['LNA', 'GNA'] }, window: windows[2], limit: 2 },
    { filters: { status: ['unreviewed', 'confirmed'] }, window: windows[0], limit: 10_000 },
    { filters: { status: ['unreviewed'], camp: ['GNA', 'UN', 'LNA'] }, window: windows[6], limit: 5 },
  ];
  const all = await basePairs(q, conflict, {});
  for (const { filters, window, limit } of cases) {
    const want = selectPairs(
      filters.camp || filters.status ? await basePairs(q, conflict, filters) : all,
      window,
      limit,
    );
    const got = await repository.candidates({ ...filters, conflict } as ClaimFiltersDto, window, limit);
    expect({ filters, window, limit, pairs: got }).toEqual({ filters, window, limit, pairs: want });
  }
  return selectPairs(all, windows[0], Number.MAX_SAFE_INTEGER).length;
}

type BasePair = { locationId: number; aId: number; bId: number; aDay: string; bDay: string };

/** Every pair of the conflict's claims at one place, of two camps, b not after a (one camp order on a's day). */
async function basePairs(
  q: (sql: string, params?: unknown[]) => Promise<Rows>,
  conflict: string,
  filters: Filters,
): Promise<BasePair[]> {
  const params: unknown[] = [conflict, conflict];
  let extra = '';
  for (const [column, values] of [
    ['camp_id', filters.camp],
    ['status', filters.status],
  ] as const) {
    if (!values?.length) continue;
    const list = values.map(() => '?').join(', ');
    extra += ` AND a.${column} IN (${list}) AND b.${column} IN (${list})`;
    params.push(...values, ...values);
  }
  const rows = await q(
    `SELECT la.location_id AS location_id, a.id AS a_id, b.id AS b_id, a.event_day AS a_day, b.event_day AS b_day
     FROM claims a
     JOIN claim_locations la ON la.claim_id = a.id
     JOIN claim_locations lb ON lb.location_id = la.location_id
     JOIN claims b ON b.id = lb.claim_id
     WHERE a.conflict_id = ? AND b.conflict_id = ? AND b.camp_id <> a.camp_id AND b.event_day <= a.event_day
       AND (b.event_day < a.event_day OR b.camp_id > a.camp_id)${extra}`,
    params,
  );
  return rows.map((row) => ({
    locationId: Number(row.location_id),
    aId: Number(row.a_id),
    bId: Number(row.b_id),
    aDay: String(row.a_day),
    bDay: String(row.b_day),
  }));
}

/** a inside the window, b on a's day or the day before and not before the window; ordered and cut. */
function selectPairs(pairs: readonly BasePair[], window: ContestedWindow, limit: number) {
  return pairs
    .filter(
      (pair) =>
        (!window.from || pair.aDay >= window.from) &&
        (!window.to || pair.aDay <= window.to) &&
        pair.bDay >= addDays(pair.aDay, -1) &&
        (!window.from || pair.bDay >= window.from),
    )
    .sort(
      (x, y) =>
        (x.aDay < y.aDay ? 1 : x.aDay > y.aDay ? -1 : 0) ||
        x.locationId - y.locationId ||
        x.aId - y.aId ||
        x.bId - y.bId,
    )
    .slice(0, limit)
    .map(({ locationId, aId, bId }) => ({ locationId, aId, bId }));
}
