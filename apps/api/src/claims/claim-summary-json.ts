import type { ClaimRow } from './claim-rows.js';
import type { ClaimLocationRow, ClaimNarrativeRow } from './claims.repository.js';
import { toClaimSummaryDto } from './dto/claim-summary.dto.js';
import { keptUtf8 } from '../common/json-bytes/json-bytes.js';

export type ClaimTags = { narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] };

/**
 * Each listed claim's JSON (ClaimSummaryDto without `matchedBy`), serialized once for the row and tags objects it
 * was made from. The list's memos hand out the same objects while a claim's version and names stay
 * (claim-version-memo.ts) and new ones once they change, and nothing changes a row or its tags after they are
 * read: the objects' identity is the entry's validity, and an entry goes when its row is forgotten.
 */
export class ClaimSummaryJson {
  private readonly byRow = new WeakMap<ClaimRow, { tags: ClaimTags | undefined; json: Buffer }>();

  of(row: ClaimRow, tags: ClaimTags | undefined): Buffer {
    const known = this.byRow.get(row);
    if (known && known.tags === tags) return known.json;
    const json = keptUtf8(JSON.stringify(toClaimSummaryDto(row, tags?.narratives ?? [], tags?.locations ?? [])));
    this.byRow.set(row, { tags, json });
    return json;
  }
}
