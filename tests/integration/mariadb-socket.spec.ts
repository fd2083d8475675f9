import { createDataSource } from '../../apps/api/src/database/data-source';
import {
  connectToServer,
  createTestDatabase,
  serverUrl,
  testDialects,
  type TestDatabase,
} from '../support/test-databases';

/**
 * `DB_URL=mariadb://…?socket=/path`: the API reaches a MariaDB on its own machine through the server's Unix socket
 * (cheaper per statement than loopback TCP). Run where the test server is this machine's, as in CI.
 */
const onLocalMariadb =
  testDialects().includes('mariadb') && ['127.0.0.1', 'localhost'].includes(serverUrl().hostname)
    ? describe
    : describe.skip;

onLocalMariadb('MariaDB through its Unix socket', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("connects through the socket the server names, to the URL's database", async () => {
    const server = await connectToServer();
    const [[{ socket }]] = (await server.query('SELECT @@socket AS socket')) as unknown as [{ socket: string }[]];
    await server.end();
    const url = new URL(database.url);
    url.hostname = 'localhost';
    url.port = '';
    url.searchParams.set('socket', socket);

    const dataSource = createDataSource(url.toString());
    await dataSource.initialize();
    try {
      const [connection] = await dataSource.query<{ host: string; db: string }[]>(
        'SELECT host, db FROM information_schema.processlist WHERE id = CONNECTION_ID()',
      );
      // A client on the socket is `localhost`; over TCP it would be `127.0.0.1:<port>`.
      expect(connection).toEqual({ host: 'localhost', db: url.pathname.slice(1) });
    } finally {
      await dataSource.destroy();
    }
  });
});
