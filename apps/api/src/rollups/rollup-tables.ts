/**
 * The claim rollups as data: each table's primary key, what it carries beside it and what it counts. The set-based
 * SQL that adds new claims (rollups.repository.ts) and the net change a write applies (rollup-delta.ts) are both
 * derived from these definitions, so the two cannot disagree about a table.
 *
 * The order is the lock order: every writer upserts the tables in this order, and each table's rows in primary-key
 * order, so two writers meeting on the same rows wait for each other instead of deadlocking.
 */

/** A column of a rollup key, named as in the rollup tables. */
export type RollupDimension =
  | 'conflict_id'
  | 'event_day'
  | 'event_week'
  | 'event_month'
  | 'camp_id'
  | 'source_id'
  | 'status'
  | 'date_precision'
  | 'narrative_id'
  | 'location_id';

export interface RollupTable {
  readonly name: string;
  /** The primary key, in its order. */
  readonly key: readonly RollupDimension[];
  /** Copied along (a function of the key's day, so any claim of the row gives the same). */
  readonly carried?: readonly ('event_week' | 'event_month')[];
  /** Counted once per narrative or place of a claim (claims ⋈ claim_narratives / claim_locations). */
  readonly per?: 'narrative' | 'place';
  /** Keeps, beside n, how many of the claims carry at least one narrative. */
  readonly tagged?: boolean;
  /**
   * A finer rollup earlier in the list whose columns hold this one's key: rebuild() sums that table's rows instead of
   * grouping every claim again (at 1 M claims a few hundred thousand rows instead of a million claims and their joins).
   */
  readonly sumOf?: string;
}

const DAY_CARRIES = ['event_week', 'event_month'] as const;

export const ROLLUP_TABLES: readonly RollupTable[] = [
  {
    name: 'claim_counts_daily',
    key: ['conflict_id', 'event_day', 'camp_id', 'source_id', 'status', 'date_precision'],
    carried: DAY_CARRIES,
    tagged: true,
  },
  // The same without the source: every count that neither filters nor groups by source reads it.
  {
    name: 'claim_camp_counts_daily',
    key: ['conflict_id', 'event_day', 'camp_id', 'status', 'date_precision'],
    carried: DAY_CARRIES,
    tagged: true,
    sumOf: 'claim_counts_daily',
  },
  // By week: the weekly series by camp or status without a window.
  {
    name: 'claim_camp_counts_weekly',
    key: ['conflict_id', 'event_week', 'camp_id', 'status', 'date_precision'],
    tagged: true,
    sumOf: 'claim_counts_daily',
  },
  // Per source, camp first: the weekly source series of one camp reads one range.
  {
    name: 'claim_source_counts_weekly',
    key: ['conflict_id', 'camp_id', 'event_week', 'source_id', 'status', 'date_precision'],
    sumOf: 'claim_counts_daily',
  },
  {
    name: 'claim_narrative_counts_daily',
    key: ['conflict_id', 'event_day', 'camp_id', 'narrative_id', 'status', 'date_precision'],
    carried: DAY_CARRIES,
    per: 'narrative',
  },
  // The monthly sums; no source column (list totals by camp or status, the narrative share).
  {
    name: 'claim_counts_monthly',
    key: ['conflict_id', 'event_month', 'camp_id', 'status'],
    tagged: true,
    sumOf: 'claim_counts_daily',
  },
  {
    name: 'claim_narrative_counts_monthly',
    key: ['conflict_id', 'event_month', 'camp_id', 'narrative_id', 'status'],
    per: 'narrative',
    sumOf: 'claim_narrative_counts_daily',
  },
  // Without the month, narrative first: a whole conflict's share, blindspots, one narrative's total.
  {
    name: 'claim_narrative_counts_total',
    key: ['conflict_id', 'narrative_id', 'camp_id', 'status'],
    per: 'narrative',
    sumOf: 'claim_narrative_counts_daily',
  },
  // Per month without camp and status: a whole conflict's month chart by narrative.
  {
    name: 'claim_narrative_counts_by_month',
    key: ['conflict_id', 'event_month', 'narrative_id'],
    per: 'narrative',
    sumOf: 'claim_narrative_counts_daily',
  },
  {
    name: 'claim_place_counts_monthly',
    key: ['conflict_id', 'location_id', 'camp_id', 'event_month', 'status'],
    per: 'place',
  },
  // Without the month: the map and blindspot places of a whole conflict.
  {
    name: 'claim_place_counts_total',
    key: ['conflict_id', 'location_id', 'camp_id', 'status'],
    per: 'place',
    sumOf: 'claim_place_counts_monthly',
  },
  {
    name: 'claim_source_counts_monthly',
    key: ['conflict_id', 'source_id', 'camp_id', 'event_month', 'status'],
    sumOf: 'claim_counts_daily',
  },
];

