/**
 * A write refused by a unique index, in either dialect. Services check before they insert, but two requests can
 * both pass the check; the index settles the race and this names its error, answered 409 by HttpExceptionFilter.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
