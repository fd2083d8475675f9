/** The generated id of a single-row INSERT, from TypeORM's result on either driver. */
export const insertedId = (result: { identifiers: Record<string, unknown>[]; raw: unknown }): number => {
  const raw = result.raw as { insertId?: number } | number | bigint | undefined;
  // better-sqlite3 gives lastInsertRowid as raw; mysql2 a result header with insertId.
  const id = result.identifiers[0]?.id ?? (typeof raw === 'object' && raw !== null ? raw.insertId : raw);
  return Number(id);
};
