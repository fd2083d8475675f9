import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { termsOf } from './search-terms.js';

export type IndexableClaim = { id: number; textNormalized: string };
/** QueryRunner.query and EntityManager.query share this shape: the migration and the writers use one code path. */
export type RunQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

/** (term, claim_id) pairs per INSERT: 2 parameters each, under SQLite's 32 766 bound parameters. */
const PAIRS_PER_INSERT = 5000;

/**
 * Writes claim_terms, the word index of claims.text_normalized. Every writer that inserts claims or
 * changes their text calls `index` in its own transaction; deleting a claim cascades.
 */
@Injectable()
export class ClaimTermsRepository {
  async index(manager: EntityManager, claims: readonly IndexableClaim[]): Promise<void> {
    await writeClaimTerms((sql, params) => manager.query(sql, params), claims, true);
  }

  /**
   * Terms of claims inserted in this transaction (an import batch): no DELETE first, since a new
   * claim id has no terms yet (deleting a claim cascades to its terms), and the rows of many articles
   * go into the same multi-row INSERTs.
   */
  async indexNew(manager: EntityManager, claims: readonly IndexableClaim[]): Promise<void> {
    // In primary-key order (term, then claim id): the B-tree inserts then walk the index once instead of jumping
    // around it. Grouped by term first, so only the distinct terms are sorted as strings (a batch's ~60k pairs
    // share a few thousand terms), then each term's claim ids as numbers.
    const claimsOfTerm = new Map<string, number[]>();
    for (const claim of claims)
      for (const term of termsOf(claim.textNormalized)) {
        const ids = claimsOfTerm.get(term);
        if (ids) ids.push(claim.id);
        else claimsOfTerm.set(term, [claim.id]);
      }
    if (!claimsOfTerm.size) return;
    const params: (string | number)[] = [];
    for (const term of [...claimsOfTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      for (const id of claimsOfTerm.get(term)!.sort((a, b) => a - b)) params.push(term, id);
    // Every claim id was just read from the claims table in this transaction, so the foreign key holds by
    // construction; on MariaDB its check is a claims primary-key probe per row (~600 rows per article): without
    // it a 5,000-row INSERT takes 31–37 ms instead of 50–59. Switched back on before the connection goes back to
    // the pool, whatever happens. SQLite is left as it is.
    const mariadb = manager.connection.driver.options.type !== 'better-sqlite3';
    if (mariadb) await manager.query('SET SESSION foreign_key_checks = 0');
    try {
      for (let i = 0; i < params.length; i += PAIRS_PER_INSERT * 2) {
        const chunk = params.slice(i, i + PAIRS_PER_INSERT * 2);
        await manager.query(
          `INSERT INTO claim_terms (term, claim_id) VALUES ${'(?, ?), '.repeat(chunk.length / 2 - 1)}(?, ?)`,
          chunk,
        );
      }
    } finally {
      if (mariadb) await manager.query('SET SESSION foreign_key_checks = 1');
    }
  }
}

/** Replaces (when `replace`) or adds the terms of `claims`. */
export async function writeClaimTerms(
  run: RunQuery,
  claims: readonly IndexableClaim[],
  replace: boolean,
): Promise<number> {
  if (!claims.length) return 0;
  if (replace) {
    for (let i = 0; i < claims.length; i += 500) {
      const ids = claims.slice(i, i + 500).map((claim) => claim.id);
      await run(`DELETE FROM claim_terms WHERE claim_id IN (${ids.map(() => '?').join(', ')})`, ids);
    }
  }
  let pairs: unknown[] = [];
  let written = 0;
  const flush = async () => {
    if (!pairs.length) return;
    await run(
      `INSERT INTO claim_terms (term, claim_id) VALUES ${'(?, ?), '.repeat(pairs.length / 2 - 1)}(?, ?)`,
      pairs,
    );
    written += pairs.length / 2;
    pairs = [];
  };
  for (const claim of claims) {
    for (const term of termsOf(claim.textNormalized)) pairs.push(term, claim.id);
    if (pairs.length >= PAIRS_PER_INSERT * 2) await flush();
  }
  await flush();
  return written;
}

/**
 * Rebuilds the whole index in keyset batches over claims (tokenizing needs JS, so this cannot be one
 * INSERT … SELECT). Used by `npm run db:reindex-search` (the migration that created the table backfills with its own frozen copy).
 */
export async function rebuildClaimTerms(
  run: RunQuery,
  batch = 5000,
  progress?: (done: number) => void,
): Promise<{ claims: number; terms: number }> {
  await run('DELETE FROM claim_terms');
  let after = 0;
  let claims = 0;
  let terms = 0;
  for (;;) {
    const rows = (await run(
      `SELECT id, text_normalized AS textNormalized FROM claims WHERE id > ? ORDER BY id LIMIT ${Number(batch)}`,
      [after],
    )) as {
      id: number | string;
      textNormalized: string;
    }[];
    if (!rows.length) break;
    const page = rows.map((row) => ({ id: Number(row.id), textNormalized: row.textNormalized }));
    terms += await writeClaimTerms(run, page, false);
    claims += page.length;
    after = page[page.length - 1].id;
    progress?.(claims);
  }
  return { claims, terms };
}
