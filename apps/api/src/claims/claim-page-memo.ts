import type { DataDomain } from '../rollups/data-version.js';
import type { ArticleContextRow, ClaimLocationRow, ClaimNarrativeRow } from './claims.repository.js';
import type { ClaimRow } from './claim-rows.js';

/**
 * What a claim page remembers (ClaimsService.get), and the data it reads. A team opens the same claims again and
 * again (a review queue, the other end of a link, the form after each edit), and each page was three statements.
 *
 * The claim, its article and its tags: every write that makes a new version of the claim bumps `claims` with its id
 * (a tag, a grade, a camp); sources' and places' names are `names`; an article's story (how many outlets carried it)
 * changes with imports, which bump every domain, `framing` included. Articles are never edited.
 */
export const CLAIM_READS: readonly DataDomain[] = ['claims', 'names', 'framing'];

/**
 * Its links and the claims at their other ends: a link made or removed bumps `links` with both claims' ids; the other
 * claim's camp and source are `counts`, its status `status`, its source's name `names` (read unkeyed: which claims
 * are at the other end is what is being read). Its text and mention are never edited.
 */
export const LINK_READS: readonly DataDomain[] = ['links', 'status', 'counts', 'names'];

/** Pages remembered per process: ~2 KB each. */
export const REMEMBERED_CLAIM_PAGES = 5_000;

export type ClaimPageClaim = {
  detail: { row: ClaimRow; article: ArticleContextRow; why: string | null };
  tags: { narratives: ClaimNarrativeRow[]; locations: ClaimLocationRow[] };
};
