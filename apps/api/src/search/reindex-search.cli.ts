import 'reflect-metadata';
import { createDataSource } from '../database/data-source.js';
import { rebuildClaimTerms } from './claim-terms.repository.js';

/**
 * `npm run db:reindex-search`: rebuilds claim_terms from claims.text_normalized (after a change to
 * the tokenizer, or for claims written by a tool that bypassed the claim writers). One transaction,
 * so searches see either the old index or the new one.
 */
async function main(): Promise<void> {
  const dataSource = createDataSource();
  await dataSource.initialize();
  const started = Date.now();
  try {
    const result = await dataSource.transaction((manager) =>
      rebuildClaimTerms(
        (sql, params) => manager.query(sql, params),
        5000,
        (done) => {
          if (done % 100_000 === 0) console.log(`${done} claims …`);
        },
      ),
    );
    console.log(
      `Indexed ${result.claims} claims, ${result.terms} terms in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
