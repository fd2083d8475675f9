import { connectToServer, serverUrl } from '../support/test-databases';

/**
 * Probes MariaDB once for the whole run. Outside CI an unreachable server skips the MariaDB
 * half of the integration tests, loudly; with CI=true it fails the run instead.
 */
export default async function globalSetup(): Promise<void> {
  try {
    const connection = await connectToServer();
    await connection.query('SELECT 1');
    await connection.end();
    process.env.CLAIMLINE_TEST_MARIADB = 'available';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = serverUrl().host;
    if (process.env.CI === 'true') {
      throw new Error(`MariaDB at ${where} is unreachable (${reason}); CI must run the MariaDB tests.`, {
        cause: error,
      });
    }
    process.env.CLAIMLINE_TEST_MARIADB = 'unavailable';
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! MariaDB at ${where} is unreachable (${reason}).\n!! SKIPPING every MariaDB integration test. Set TEST_DB_URL or start MariaDB.\n${line}\n`,
    );
  }
}
