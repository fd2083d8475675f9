import type { DataSource } from 'typeorm';
import { dataVersion } from '../rollups/data-version.js';
import type { ClaimLocationRow, ClaimNarrativeRow } from './claims.repository.js';

export type ClaimTags = { narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] };

/** Claims whose tags are remembered: a team's pages of the newest claims and its searches, many times over. */
const CLAIM_TAGS_MAX = 50_000;

/**
 * Each listed claim's narratives and places, remembered per claim and claim version. Every change of a claim's
 * narratives or places increments its version (ClaimWriter: PATCH, bulk review, a narrative deleted), and a page's
 * rows, read fresh, carry the version: a claim whose tags changed is read again, by whichever process changed it,
 * while the rest of the page is not. Under a team's load this statement was the largest share of MariaDB's time,
 * and remembering it per page missed almost always: any tag anywhere made every page stale.
 *
 * The rows carry narratives' and places' names and colours too: the memo holds them only while the `names` data
 * version stays (a rename is a transaction nobody declared, which bumps every domain).
 */
export class ClaimTagsMemo {
  private readonly byClaim = new Map<number, { version: number; names: number } & ClaimTags>();
  private readonly enabled = process.env.CLAIMLINE_ANALYTICS_CACHE !== 'off';

  constructor(
    private readonly dataSource: DataSource,
    private readonly max = CLAIM_TAGS_MAX,
  ) {}

  /** The claims' tags, by claim id; `read` is asked only for the claims not remembered at their version. */
  async of(
    claims: readonly { id: number; version: number }[],
    read: (ids: number[]) => Promise<{ narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] }>,
  ): Promise<Map<number, ClaimTags>> {
    // Read before the statement: a rename committed while it runs leaves what it read unremembered.
    const names = dataVersion(this.dataSource, ['names']);
    const found = new Map<number, ClaimTags>();
    const missing: { id: number; version: number }[] = [];
    for (const claim of claims) {
      const known = this.enabled ? this.byClaim.get(claim.id) : undefined;
      if (known && known.version === claim.version && known.names === names) found.set(claim.id, known);
      else missing.push(claim);
    }
    if (!missing.length) return found;
    const { narratives, locations } = await read(missing.map(({ id }) => id));
    for (const { id, version } of missing) {
      const tags: ClaimTags = {
        narratives: narratives.filter((row) => row.claimId === id),
        locations: locations.filter((row) => row.claimId === id),
      };
      found.set(id, tags);
      if (this.enabled) this.remember(id, { version, names, ...tags });
    }
    return found;
  }

  private remember(id: number, entry: { version: number; names: number } & ClaimTags): void {
    this.byClaim.delete(id); // re-inserted last: the oldest entry is the first to go
    if (this.byClaim.size >= this.max) this.byClaim.delete(this.byClaim.keys().next().value as number);
    this.byClaim.set(id, entry);
  }
}
