import { ROLLUP_TABLES, rowColumns, type RollupTable } from './rollup-tables.js';

/** A claim as the rollups count it: every column a rollup key is made of, with its narratives and places. */
export interface CountedClaim {
  readonly id: number;
  readonly conflict_id: string;
  readonly event_day: string;
  readonly event_week: string;
  readonly event_month: string;
  readonly camp_id: string;
  /** 0: no source. */
  readonly source_id: number;
  readonly status: string;
  readonly date_precision: string;
  readonly narratives: readonly number[];
  readonly places: readonly number[];
}

type KeyValue = string | number;

/** One rollup row's change: its key and carried values, in insertedColumns() order before the counts. */
export interface RollupRowChange {
  readonly values: readonly KeyValue[];
  readonly n: number;
  readonly tagged: number;
}

/**
 * What writing the claims from `before` to `after` changes in each rollup table, in lock order (ROLLUP_TABLES),
 * each table's rows in primary-key order; rows and tables that do not change are left out. A tag added to a claim
 * already tagged changes the four narrative rollups by one row each, and nothing else.
 */
export function rollupChanges(
  before: readonly CountedClaim[],
  after: readonly CountedClaim[],
): { table: RollupTable; rows: RollupRowChange[] }[] {
  const changes: { table: RollupTable; rows: RollupRowChange[] }[] = [];
  for (const table of ROLLUP_TABLES) {
    const rows = new Map<string, { values: KeyValue[]; n: number; tagged: number }>();
    const count = (claims: readonly CountedClaim[], sign: 1 | -1) => {
      for (const claim of claims)
        for (const values of rowValues(table, claim)) {
          const id = JSON.stringify(values.slice(0, table.key.length));
          const row = rows.get(id) ?? { values, n: 0, tagged: 0 };
          row.n += sign;
          if (claim.narratives.length) row.tagged += sign;
          rows.set(id, row);
        }
    };
    count(before, -1);
    count(after, 1);
    const changed = [...rows.values()]
      .filter((row) => row.n !== 0 || (table.tagged && row.tagged !== 0))
      .map((row) => ({ values: row.values, n: row.n, tagged: table.tagged ? row.tagged : 0 }))
      .sort((a, b) => compareKeys(a.values, b.values, table.key.length));
    if (changed.length) changes.push({ table, rows: changed });
  }
  return changes;
}

/**
 * The narratives some claim gained or lost between the two reads, ascending: which claims carry any other narrative
 * is as it was (the `narratives` data version's keys, data-version.ts).
 */
export function narrativesRetagged(before: readonly CountedClaim[], after: readonly CountedClaim[]): number[] {
  const changed = new Set<number>();
  const now = new Map(after.map((claim) => [claim.id, claim.narratives]));
  const was = new Map(before.map((claim) => [claim.id, claim.narratives]));
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const old = was.get(id) ?? [];
    const current = now.get(id) ?? [];
    for (const narrative of old) if (!current.includes(narrative)) changed.add(narrative);
    for (const narrative of current) if (!old.includes(narrative)) changed.add(narrative);
  }
  return [...changed].sort((a, b) => a - b);
}

/** The claims whose claim_locations copies (conflict, day, camp, status) or places differ between the two reads. */
export function claimsWithStaleLocationCopies(
  before: readonly CountedClaim[],
  after: readonly CountedClaim[],
): number[] {
  const was = new Map(before.map((claim) => [claim.id, claim]));
  return after
    .filter((claim) => {
      const old = was.get(claim.id);
      if (!old || claim.places.length === 0) return claim.places.length > 0;
      return (
        old.conflict_id !== claim.conflict_id ||
        old.event_day !== claim.event_day ||
        old.camp_id !== claim.camp_id ||
        old.status !== claim.status ||
        !sameMembers(old.places, claim.places)
      );
    })
    .map((claim) => claim.id);
}

/** The claims now in a (conflict, event month) they were not in: the creation bounds must widen to them. */
export function claimsInAnotherMonth(before: readonly CountedClaim[], after: readonly CountedClaim[]): number[] {
  const was = new Map(before.map((claim) => [claim.id, claim]));
  return after
    .filter((claim) => {
      const old = was.get(claim.id);
      return !old || old.conflict_id !== claim.conflict_id || old.event_month !== claim.event_month;
    })
    .map((claim) => claim.id);
}

/** The values (key, then carried) of each row of `table` a claim counts in: one, or one per narrative or place. */
function rowValues(table: RollupTable, claim: CountedClaim): KeyValue[][] {
  const columns = rowColumns(table);
  const fanOut = table.per === 'narrative' ? claim.narratives : table.per === 'place' ? claim.places : [null];
  return fanOut.map((ref) =>
    columns.map((column) => {
      if (column === 'narrative_id' || column === 'location_id') return ref as number;
      return claim[column];
    }),
  );
}

function compareKeys(a: readonly KeyValue[], b: readonly KeyValue[], length: number): number {
  for (let i = 0; i < length; i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return 0;
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((value) => set.has(value));
}