/** The expression over `claims c` (joined to `claim_narratives cn` or `claim_locations cl`) a dimension is. */
function dimensionSql(dimension: RollupDimension): string {
  if (dimension === 'source_id') return 'COALESCE(c.source_id, 0)'; // 0: no source (a key column cannot be NULL)
  if (dimension === 'narrative_id') return 'cn.narrative_id';
  if (dimension === 'location_id') return 'cl.location_id';
  return `c.${dimension}`;
}

/**
 * The claims matching `where` (over `claims c`) as rows of `table`: grouped by its key, in key order, the columns in
 * insertedColumns() order.
 */
export function groupClaimsSql(table: RollupTable, where: string): string {
  const key = table.key.map(dimensionSql);
  const carried = table.carried ?? [];
  const join =
    table.per === 'narrative'
      ? 'JOIN claim_narratives cn ON cn.claim_id = c.id'
      : table.per === 'place'
        ? 'JOIN claim_locations cl ON cl.claim_id = c.id'
        : '';
  const counts = ['COUNT(*)'];
  if (table.tagged)
    counts.push('SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END)');
  return `SELECT ${[...key, ...carried.map((column) => `MIN(c.${column})`), ...counts].join(', ')}
    FROM claims c ${join} WHERE ${where}
    GROUP BY ${key.join(', ')} ORDER BY ${key.join(', ')}`;
}

/** The INSERT … SELECT that adds the claims matching `where` to `table`, each group to the row already there. */
export function addClaimsSql(table: RollupTable, where: string, sqlite: boolean): string {
  return `INSERT INTO ${table.name} (${insertedColumns(table).join(', ')})
    ${groupClaimsSql(table, where)}
    ${addToExisting(table, sqlite)}`;
}

/**
 * rebuild()'s statement for a table with `sumOf`: the `finer` table's rows (just rebuilt, so none of them zero) summed
 * by this table's key. Every column of the key is a column of the finer table, under the same name.
 */
export function sumOfFinerSql(table: RollupTable, finer: string): string {
  const carried = table.carried ?? [];
  const sums = ['SUM(f.n)', ...(table.tagged ? ['SUM(f.tagged)'] : [])];
  const key = table.key.map((column) => `f.${column}`);
  return `INSERT INTO ${table.name} (${insertedColumns(table).join(', ')})
    SELECT ${[...key, ...carried.map((column) => `MIN(f.${column})`), ...sums].join(', ')}
    FROM ${finer} f GROUP BY ${key.join(', ')} ORDER BY ${key.join(', ')}`;
}

/** The columns an insert into `table` names, in the order its values come. */
export function insertedColumns(table: RollupTable): string[] {
  return [...rowColumns(table), 'n', ...(table.tagged ? ['tagged'] : [])];
}

/** A row's key and carried columns: what identifies it, before its counts. */
export function rowColumns(table: RollupTable): RollupDimension[] {
  return [...table.key, ...(table.carried ?? [])];
}

/** The clause that adds inserted rows to the rows already there under the same primary key. */
export function addToExisting(table: RollupTable, sqlite: boolean): string {
  if (sqlite)
    return `ON CONFLICT (${table.key.join(', ')}) DO UPDATE SET n = n + excluded.n${table.tagged ? ', tagged = tagged + excluded.tagged' : ''}`;
  return `ON DUPLICATE KEY UPDATE n = n + VALUES(n)${table.tagged ? ', tagged = tagged + VALUES(tagged)' : ''}`;
}
