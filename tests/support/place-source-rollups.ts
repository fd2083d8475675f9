import request from 'supertest';
import type { TestApp } from './test-app';

type Rows = Record<string, unknown>[];
type Headers = { Authorization: string };
type Filters = { camp?: string[]; status?: string[]; source?: number[]; from?: string; to?: string };

/**
 * claim_place_counts_monthly / claim_source_counts_monthly and the claim_locations conflict/status
 * copies equal the claims they summarise, and the map, blindspots and top sources endpoints (answered
 * from those rollups for conflict/camp/status/source/from/to filters) return what GROUP BY over the
 * claims table says, for filter sets whose from/to windows cut months (edge days) or lie inside one.
 * Called by tests/integration/rollups.spec.ts after every kind of write.
 */
export async function expectPlaceAndSourceRollupsExact(testApp: TestApp, as: Headers): Promise<void> {
  const q = (sql: string, params: unknown[] = []): Promise<Rows> => testApp.dataSource.query(sql, params);
  const get = async (url: string) => (await request(testApp.server).get(url).set(as).expect(200)).body;
  const lines = (rows: Rows) => rows.map((row) => Object.values(row).map(String).join('|'));

  expect(
    lines(
      await q(
        'SELECT conflict_id, location_id, camp_id, event_month, status, n FROM claim_place_counts_monthly WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5',
      ),
    ),
  ).toEqual(
    lines(
      await q(`SELECT c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status, COUNT(*) AS n
               FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id
               GROUP BY c.conflict_id, cl.location_id, c.camp_id, c.event_month, c.status ORDER BY 1, 2, 3, 4, 5`),
    ),
  );
  expect(
    lines(
      await q(
        'SELECT conflict_id, location_id, camp_id, status, n FROM claim_place_counts_total WHERE n <> 0 ORDER BY 1, 2, 3, 4',
      ),
    ),
  ).toEqual(
    lines(
      await q(`SELECT c.conflict_id, cl.location_id, c.camp_id, c.status, COUNT(*) AS n
               FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id
               GROUP BY c.conflict_id, cl.location_id, c.camp_id, c.status ORDER BY 1, 2, 3, 4`),
    ),
  );
  expect(
    lines(
      await q(
        'SELECT conflict_id, source_id, camp_id, event_month, status, n FROM claim_source_counts_monthly WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5',
      ),
    ),
  ).toEqual(
    lines(
      await q(`SELECT c.conflict_id, COALESCE(c.source_id, 0) AS s, c.camp_id, c.event_month, c.status, COUNT(*) AS n
               FROM claims c GROUP BY c.conflict_id, COALESCE(c.source_id, 0), c.camp_id, c.event_month, c.status
               ORDER BY 1, 2, 3, 4, 5`),
    ),
  );
  expect(
    lines(
      await q(
        'SELECT conflict_id, camp_id, event_week, source_id, status, date_precision, n FROM claim_source_counts_weekly WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6',
      ),
    ),
  ).toEqual(
    lines(
      await q(`SELECT c.conflict_id, c.camp_id, c.event_week, COALESCE(c.source_id, 0) AS s, c.status, c.date_precision, COUNT(*) AS n
               FROM claims c GROUP BY c.conflict_id, c.camp_id, c.event_week, COALESCE(c.source_id, 0), c.status, c.date_precision
               ORDER BY 1, 2, 3, 4, 5, 6`),
    ),
  );
  const [stale] = await q(`SELECT COUNT(*) AS n FROM claim_locations cl JOIN claims c ON c.id = cl.claim_id
                           WHERE cl.conflict_id IS NULL OR cl.status IS NULL OR cl.conflict_id <> c.conflict_id OR cl.status <> c.status`);
  expect(Number(stale.n)).toBe(0);

  const [span] = await q(
    'SELECT MIN(conflict_id) AS conflict, MIN(event_day) AS lo, MAX(event_day) AS hi FROM claims WHERE conflict_id = (SELECT MIN(conflict_id) FROM claims)',
  );
  const conflict = String(span.conflict);
  const [lo, hi] = [String(span.lo), String(span.hi)];
  const [topSource] = await q(
    'SELECT source_id AS id FROM claims WHERE source_id IS NOT NULL GROUP BY source_id ORDER BY COUNT(*) DESC, source_id LIMIT 1',
  );
  const filterSets: Filters[] = [
    {},
    { camp: ['LNA', 'GNA'], status: ['unreviewed', 'confirmed', 'single-source'] },
    // Starts and ends mid-month: whole months from the monthly rows, both edges from the day rows.
    { from: `${lo.slice(0, 7)}-02`, to: `${hi.slice(0, 7)}-15` },
    // Inside one month: edge days only.
    { from: `${lo.slice(0, 7)}-03`, to: `${lo.slice(0, 7)}-28`, status: ['unreviewed', 'confirmed'] },
    // Open-ended, cutting the first month.
    { from: `${lo.slice(0, 7)}-10`, camp: ['LNA'] },
    { to: `${hi.slice(0, 7)}-20`, source: [Number(topSource.id)] },
    { from: `${lo.slice(0, 7)}-02`, to: `${hi.slice(0, 7)}-15`, source: [Number(topSource.id)], camp: ['LNA', 'GNA'] },
  ];
  // Not a comparison of two empty answers: the seed's claims name places and sources.
  expect(Number((await q('SELECT COUNT(*) AS n FROM claim_place_counts_monthly WHERE n > 0'))[0].n)).toBeGreaterThan(0);
  expect(
    Number((await q('SELECT COUNT(*) AS n FROM claim_source_counts_monthly WHERE source_id > 0 AND n > 0'))[0].n),
  ).toBeGreaterThan(0);
  for (const filters of filterSets) {
    const [where, params] = claimsWhere(conflict, filters);
    const query = queryString(conflict, filters);
    const context = JSON.stringify(filters);

    if (!filters.source) {
      const places = (await get(`/api/analytics/places?${query}`)).items as {
        id: number;
        counts: Record<string, number>;
      }[];
      const drawable = 'l.lat IS NOT NULL AND l.lon IS NOT NULL AND NOT (l.lat = 0 AND l.lon = 0)';
      const placeRows = await q(
        `SELECT cl.location_id AS id, c.camp_id AS camp, COUNT(*) AS n
         FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id JOIN locations l ON l.id = cl.location_id
         WHERE ${where} AND ${drawable} GROUP BY cl.location_id, c.camp_id`,
        params,
      );
      expect({
        context,
        places: places.flatMap((p) => Object.entries(p.counts).map(([camp, n]) => `${p.id}|${camp}|${n}`)).sort(),
      }).toEqual({
        context,
        places: lines(placeRows).sort(),
      });

      for (const ignoreUnknown of [true, false]) {
        const blindspots = await get(`/api/analytics/blindspots?${query}&ignoreUnknown=${ignoreUnknown}&limit=50`);
        const spots = blindspots.places as {
          location: { id: number };
          camp: string;
          claims: number;
        }[];
        const spotRows = await q(
          `SELECT cl.location_id AS id, MIN(c.camp_id) AS camp, COUNT(*) AS n
           FROM claims c JOIN claim_locations cl ON cl.claim_id = c.id
           WHERE ${where}${ignoreUnknown ? " AND c.camp_id <> 'UNKNOWN'" : ''}
           GROUP BY cl.location_id HAVING COUNT(DISTINCT c.camp_id) = 1 ORDER BY 3 DESC, 1 LIMIT 50`,
          params,
        );
        expect({ context, ignoreUnknown, spots: spots.map((s) => `${s.location.id}|${s.camp}|${s.claims}`) }).toEqual({
          context,
          ignoreUnknown,
          spots: lines(spotRows),
        });
        const narrativeSpots = blindspots.narratives as { narrative: { id: number }; camp: string; claims: number }[];
        const narrativeRows = await q(
          `SELECT cn.narrative_id AS id, MIN(c.camp_id) AS camp, COUNT(*) AS n
           FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id
           WHERE ${where}${ignoreUnknown ? " AND c.camp_id <> 'UNKNOWN'" : ''}
           GROUP BY cn.narrative_id HAVING COUNT(DISTINCT c.camp_id) = 1 ORDER BY 3 DESC, 1 LIMIT 50`,
          params,
        );
        expect({
          context,
          ignoreUnknown,
          narratives: narrativeSpots.map((s) => `${s.narrative.id}|${s.camp}|${s.claims}`),
        }).toEqual({ context, ignoreUnknown, narratives: lines(narrativeRows) });
      }
    }

    const sources = (await get(`/api/analytics/top-sources?${query}&limit=50`)).sources as {
      sourceId: number;
      camp: string;
      claims: number;
    }[];
    const sourceRows = await q(
      `SELECT c.source_id AS id, s.camp_id AS camp, COUNT(*) AS n FROM claims c JOIN sources s ON s.id = c.source_id
       WHERE ${where} GROUP BY c.source_id, s.camp_id ORDER BY 3 DESC, 1 LIMIT 50`,
      params,
    );
    expect({ context, sources: sources.map((s) => `${s.sourceId}|${s.camp}|${s.claims}`) }).toEqual({
      context,
      sources: lines(sourceRows),
    });

    // The claims list's first-page total (a source filter reads the monthly source rollup).
    const [listed] = await q(`SELECT COUNT(*) AS n FROM claims c WHERE ${where}`, params);
    expect({ context, total: (await get(`/api/claims?limit=1&${query}`)).total }).toEqual({
      context,
      total: Number(listed.n),
    });
    if (filters.source) continue;
    // One place's or one narrative's total, from the monthly place and narrative rollups (edge days from
    // claim_locations and the daily narrative rollup), for the most named ones.
    const mostNamed = async (table: string, column: string) =>
      q(
        `SELECT t.${column} AS id FROM ${table} t JOIN claims c ON c.id = t.claim_id WHERE c.conflict_id = ?
         GROUP BY t.${column} ORDER BY COUNT(*) DESC, t.${column} LIMIT 3`,
        [conflict],
      );
    for (const [key, table, column] of [
      ['location', 'claim_locations', 'location_id'],
      ['narrative', 'claim_narratives', 'narrative_id'],
    ] as const) {
      const ids = (await mostNamed(table, column)).map((row) => Number(row.id));
      for (const id of ids) {
        const [counted] = await q(
          `SELECT COUNT(*) AS n FROM claims c JOIN ${table} t ON t.claim_id = c.id WHERE ${where} AND t.${column} = ?`,
          [...params, id],
        );
        const total = (await get(`/api/claims?limit=1&${query}&${key}=${id}`)).total;
        expect({ context, key, id, total }).toEqual({ context, key, id, total: Number(counted.n) });
      }
    }
  }
}

/** The filters as a WHERE over `claims c`, as applyClaimFilters writes them. */
function claimsWhere(conflict: string, filters: Filters): [string, unknown[]] {
  const parts = ['c.conflict_id = ?'];
  const params: unknown[] = [conflict];
  const inList = (column: string, values: readonly unknown[]) => {
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filters.camp) inList('c.camp_id', filters.camp);
  if (filters.status) inList('c.status', filters.status);
  if (filters.source) inList('c.source_id', filters.source);
  if (filters.from) {
    parts.push('c.event_day >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push('c.event_day <= ?');
    params.push(filters.to);
  }
  return [parts.join(' AND '), params];
}

function queryString(conflict: string, filters: Filters): string {
  const entries = Object.entries(filters).map(([key, value]) => [
    key,
    Array.isArray(value) ? value.join(',') : String(value),
  ]);
  return new URLSearchParams([['conflict', conflict], ...entries]).toString();
}
