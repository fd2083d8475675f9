// Minimal typing of the better-sqlite3 surface the harness uses (the package ships no types).
declare module 'better-sqlite3' {
  namespace Database {
    type Statement = {
      reader: boolean;
      all(...params: unknown[]): unknown[];
      run(...params: unknown[]): unknown;
      get(...params: unknown[]): unknown;
    };
    type Database = { prepare(sql: string): Statement; close(): void; pragma(sql: string): unknown };
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database.Database;
  export default Database;
}
