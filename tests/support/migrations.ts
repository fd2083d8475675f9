import type { DataSource } from 'typeorm';

/** Reverts the migrations run after `name`, then `name` itself. */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last]: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
    await dataSource.undoLastMigration();
    if (last.name === name) return;
  }
}
