import type { DataSource } from 'typeorm';
import { openBulkWriter, settleAll, type BulkWriter } from './bulk-writer.js';
import type { ClaimTermBuffer } from './claim-term-buffer.js';
import { BULK_LOADED_TABLES, type BulkLoadedTable, type SuspendedIndexes } from './index-suspension.js';
import { rebuildDerivedClaimData } from '../claim-writes/claim-writer.js';

const CLAIM_TERM_COLUMNS = ['term', 'claim_id'];
/** Tables whose indexes come back once the rebuild (which reads or updates them) has committed. */
const TABLES_AFTER_REBUILD: readonly BulkLoadedTable[] = [
  'claim_locations',
  'articles',
  'article_framing',
  'claim_narratives',
  'claim_links',
];
/** claim_terms rows handed to the writer at a time (it splits them into ~1 MB statements). */
const TERM_ROWS_PER_BATCH = 50_000;

/**
 * What follows the generated rows (all committed by `writer`): the search index, the derived data the
 * bulk writer bypasses ClaimWriter for, then the secondary indexes dropped for the load.
 */
export async function finishLoad(
  dataSource: DataSource,
  writer: BulkWriter,
  claimTerms: ClaimTermBuffer,
  suspendedIndexes: SuspendedIndexes | null,
): Promise<void> {
  // Set-based, once, without the claim_locations copies the generator wrote with the rows. Before the
  // secondary indexes come back: none of its statements needs them.
  const options = { copiesWritten: true };
  const rebuild = () =>
    dataSource.transaction(async (manager) => {
      if (writer.dialect !== 'mysql') return rebuildDerivedClaimData(dataSource, manager, options);
      // The rollups' GROUP BYs over every claim: in-memory temporary tables instead of 16 MB ones
      // spilling to disk (session-scoped, put back before the connection returns to the pool).
      await manager.query('SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456');
      try {
        await rebuildDerivedClaimData(dataSource, manager, options);
      } finally {
        await manager.query('SET SESSION tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT');
      }
    });
  if (writer.dialect !== 'mysql') {
    await writeClaimTerms(writer, claimTerms);
    await rebuild();
    return;
  }
  // Three connections, at most two busy (the machine's two cores; one statement is one server thread):
  // claim_terms from a second one while the pool's recomputes the rollups, then the index builds
  // shared between the two writers.
  const termWriter = await openBulkWriter(dataSource);
  try {
    const termsWritten = writeClaimTerms(termWriter, claimTerms);
    const rebuilt = rebuild();
    const restore = (on: BulkWriter, tables: readonly BulkLoadedTable[]) =>
      suspendedIndexes ? suspendedIndexes.restore(on, tables) : Promise.resolve();
    await settleAll([
      (async () => {
        await termsWritten;
        // The rebuild does not read claim_terms: its index is built alongside it.
        await restore(termWriter, ['claim_terms']);
        await rebuilt;
        await restore(termWriter, TABLES_AFTER_REBUILD);
      })(),
      (async () => {
        await rebuilt;
        // Whichever connection is free takes the next of these (each table once).
        await restore(writer, TABLES_AFTER_REBUILD);
        // Only once claim_terms' load has committed: an index added to claims (its parent) locks it at
        // the end, and the bulk load holds it exclusively (at 1 M that wait outlasted innodb_lock_wait_timeout).
        // Built beside the load with a longer lock wait, it slowed the load, which is the longer path (1 M:
        // 94.3, 95.1 s against 89.6, 91.2 s).
        await termsWritten;
        await restore(writer, ['claims']);
      })(),
    ]);
    // Nothing is left by now; this only guards the lists above against a table added later.
    await restore(writer, BULK_LOADED_TABLES);
  } finally {
    await termWriter.close();
  }
}

/** claim_terms in primary-key order, in one transaction (on MariaDB an empty table's bulk-load path). */
async function writeClaimTerms(writer: BulkWriter, terms: ClaimTermBuffer): Promise<void> {
  await writer.begin();
  for (const batch of terms.batches(TERM_ROWS_PER_BATCH)) {
    await writer.insert('claim_terms', CLAIM_TERM_COLUMNS, batch);
    await writer.drain(4);
  }
  await writer.commit();
}
