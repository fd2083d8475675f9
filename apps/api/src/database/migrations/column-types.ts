import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * The few column types that differ between SQLite and MariaDB/MySQL. Everything else in the
 * migrations is TypeORM's dialect-neutral Table API.
 */
export function columnTypes(queryRunner: QueryRunner) {
  const isMysql = queryRunner.connection.options.type !== 'better-sqlite3';
  return {
    /** Article bodies can exceed MySQL's 64 KB TEXT. */
    longText: isMysql ? 'mediumtext' : 'text',
    /** Millisecond timestamps, so audit events written in one second keep their order. */
    timestamp: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: isMysql ? 3 : undefined,
      isNullable: nullable,
    }),
  };
}

export const id = (name = 'id'): TableColumnOptions => ({
  name,
  // 'integer', not 'int': SQLite only auto-increments an INTEGER PRIMARY KEY.
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: nullable,
});
