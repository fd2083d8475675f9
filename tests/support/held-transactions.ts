import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Transactions a test holds open at once, to make two writers meet at a lock: `begin` opens one on its own
 * connection, `waitsForALock` resolves once that one waits for a lock (MariaDB), `releaseAll` (afterEach) rolls
 * back and releases whatever is left.
 */
export function heldTransactions(dataSource: () => DataSource) {
  const open: QueryRunner[] = [];
  const threadOf = new WeakMap<QueryRunner, number>();
  return {
    async begin(isolation?: 'READ UNCOMMITTED'): Promise<QueryRunner> {
      const runner = dataSource().createQueryRunner();
      open.push(runner);
      await runner.connect();
      await runner.startTransaction(isolation);
      // Asked inside the transaction: the connection it is bound to.
      if (dataSource().options.type !== 'better-sqlite3') {
        const [row] = await runner.query('SELECT CONNECTION_ID() AS id');
        threadOf.set(runner, Number(row.id));
      }
      return runner;
    },
    /**
     * Resolves once `runner`'s statement waits for a lock: it has reached the row another holds. Only its own
     * connection counts: test files running at once on the same server hold their own locks.
     */
    async waitsForALock(runner: QueryRunner): Promise<void> {
      const thread = threadOf.get(runner);
      if (thread === undefined) throw new Error('only a MariaDB transaction opened by begin() can wait for a lock');
      // From InnoDB's status, which is read live: its INNODB_TRX table is a view refreshed only when nobody has read
      // it for 100 ms, so polled it keeps showing the lock waits of the moment polling began.
      for (let polls = 0; polls < 1000; polls++) {
        const [{ Status: status }] = await dataSource().query<{ Status: string }[]>('SHOW ENGINE INNODB STATUS');
        const transactions = status.split('---TRANSACTION ');
        if (transactions.some((trx) => trx.includes('\nLOCK WAIT ') && trx.includes(`thread id ${thread},`))) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('the transaction did not come to wait for the lock in 10 s');
    },
    async releaseAll(): Promise<void> {
      for (const runner of open.splice(0)) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    },
  };
}
