import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per multi-row INSERT: well under SQLite's 32 766 bound parameters at ~25 columns. */
const CHUNK = 400;

/**
 * Multi-row INSERT of the columns the rows set (others keep their database default), as plain
 * parameterized SQL: TypeORM's insert builder costs more CPU per row than the database does
 * (measured on the import), and an import writes ~30 such rows per article. Values go through
 * the driver's own conversion, as the entity mapping would. The first row decides the columns.
 * Returns each statement's raw result (with the driver's insert id: consecutiveIds) and its row count.
 */
export async function insertRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: readonly object[],
): Promise<{ raw: unknown; rows: number }[]> {
  if (!rows.length) return [];
  const driver = manager.connection.driver;
  const metadata = manager.connection.getMetadata(entity);
  const first = rows[0] as Record<string, unknown>;
  const columns = metadata.columns.filter((column) => !column.isGenerated && first[column.propertyName] !== undefined);
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const results: { raw: unknown; rows: number }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const params: unknown[] = [];
    for (const row of chunk)
      for (const column of columns)
        params.push(driver.preparePersistentValue(row[column.propertyName] ?? null, column));
    results.push({ raw: await manager.query(head + chunk.map(() => tuple).join(', '), params), rows: chunk.length });
  }
  return results;
}
