import { escapeCell } from '../csv/escape-cell.js';
import { listCells } from './csv-records.js';

const NARRATIVE = 'n';
const PLACE = 'p';
const LINK_IN = 'i';

/**
 * One row of a batch's lists as MariaDB returns it (mysql2 `rowsAsArray`): the ids only, no names and no
 * GROUP_CONCAT. Building the lists here is several times cheaper than MariaDB's per-claim GROUP_CONCAT …
 * ORDER BY over a join (1 M claims: ~2 s of raw rows instead of ~10 s of aggregation). Kinds: 'n'arrative,
 * 'p'lace, 'o'utgoing and 'i'ncoming link; letters, as an integer literal in a UNION would come back as a
 * BIGINT, which mysql2 gives as a string here.
 */
export type ClaimListRow =
  | [kind: 'n', claimId: number, narrativeId: number, otherClaimId: null, relation: null]
  | [kind: 'p', claimId: number, locationId: number, otherClaimId: null, relation: null]
  | [kind: 'o' | 'i', claimId: number, linkId: number, otherClaimId: number, relation: string];

/**
 * Narrative or place names by id, with each one's position in MariaDB's `ORDER BY name_en`: lists are
 * sorted by that rank, so they come in the database collation's order (which a JavaScript sort of the
 * names would not reproduce) as the former `GROUP_CONCAT(… ORDER BY name_en)` gave them.
 */
export type RankedNames = ReadonlyMap<number, { rank: number; en: string; ar: string }>;

/** Builds `RankedNames` from rows read `ORDER BY name_en`. */
export function rankNames(rows: readonly { id: number | string; name_en: string; name_ar: string }[]): RankedNames {
  return new Map(rows.map((row, rank) => [Number(row.id), { rank, en: row.name_en, ar: row.name_ar }]));
}

/** Whether a row names a narrative or place created after the names were read (the caller reads them again). */
export function namesMissing(rows: readonly ClaimListRow[], narratives: RankedNames, places: RankedNames): boolean {
  for (const row of rows) {
    if (row[0] === NARRATIVE && !narratives.has(row[2])) return true;
    if (row[0] === PLACE && !places.has(row[2])) return true;
  }
  return false;
}

/**
 * The `narratives,places,places_ar` cells (claim id → CSV fragment) and the `links` cell of each claim
 * in the rows: names joined by '; ' in name order; links as "contradicts #12" in link id order, both
 * directions together (a link from a claim to itself: outgoing first).
 */
export function claimListCells(
  rows: readonly ClaimListRow[],
  narratives: RankedNames,
  places: RankedNames,
): { lists: Map<number, string>; links: Map<number, string> } {
  const order = sortedByClaim(rows, narratives, places);
  const lists = new Map<number, string>();
  const links = new Map<number, string>();
  let i = 0;
  while (i < order.length) {
    const claimId = rows[order[i]][1];
    let narrativeNames: string | null = null;
    let placeNames: string | null = null;
    let placeNamesAr: string | null = null;
    let linkItems: string | null = null;
    for (; i < order.length && rows[order[i]][1] === claimId; i++) {
      const row = rows[order[i]];
      if (row[0] === NARRATIVE) {
        const name = narratives.get(row[2])?.en ?? '';
        narrativeNames = narrativeNames === null ? name : narrativeNames + '; ' + name;
      } else if (row[0] === PLACE) {
        const place = places.get(row[2]);
        placeNames = placeNames === null ? (place?.en ?? '') : placeNames + '; ' + (place?.en ?? '');
        placeNamesAr = placeNamesAr === null ? (place?.ar ?? '') : placeNamesAr + '; ' + (place?.ar ?? '');
      } else {
        const item = row[4] + ' #' + row[3];
        linkItems = linkItems === null ? item : linkItems + '; ' + item;
      }
    }
    if (narrativeNames !== null || placeNames !== null)
      lists.set(claimId, listCells(narrativeNames, placeNames, placeNamesAr));
    if (linkItems !== null) links.set(claimId, escapeCell(linkItems));
  }
  return { lists, links };
}

/**
 * Row positions ordered by claim, then narratives, places and links; each by name rank (links by id, outgoing
 * before incoming). The second key is computed once per row, so the comparator does no map look-up.
 */
function sortedByClaim(rows: readonly ClaimListRow[], narratives: RankedNames, places: RankedNames): Uint32Array {
  const within = new Float64Array(rows.length);
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    order[i] = i;
    if (row[0] === NARRATIVE) within[i] = narratives.get(row[2])?.rank ?? 0;
    else if (row[0] === PLACE) within[i] = GROUP_STRIDE + (places.get(row[2])?.rank ?? 0);
    else within[i] = 2 * GROUP_STRIDE + row[2] * 2 + (row[0] === LINK_IN ? 1 : 0);
  }
  return order.sort((a, b) => rows[a][1] - rows[b][1] || within[a] - within[b]);
}

/** Above any name rank or link id (2^40: link ids × 2 stay exact in a double far beyond that). */
const GROUP_STRIDE = 2 ** 40;
