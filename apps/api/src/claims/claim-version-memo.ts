import type { DataSource } from 'typeorm';
import { dataVersion } from '../rollups/data-version.js';

/** A claim as a page lists it: its id and the version its row has now. */
export type ClaimVersion = { id: number; version: number };

/**
 * How long an entry may miss a rename made by another process without Redis (the bound of every memo,
 * rollups/versioned-memo.ts). A change of the claim itself is seen at once: its version is read fresh.
 */
const CLAIM_MEMO_TTL_MS = 30_000;

type Entry<T> = { version: number; names: number; storedAt: number; value: T };

/**
 * Something read for each listed claim (its row, its narratives and places), remembered per claim and claim
 * version. Every change of a claim makes a new version of it (ClaimWriter and claim-writes.repository.ts: PATCH,
 * bulk review, a regrade, a narrative deleted, a source merged or moved to another camp), and a page reads its
 * claims' versions fresh: a claim that changed is read again, by whichever process changed it, while the rest of
 * the page is not.
 *
 * What is read beside the claim (a source's, a narrative's or a place's name, a story's outlet count) changes only in
 * transactions nobody declared, which bump every data version: entries are kept only while the `names` version
 * stays (another process's change reaches this one through Redis), and 30 s at most (another process without Redis).
 */
export class ClaimVersionMemo<T> {
  private readonly byClaim = new Map<number, Entry<T>>();
  private readonly enabled = process.env.CLAIMLINE_ANALYTICS_CACHE !== 'off';

  constructor(
    private readonly dataSource: DataSource,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The claims' values, by claim id; `read` is asked only for the claims not remembered at their version. */
  async of(
    claims: readonly ClaimVersion[],
    read: (missing: ClaimVersion[]) => Promise<Map<number, T>>,
  ): Promise<Map<number, T>> {
    // Read before the statement: a rename committed while it runs leaves what it read unremembered.
    const names = this.namesVersion();
    const fresh = this.now() - CLAIM_MEMO_TTL_MS;
    const found = new Map<number, T>();
    const missing: ClaimVersion[] = [];
    for (const claim of claims) {
      const known = this.enabled ? this.byClaim.get(claim.id) : undefined;
      if (known && known.version === claim.version && known.names === names && known.storedAt > fresh)
        found.set(claim.id, known.value);
      else missing.push(claim);
    }
    if (!missing.length) return found;
    const storedAt = this.now();
    const values = await read(missing);
    for (const { id, version } of missing) {
      const value = values.get(id);
      if (value === undefined) continue; // deleted since its version was read
      found.set(id, value);
      if (this.enabled) this.remember(id, { version, names, storedAt, value });
    }
    return found;
  }

  /** What to store values under that are read from now on: read it before the statement that reads them. */
  namesVersion(): number {
    return dataVersion(this.dataSource, ['names']);
  }

  /**
   * Values read with their claims' versions by another statement (a page read whole), under `namesVersion()`. Returns
   * the values to use, in their order: the one already remembered where it is current (the same claim version and
   * names), so a claim keeps one value, and what is made from it (its JSON) stays valid, however often it is read.
   */
  store(names: number, values: readonly { id: number; version: number; value: T }[]): T[] {
    if (!this.enabled) return values.map(({ value }) => value);
    const storedAt = this.now();
    const fresh = storedAt - CLAIM_MEMO_TTL_MS;
    return values.map(({ id, version, value }) => {
      const known = this.byClaim.get(id);
      if (known && known.version === version && known.names === names && known.storedAt > fresh) return known.value;
      this.remember(id, { version, names, storedAt, value });
      return value;
    });
  }

  private remember(id: number, entry: Entry<T>): void {
    this.byClaim.delete(id); // re-inserted last: the oldest entry is the first to go
    if (this.byClaim.size >= this.max) this.byClaim.delete(this.byClaim.keys().next().value as number);
    this.byClaim.set(id, entry);
  }
}
