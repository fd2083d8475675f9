import type { DataSource } from 'typeorm';
import { dataVersion } from '../rollups/data-version.js';
import type { ClaimLocationRow, ClaimNarrativeRow } from './claims.repository.js';

export type ClaimTags = { narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] };

/** Claims whose tags are remembered: a team's pages of the newest claims and its searches, many times over. */
const CLAIM_TAGS_MAX = 50_000;
/**
 * How long a claim's tags may miss a rename made by another process without Redis (the bound of every memo,
 * rollups/versioned-memo.ts). A change of the tags themselves is seen at once: the version is read with the rows.
 */
const CLAIM_TAGS_TTL_MS = 30_000;

type Entry = { version: number; names: number; storedAt: number } & ClaimTags;

/**
 * Each listed claim's narratives and places, remembered per claim and claim version. Every change of a claim's
 * narratives or places increments its version (ClaimWriter: PATCH, bulk review, a narrative deleted), and a page's
 * rows, read fresh, carry the version: a claim whose tags changed is read again, by whichever process changed it,
 * while the rest of the page is not. Under a team's load this statement was the largest share of MariaDB's time,
 * and remembering it per page missed almost always: any tag anywhere made every page stale.
 *
 * The rows carry narratives' and places' names and colours too: the memo holds them only while the `names` data
 * version stays (a rename is a transaction nobody declared, which bumps every domain; another process's reaches this
 * one through Redis) and 30 s at most (another process's rename without Redis).
 */
export class ClaimTagsMemo {
  private readonly byClaim = new Map<number, Entry>();
  private readonly enabled = process.env.CLAIMLINE_ANALYTICS_CACHE !== 'off';

  constructor(
    private readonly dataSource: DataSource,
    private readonly max = CLAIM_TAGS_MAX,
    private readonly now: () => number = Date.now,
  ) {}

  /** The claims' tags, by claim id; `read` is asked only for the claims not remembered at their version. */
  async of(
    claims: readonly { id: number; version: number }[],
    read: (ids: number[]) => Promise<{ narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] }>,
  ): Promise<Map<number, ClaimTags>> {
    // Read before the statement: a rename committed while it runs leaves what it read unremembered.
    const names = dataVersion(this.dataSource, ['names']);
    const fresh = this.now() - CLAIM_TAGS_TTL_MS;
    const found = new Map<number, ClaimTags>();
    const missing: { id: number; version: number }[] = [];
    for (const claim of claims) {
      const known = this.enabled ? this.byClaim.get(claim.id) : undefined;
      if (known && known.version === claim.version && known.names === names && known.storedAt > fresh)
        found.set(claim.id, known);
      else missing.push(claim);
    }
    if (!missing.length) return found;
    const storedAt = this.now();
    const { narratives, locations } = await read(missing.map(({ id }) => id));
    for (const { id, version } of missing) {
      const tags: ClaimTags = {
        narratives: narratives.filter((row) => row.claimId === id),
        locations: locations.filter((row) => row.claimId === id),
      };
      found.set(id, tags);
      if (this.enabled) this.remember(id, { version, names, storedAt, ...tags });
    }
    return found;
  }

  private remember(id: number, entry: Entry): void {
    this.byClaim.delete(id); // re-inserted last: the oldest entry is the first to go
    if (this.byClaim.size >= this.max) this.byClaim.delete(this.byClaim.keys().next().value as number);
    this.byClaim.set(id, entry);
  }
}
