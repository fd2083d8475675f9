import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildClaimTermsV1 } from './frozen/claim-terms-v1.js';
import { reindexClaimTermsV2 } from './frozen/claim-terms-v2.js';

/**
 * claim_terms holds a word with the definite article by its stem alone («بالمستشفي» → «مستشفي», one row where
 * there were three), and a search drops the article from its words the same way: about a quarter fewer rows on
 * Arabic news (the real-news development set: 4,131 → 3,183 terms), the largest share of an import's statements.
 * Rewrites every claim's terms (1 M claims: see docs/benchmarks.md, "Issue 18: session 20").
 */
export class ClaimTermsArticleStems1768500000000 implements MigrationInterface {
  name = 'ClaimTermsArticleStems1768500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await reindexClaimTermsV2(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rebuildClaimTermsV1(queryRunner);
  }
}
