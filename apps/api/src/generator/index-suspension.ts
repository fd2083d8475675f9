import type { BulkWriter } from './bulk-writer.js';

/** The tables the generator fills in bulk: their secondary indexes are built once, after the load. */
export const BULK_LOADED_TABLES = [
  'articles',
  'article_framing',
  'claims',
  'claim_locations',
  'claim_narratives',
  'claim_links',
  'claim_terms',
] as const;

type IndexColumn = {
  Key_name: string;
  Non_unique: number | string;
  Column_name: string;
  Sub_part: number | string | null;
  Collation: string | null;
  Index_type: string;
};

type IndexDefinition = { name: string; unique: boolean; type: string; columns: string[] };

export type BulkLoadedTable = (typeof BULK_LOADED_TABLES)[number];

export type SuspendedIndexes = {
  /**
   * Re-creates the dropped indexes of those of `tables` not restored yet, in one ALTER per table, on
   * `writer`'s connection, and checks each one's definition is what it was before. Two connections can
   * share the tables (one table's build runs on one server thread).
   */
  restore(writer: BulkWriter, tables: readonly BulkLoadedTable[]): Promise<void>;
};

/**
 * Drops the secondary indexes of the bulk-loaded tables (MariaDB) so the load maintains only the
 * primary keys; `restore` adds them back in one ALTER per table, which InnoDB builds by sorting —
 * at 1 M claims many times faster than 20 index entries per claim inserted one by one (issue 18).
 *
 * Only for empty tables (a fresh corpus database): a run killed between the drop and the restore
 * leaves a half-generated database without its secondary indexes, which is then to be dropped, never
 * a database that held data before. Returns null (indexes untouched) otherwise, or on SQLite.
 */
export async function suspendSecondaryIndexes(writer: BulkWriter): Promise<SuspendedIndexes | null> {
  if (writer.dialect !== 'mysql') return null;
  for (const table of BULK_LOADED_TABLES) {
    if ((await writer.execute<unknown>(`SELECT 1 FROM \`${table}\` LIMIT 1`)).length) return null;
  }
  const before = new Map<string, string>();
  const dropped = new Map<string, IndexDefinition[]>();
  for (const table of BULK_LOADED_TABLES) {
    before.set(table, await tableDefinition(writer, table));
    const indexes = indexDefinitions(await writer.execute<IndexColumn>(`SHOW INDEX FROM \`${table}\``)).filter(
      (index) => index.name !== 'PRIMARY',
    );
    if (!indexes.length) continue;
    // foreign_key_checks is off on the writer's session: that is what lets an index a foreign key
    // relies on be dropped; the constraint itself stays.
    await writer.execute(
      `ALTER TABLE \`${table}\` ${indexes.map((index) => `DROP INDEX \`${index.name}\``).join(', ')}`,
    );
    dropped.set(table, indexes);
  }
  const pending = new Set<string>(BULK_LOADED_TABLES);
  return {
    async restore(restoringWriter, tables) {
      for (const table of tables) {
        // Claimed before the first await: a concurrent call for the same table skips it.
        if (!pending.delete(table)) continue;
        const indexes = dropped.get(table);
        if (indexes)
          await restoringWriter.execute(`ALTER TABLE \`${table}\` ${indexes.map(addIndexClause).join(', ')}`);
        const definition = before.get(table);
        const after = await tableDefinition(restoringWriter, table);
        if (after !== definition) {
          throw new Error(
            `Restoring the indexes of ${table} did not give back its definition:\n${definition}\n---\n${after}`,
          );
        }
      }
    },
  };
}

/** SHOW INDEX lists one row per indexed column, indexes in the table's own order. */
function indexDefinitions(rows: IndexColumn[]): IndexDefinition[] {
  const byName = new Map<string, IndexDefinition>();
  for (const row of rows) {
    let index = byName.get(row.Key_name);
    if (!index) {
      index = { name: row.Key_name, unique: Number(row.Non_unique) === 0, type: row.Index_type, columns: [] };
      byName.set(row.Key_name, index);
    }
    const prefix = row.Sub_part === null ? '' : `(${Number(row.Sub_part)})`;
    index.columns.push(`\`${row.Column_name}\`${prefix}${row.Collation === 'D' ? ' DESC' : ''}`);
  }
  return [...byName.values()];
}

function addIndexClause(index: IndexDefinition): string {
  const kind = index.type === 'FULLTEXT' ? 'FULLTEXT INDEX' : index.unique ? 'UNIQUE INDEX' : 'INDEX';
  return `ADD ${kind} \`${index.name}\` (${index.columns.join(', ')})`;
}

/** SHOW CREATE TABLE without the AUTO_INCREMENT counter (the load moves it, as intended). */
async function tableDefinition(writer: BulkWriter, table: string): Promise<string> {
  const rows = await writer.execute<{ 'Create Table': string }>(`SHOW CREATE TABLE \`${table}\``);
  return rows[0]['Create Table'].replace(/ AUTO_INCREMENT=\d+/, '');
}
