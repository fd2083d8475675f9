import type { Row } from './bulk-writer.js';

/**
 * The claim_terms rows of a whole run, held as term → claim ids (a few thousand distinct terms, 4 bytes
 * per row: ~70 MB at 1 M claims) so they can be written at the end in primary-key order (term, claim_id).
 * Appending to the index in its own order is what makes 17 rows per claim cheap for InnoDB (issue 18);
 * in generation order every row lands in the middle of the index.
 */
export class ClaimTermBuffer {
  private readonly idsByTerm = new Map<string, { ids: Int32Array; length: number }>();
  private count = 0;

  /** Claim ids must come in ascending order (the generator assigns them so). */
  add(term: string, claimId: number): void {
    let entry = this.idsByTerm.get(term);
    if (!entry) this.idsByTerm.set(term, (entry = { ids: new Int32Array(16), length: 0 }));
    if (entry.length === entry.ids.length) {
      const grown = new Int32Array(entry.ids.length * 2);
      grown.set(entry.ids);
      entry.ids = grown;
    }
    entry.ids[entry.length++] = claimId;
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The rows as [term, claim_id] in primary-key order, `batchSize` at a time. The terms are compared
   * by code point, which is the byte order of their UTF-8 (the column's utf8mb4_bin collation).
   */
  *batches(batchSize: number): Generator<Row[]> {
    const terms = [...this.idsByTerm.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    let batch: Row[] = [];
    for (const term of terms) {
      const { ids, length } = this.idsByTerm.get(term)!;
      for (let i = 0; i < length; i++) {
        batch.push([term, ids[i]]);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length) yield batch;
  }
}
